import type { ScrollingResult } from './probeScrolling.ts';
import type { QuietCheck } from './repeatWhileBusy.ts';
import { median, type Spread } from './stats.ts';

export type CountedScrollingRun = ScrollingResult & QuietCheck;

/** Several scrolling runs of one page: each figure is the median of the runs' figures. */
export interface ScrollingSummary extends Omit<ScrollingResult, 'transitions'> {
  runs: CountedScrollingRun[];
  /** The most other processes used during any counted run (0–1). */
  otherCpu: number;
}

function medianSpread(spreads: Spread[]): Spread {
  const mid = (pick: (s: Spread) => number) => median(spreads.map(pick));
  return {
    p50: mid((s) => s.p50),
    p95: mid((s) => s.p95),
    worst: mid((s) => s.worst),
    count: mid((s) => s.count),
  };
}

/**
 * Figure by figure medians of `runs` (all of one page).
 * @example summarizeScrolling([runA, runB, runC]).frames.p95 // the middle p95
 */
export function summarizeScrolling(runs: CountedScrollingRun[]): ScrollingSummary {
  const first = runs[0];
  if (!first) throw new Error('summarizeScrolling: no runs');
  return {
    url: first.url,
    frames: medianSpread(runs.map((r) => r.frames)),
    longTasks: {
      count: median(runs.map((r) => r.longTasks.count)),
      longestMs: median(runs.map((r) => r.longTasks.longestMs)),
    },
    settle: medianSpread(runs.map((r) => r.settle)),
    transitionFrames: medianSpread(runs.map((r) => r.transitionFrames)),
    movingMs: median(runs.map((r) => r.movingMs)),
    runs,
    otherCpu: Math.max(...runs.map((r) => r.otherCpu)),
  };
}
