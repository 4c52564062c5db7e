/**
 * What a Lighthouse run's Total Blocking Time is made of.
 *
 * Lighthouse's mobile preset does not measure TBT: it simulates a phone
 * (Lantern) from the main-thread tasks it saw on this machine. Each task
 * keeps its place in the page's order of work, four times as long (twice
 * for one that lays out); most tasks under 10 ms are left out (not the
 * first to parse, lay out or paint, nor one that joins several others). A
 * task counts for what it lasts beyond 50 ms inside a window that starts at
 * a simulated first contentful paint and ends at a simulated time to
 * interactive, and the TBT is the mean of an optimistic and a pessimistic
 * simulation. A TBT alone says nothing of why a run missed its budget;
 * this names, for each task that counts, what the browser did in it, from
 * the task's own trace events, and how much of the TBT it makes. The parts
 * add up to the run's TBT.
 *
 * Plain data in and out (tests/unit/benchBlockingTime.test.ts, which also
 * holds the rule against Lantern's own code); runLighthouse.ts reads
 * Lantern's simulations into it.
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
const BLOCKING_KINDS: readonly BlockingKind[] = [
  'opening the page',
  'parsing HTML',
  'first layout and paint',
  'scripts',
  'style and layout',
  'paint and compositing',
  'other',
];

/** One trace event inside a task: its name, when it started and how long it took (ms). */
export interface TaskEvent {
  name: string;
  start: number;
  ms: number;
}

/** A task: the trace events inside it, nested, in any order (Lantern's `childEvents`). */
export type TaskEvents = readonly TaskEvent[];

/** The event of the task that commits the page (creates its document and script context). */
const COMMIT = 'DocumentLoader::CommitNavigation';
const commits = (events: TaskEvents) => events.some((e) => e.name === COMMIT);

// The trace events that say what a task was doing. Each event's own time
// (less the events inside it) goes to its kind; an event not named here
// (V8's own, such as v8.callFunction inside a FunctionCall, or a loader's
// step) works for the event around it and counts as that one's kind. So a
// script's time holds no layout it forced, and the parser's no script it ran.
const WORK: Record<
  Exclude<BlockingKind, 'opening the page' | 'first layout and paint' | 'other'>,
  string[]
> = {
  'parsing HTML': [
    'ParseHTML',
    'DecodedDataDocumentParser::AppendBytes',
    'DocumentLoader::BodyLoadingFinished',
  ],
  scripts: [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'v8.compile',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
  ],
  'style and layout': ['UpdateLayoutTree', 'Layout', 'ParseAuthorStyleSheet'],
  'paint and compositing': ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer'],
};
const KIND_OF_EVENT = new Map(
  Object.entries(WORK).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as BlockingKind]),
  ),
);

/**
 * A task's time by kind of work, from its nested events (rule above);
 * time in no named event, or around none, is 'other'.
 * @example timeByKind([{ name: 'FunctionCall', start: 0, ms: 10 }, { name: 'v8.callFunction', start: 0, ms: 10 }, { name: 'Layout', start: 2, ms: 6 }]) // Map { 'scripts' => 4, 'style and layout' => 6 }
 */
export function timeByKind(events: TaskEvents): Map<BlockingKind, number> {
  const order = [...events]
    // Parents first: the earlier start, then the longer of two that start together.
    .sort((a, b) => a.start - b.start || b.ms - a.ms);
  const open: { end: number; kind: BlockingKind; ms: number }[] = [];
  const totals = new Map<BlockingKind, number>();
  const close = (event: { kind: BlockingKind; ms: number }) =>
    totals.set(event.kind, (totals.get(event.kind) ?? 0) + Math.max(0, event.ms));
  for (const event of order) {
    while (open.length && open[open.length - 1]!.end <= event.start + 1e-6) close(open.pop()!);
    const parent = open[open.length - 1];
    const inside = parent && event.start + event.ms <= parent.end + 1e-6;
    if (inside) parent.ms -= event.ms;
    const kind = KIND_OF_EVENT.get(event.name) ?? (inside ? parent.kind : 'other');
    open.push({ end: event.start + event.ms, kind, ms: event.ms });
  }
  while (open.length) close(open.pop()!);
  return totals;
}

