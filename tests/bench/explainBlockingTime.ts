/**
 * What a Lighthouse run's Total Blocking Time is made of.
 *
 * Lighthouse's mobile preset does not measure TBT: it simulates a phone
 * (Lantern) from the main-thread tasks it saw on this machine. Each task of
 * 10 ms or more keeps its place in the page's order of work, four times as
 * long (twice for one that lays out); shorter ones are dropped. A task counts
 * for what it lasts beyond 50 ms between the simulated first contentful paint
 * and the simulated time to interactive, and the TBT is the mean of an
 * optimistic and a pessimistic simulation. A TBT alone says nothing of why a
 * run missed its budget; this names, for each task that counts, what the
 * browser did in it, from the task's own trace events, and how much of the
 * TBT it makes. The shares add up to the run's TBT.
 *
 * Plain data in and out (tested in tests/unit/benchBlockingTime.test.ts);
 * runLighthouse.ts reads Lantern's simulations into it.
 */

/** What the browser did in a task, by the work that took most of it. */
export type BlockingKind =
  | 'opening the page'
  | 'first layout and paint'
  | 'parsing HTML'
  | 'scripts'
  | 'style and layout'
  | 'paint and compositing'
  | 'other';

/** Order in which the kinds are printed: the page's start first. */
export const BLOCKING_KINDS: readonly BlockingKind[] = [
  'opening the page',
  'parsing HTML',
  'first layout and paint',
  'scripts',
  'style and layout',
  'paint and compositing',
  'other',
];

/** One trace event inside a task: its name and how long it took (ms). */
export interface TaskEvent {
  name: string;
  ms: number;
}

// The trace events that say what a task was doing; the others (the task
// itself, wrappers such as FireAnimationFrame or v8.run) would count twice.
const WORK: Record<
  Exclude<BlockingKind, 'opening the page' | 'first layout and paint' | 'other'>,
  string[]
> = {
  'parsing HTML': [
    'ParseHTML',
    'DecodedDataDocumentParser::AppendBytes',
    'DocumentLoader::BodyLoadingFinished',
  ],
  scripts: ['EvaluateScript', 'FunctionCall', 'v8.compile', 'RunMicrotasks', 'TimerFire'],
  'style and layout': ['UpdateLayoutTree', 'Layout'],
  'paint and compositing': ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};

/**
 * What a task was doing: starting the document it commits, the page's first
 * layout and paint (`firstPaint`), or else the kind of work that took most
 * of its time.
 * @example kindOfTask([{ name: 'Layout', ms: 30 }, { name: 'Paint', ms: 4 }], false) // 'style and layout'
 */
export function kindOfTask(events: readonly TaskEvent[], firstPaint: boolean): BlockingKind {
  if (events.some((e) => e.name === 'DocumentLoader::CommitNavigation')) return 'opening the page';
  if (firstPaint) return 'first layout and paint';
  let best: BlockingKind = 'other';
  let bestMs = 0;
  for (const [kind, names] of Object.entries(WORK) as [BlockingKind, string[]][]) {
    const ms = events.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + e.ms, 0);
    if (ms > bestMs) [best, bestMs] = [kind, ms];
  }
  return best;
}

/** A span of simulated time (ms from the start of the navigation). */
export interface Span {
  start: number;
  end: number;
}

/** One simulated task: its kind, and where each simulation placed it. */
export interface SimulatedTask {
  kind: BlockingKind;
  optimistic?: Span;
  pessimistic?: Span;
}

/** Where each simulation counts blocking time: from its FCP to its TTI. */
export interface BlockingWindows {
  optimistic: Span;
  pessimistic: Span;
}

/** Lantern's rule: a task blocks for what it lasts beyond 50 ms inside the window. */
const THRESHOLD_MS = 50;

function blockingMs(task: Span | undefined, window: Span): number {
  if (!task || task.end - task.start < THRESHOLD_MS) return 0;
  const clipped = Math.min(task.end, window.end) - Math.max(task.start, window.start);
  return clipped < THRESHOLD_MS ? 0 : clipped - THRESHOLD_MS;
}

/**
 * Each kind's share of the TBT: half of what its tasks block in the
 * optimistic simulation and half of what they block in the pessimistic one,
 * as Lighthouse weighs the two. Kinds that block nothing are left out.
 * @example shareBlockingTime([{ kind: 'scripts', optimistic: { start: 0, end: 100 }, pessimistic: { start: 0, end: 80 } }], { optimistic: { start: 0, end: 500 }, pessimistic: { start: 0, end: 500 } }) // { scripts: 40 }
 */
export function shareBlockingTime(
  tasks: readonly SimulatedTask[],
  windows: BlockingWindows,
): Partial<Record<BlockingKind, number>> {
  const shares: Partial<Record<BlockingKind, number>> = {};
  for (const task of tasks) {
    const ms =
      0.5 * blockingMs(task.optimistic, windows.optimistic) +
      0.5 * blockingMs(task.pessimistic, windows.pessimistic);
    if (ms > 0) shares[task.kind] = (shares[task.kind] ?? 0) + ms;
  }
  return shares;
}

/**
 * The shares as a line for the results, largest first, in whole ms.
 * @example formatBlockingShares({ scripts: 12.4, 'first layout and paint': 47 }) // 'first layout and paint 47 · scripts 12'
 */
export function formatBlockingShares(
  shares: Partial<Record<BlockingKind, number>> | undefined,
): string {
  if (!shares) return '—';
  const rows = BLOCKING_KINDS.flatMap((kind) => {
    const ms = shares[kind];
    return ms === undefined ? [] : [[kind, ms] as const];
  }).sort((a, b) => b[1] - a[1]);
  return rows.length ? rows.map(([kind, ms]) => `${kind} ${Math.round(ms)}`).join(' · ') : 'none';
}
