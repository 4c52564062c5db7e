/**
 * Lighthouse 12.2.3 with its default (mobile) preset, run through its Node
 * API against Debian's Chromium with the same flags as the browser tests.
 * Each page is measured `runs` times, interleaved with the other pages
 * (measureInterleaved: a run taken while other processes were busy is
 * repeated), and every figure is the median of its runs; the runs
 * themselves are kept for the results file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.ts';
import { measureInterleaved } from './measureInterleaved.ts';
import type { QuietCheck } from './repeatWhileBusy.ts';
import { median } from './stats.ts';
import {
  classifyTask,
  findFirstFrame,
  splitBlockingTime,
  type BlockingKind,
  type SimulatedTask,
  type Span,
} from './explainBlockingTime.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /**
   * Lighthouse's measure of the machine's speed at the run (higher is
   * faster): TBT is the observed tasks times 4, so it follows this. Absent
   * in results written before it was kept.
   */
  benchmarkIndex?: number;
  /**
   * What the TBT is made of, by kind of work (explainBlockingTime.ts), in
   * ms of simulated phone time; adds up to `tbtMs`. Absent in results
   * written before it was kept.
   */
  blocking?: Partial<Record<BlockingKind, number>>;
  /** Audits that cost points (score below 1 in a scored category), by id. */
  failing: string[];
}

export type CountedLighthouseRun = LighthouseRun & QuietCheck;

export interface LighthouseSummary {
  url: string;
  runs: CountedLighthouseRun[];
  /** The most other processes used during any counted run (0–1). */
  otherCpu: number;
  median: Omit<LighthouseRun, 'failing' | 'benchmarkIndex'>;
  /** Failing audits seen in any run. */
  failing: string[];
}

/** Starts Chromium with a DevTools port for Lighthouse; resolves with the port. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${text}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${text}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      // Chromium's helper processes may still write to the profile for a moment
      // after the browser exits (ENOTEMPTY once stopped a whole bench run, and
      // once more after ten retries): a profile left in the temporary folder
      // costs nothing, the runs' results lost would cost the whole run.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`Left Lighthouse's profile ${profile}: ${(error as Error).message}`);
      }
    },
  };
}

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)]),
  ) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${c}: ${audit?.id} (${audit?.displayValue ?? audit?.score})`),
  );
  return {
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    blocking: await readBlockingParts(result, numeric('total-blocking-time')),
    failing,
  };
}

/** The parts of a Lantern node this reads (Lighthouse 12.2.3's graph). */
interface LanternNode {
  type: string;
  event: { ts: number };
  childEvents: { name: string; dur?: number; ts: number }[];
}
type NodeTimings = Map<LanternNode, { startTime: number; endTime: number }>;

/**
 * Reads Lantern's two simulations of the run, as the TBT audit made them
 * (same inputs, so the same numbers), into explainBlockingTime's terms.
 * Undefined, with a warning, when they cannot be read or their parts do not
 * add up to the audit's TBT: the reading would be wrong, not the page, and
 * a bench run is not lost for it.
 */
async function readBlockingParts(
  result: RunnerResult,
  tbtMs: number,
): Promise<Partial<Record<BlockingKind, number>> | undefined> {
  const { artifacts, lhr } = result;
  try {
    const data = {
      trace: artifacts.Trace,
      devtoolsLog: artifacts.DevtoolsLog,
      gatherContext: artifacts.GatherContext,
      settings: lhr.configSettings,
      URL: artifacts.URL,
    };
    // A cache of its own: the run's is gone with the run; computing again gives the same.
    const context = { computedCache: new Map() } as unknown as Parameters<
      typeof LanternTotalBlockingTime.request
    >[1];
    const [tbt, fcp, tti] = await Promise.all([
      LanternTotalBlockingTime.request(data, context),
      LanternFirstContentfulPaint.request(data, context),
      LanternInteractive.request(data, context),
    ]);
    const optimistic = tbt.optimisticEstimate.nodeTimings as unknown as NodeTimings;
    const pessimistic = tbt.pessimisticEstimate.nodeTimings as unknown as NodeTimings;
    const nodes = [...optimistic.keys()]
      .filter((node) => node.type === 'cpu')
      .sort((a, b) => a.event.ts - b.event.ts);
    const events = nodes.map((node) =>
      node.childEvents
        .filter((e) => e.dur !== undefined)
        .map((e) => ({ name: e.name, start: e.ts / 1000, ms: (e.dur ?? 0) / 1000 })),
    );
    const firstFrame = findFirstFrame(events);
    const span = (timing: { startTime: number; endTime: number } | undefined): Span | undefined =>
      timing && { start: timing.startTime, end: timing.endTime };
    const tasks: SimulatedTask[] = nodes.map((node, i) => ({
      kind: classifyTask(events[i]!, i === firstFrame),
      optimistic: span(optimistic.get(node)),
      pessimistic: span(pessimistic.get(node)),
    }));
    // Crossed, as Lantern pairs them (BlockingWindows).
    const parts = splitBlockingTime(tasks, {
      optimistic: { start: fcp.pessimisticEstimate.timeInMs, end: tti.optimisticEstimate.timeInMs },
      pessimistic: {
        start: fcp.optimisticEstimate.timeInMs,
        end: tti.pessimisticEstimate.timeInMs,
      },
    });
    const sum = Object.values(parts).reduce((a, b) => a + b, 0);
    if (!(Math.abs(sum - tbtMs) <= 1)) {
      throw new Error(`the parts add up to ${sum} ms, not the audit's ${tbtMs} ms`);
    }
    return parts;
  } catch (error) {
    console.warn(
      `What the TBT of ${lhr.finalDisplayedUrl} is made of is not known: ${(error as Error).message}`,
    );
    return undefined;
  }
}

function summarizeRuns(url: string, runs: CountedLighthouseRun[]): LighthouseSummary {
  const mid = (pick: (r: LighthouseRun) => number) => median(runs.map(pick));
  return {
    url,
    runs,
    otherCpu: Math.max(...runs.map((r) => r.otherCpu)),
    median: {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, mid((r) => r.scores[c])])) as Record<
        Category,
        number
      >,
      lcpMs: mid((r) => r.lcpMs),
      tbtMs: mid((r) => r.tbtMs),
      cls: mid((r) => r.cls),
      fcpMs: mid((r) => r.fcpMs),
    },
    failing: [...new Set(runs.flatMap((r) => r.failing.map((f) => f.replace(/ \(.*\)$/, ''))))],
  };
}

/**
 * Runs Lighthouse `runs` times on each page, interleaved (story 1, embed 1,
 * TimelineJS 1, story 2, …), with one Chromium for all (Lighthouse opens a
 * fresh tab and clears the cache for every run).
 * @example await runLighthouse({ story: 'http://127.0.0.1:4000/' }, 3)
 */
export async function runLighthouse<K extends string>(
  pages: Record<K, string>,
  runs: number,
  log: (line: string) => void = () => {},
): Promise<Record<K, LighthouseSummary>> {
  const chromium = await startChromium();
  try {
    const names = Object.keys(pages) as K[];
    const measures = Object.fromEntries(
      names.map((name) => [name, () => runOnce(pages[name], chromium.port)]),
    ) as Record<K, () => Promise<LighthouseRun>>;
    const counted = await measureInterleaved(measures, runs, log);
    return Object.fromEntries(
      names.map((name) => [name, summarizeRuns(pages[name], counted[name])]),
    ) as Record<K, LighthouseSummary>;
  } finally {
    await chromium.stop();
  }
}