/**
 * What a task was doing: starting the document it commits, the page's first
 * layout and paint (`firstPaint`), or else the kind of work that took most
 * of its time (timeByKind).
 * @example classifyTask([{ name: 'Layout', start: 0, ms: 30 }, { name: 'Paint', start: 30, ms: 4 }], false) // 'style and layout'
 */
export function classifyTask(events: TaskEvents, firstPaint: boolean): BlockingKind {
  if (commits(events)) return 'opening the page';
  if (firstPaint) return 'first layout and paint';
  let best: BlockingKind = 'other';
  let bestMs = 0;
  for (const [kind, ms] of timeByKind(events)) {
    if (kind !== 'other' && ms > bestMs) [best, bestMs] = [kind, ms];
  }
  return best;
}

/**
 * Which of the tasks, in the order they ran, is the page's first frame: the
 * first after the one that commits the page to both lay out and paint.
 * Lighthouse opens each page from a blank one, whose own paint comes
 * before; without a commit there is no telling, and none is named.
 * @example findFirstFrame([[{ name: 'Paint', start: 0, ms: 1 }], [{ name: 'DocumentLoader::CommitNavigation', start: 5, ms: 30 }], [{ name: 'Layout', start: 90, ms: 30 }, { name: 'Paint', start: 120, ms: 4 }]]) // 2
 */
export function findFirstFrame(tasks: readonly TaskEvents[]): number | undefined {
  const commit = tasks.findIndex(commits);
  if (commit < 0) return undefined;
  const frame = tasks.findIndex(
    (events, i) =>
      i > commit &&
      events.some((e) => e.name === 'Layout') &&
      events.some((e) => e.name === 'Paint'),
  );
  return frame < 0 ? undefined : frame;
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

/**
 * Where each simulation counts blocking time. Crossed, as Lantern pairs
 * them: the optimistic TBT counts from the pessimistic (later) FCP to the
 * optimistic (earlier) TTI, the narrower window, and the pessimistic TBT
 * from the optimistic FCP to the pessimistic TTI.
 */
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
 * Splits the TBT by kind: half of what each kind's tasks block in the
 * optimistic simulation and half of what they block in the pessimistic
 * one, as Lighthouse weighs the two. Kinds that block nothing are left out.
 * @example splitBlockingTime([{ kind: 'scripts', optimistic: { start: 0, end: 100 }, pessimistic: { start: 0, end: 80 } }], { optimistic: { start: 0, end: 500 }, pessimistic: { start: 0, end: 500 } }) // { scripts: 40 }
 */
export function splitBlockingTime(
  tasks: readonly SimulatedTask[],
  windows: BlockingWindows,
): Partial<Record<BlockingKind, number>> {
  const parts: Partial<Record<BlockingKind, number>> = {};
  for (const task of tasks) {
    const ms =
      0.5 * blockingMs(task.optimistic, windows.optimistic) +
      0.5 * blockingMs(task.pessimistic, windows.pessimistic);
    if (ms > 0) parts[task.kind] = (parts[task.kind] ?? 0) + ms;
  }
  return parts;
}

/**
 * The parts as a line for the results, largest first, in whole ms; a part
 * under half a millisecond is "<1", not 0 (it did block).
 * @example formatBlockingParts({ scripts: 12.4, 'first layout and paint': 47 }) // 'first layout and paint 47 · scripts 12'
 */
export function formatBlockingParts(
  parts: Partial<Record<BlockingKind, number>> | undefined,
): string {
  if (!parts) return '—';
  const rows = BLOCKING_KINDS.flatMap((kind) => {
    const ms = parts[kind];
    return ms === undefined ? [] : [[kind, ms] as const];
  }).sort((a, b) => b[1] - a[1]);
  const wholeMs = (ms: number) => (ms > 0 && Math.round(ms) === 0 ? '<1' : String(Math.round(ms)));
  return rows.length ? rows.map(([kind, ms]) => `${kind} ${wholeMs(ms)}`).join(' · ') : 'none';
}
