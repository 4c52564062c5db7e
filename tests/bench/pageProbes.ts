/**
 * What the Node side of the benchmark knows about the in-page probes
 * (page/installBenchProbes.js, page/countObservers.js): how to install
 * them, their result types, and the DevTools-protocol calls the probes
 * need (CPU throttling, forced garbage collection, the renderer's counters).
 */
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const PAGE_DIR = path.join(import.meta.dirname, 'page');

export interface TransitionResult {
  settleMs: number;
  triggerFrameMs: number;
  worstFrameMs: number;
  /** rAF timestamps of the frames from the trigger to the final drawn state. */
  frameStarts: number[];
  timedOut: boolean;
}

export interface ProbeState {
  longTasks: { start: number; duration: number }[] | null;
  firstActiveStepAt: number | null;
}

export interface ObserverCounts {
  [kind: string]: { created: number; disconnected: number; alive: number };
}

/** Installs the probes in every page of `context`, before the pages' own scripts. */
export async function installProbes(
  context: BrowserContext,
  options: { countObservers?: boolean } = {},
): Promise<void> {
  await context.addInitScript({ path: path.join(PAGE_DIR, 'installBenchProbes.js') });
  if (options.countObservers) {
    await context.addInitScript({ path: path.join(PAGE_DIR, 'countObservers.js') });
  }
}

/** Reads the probes' records (long tasks, first active step). */
export function readProbeState(page: Page): Promise<ProbeState> {
  return page.evaluate(
    '({ longTasks: window.__bench.longTasks, firstActiveStepAt: window.__bench.firstActiveStepAt })',
  );
}

/** Runs window.__bench.measureTransition in the page. */
export function measureTransition(
  page: Page,
  options: {
    trigger: 'scrollToStep' | 'click';
    argument: string;
    drawing: 'story' | 'timelinejs';
    /** How long the drawing must stay unchanged to count as final (default 200 ms). */
    quietMs?: number;
  },
): Promise<TransitionResult> {
  return page.evaluate(`window.__bench.measureTransition(${JSON.stringify(options)})`);
}

/** Slows the page's CPU by `rate` (1 = no throttling), as Lighthouse and DevTools do. */
export async function throttleCpu(session: CDPSession, rate: number): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

export interface RendererCounters {
  listeners: number;
  nodes: number;
  documents: number;
  heapUsedBytes: number;
}

/** Forces garbage collection (three rounds, so finalizers and weak maps settle). */
export async function collectGarbage(session: CDPSession, page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await session.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
  }
}

/** The renderer's own counters (Performance.getMetrics), after a forced GC. */
export async function readRendererCounters(
  session: CDPSession,
  page: Page,
): Promise<RendererCounters> {
  await collectGarbage(session, page);
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    listeners: get('JSEventListeners'),
    nodes: get('Nodes'),
    documents: get('Documents'),
    heapUsedBytes: get('JSHeapUsedSize'),
  };
}

/** Waits until the page's network has been quiet and two frames have been drawn. */
export async function waitForQuiet(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate('window.__bench.nextFrame().then(() => window.__bench.nextFrame())');
}
