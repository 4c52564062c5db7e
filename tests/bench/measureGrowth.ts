/**
 * How cost grows with data: for each synthetic data set (generateDataset.ts)
 * the site is built from it (timed), then opened without throttling on a
 * desktop viewport: first render (navigation start until the app has
 * rendered and marked its first step; first contentful paint beside it) and
 * step changes (the longest frame from crossing a step boundary until the
 * map and timeline stop moving), for a sample of steps.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { waitForStory } from '../helpers/browser.ts';
import { newProbedContext } from './launchChromium.ts';
import { startStaticServer } from '../helpers/staticServer.ts';
import { buildSite } from './buildSite.ts';
import { generateDataset } from './generateDataset.ts';
import { measureTransition, readProbeState, waitForQuiet } from './pageProbes.ts';
import { repeatWhileBusy, type QuietCheck } from './repeatWhileBusy.ts';
import { median } from './stats.ts';
import { watchOtherCpu } from './watchOtherCpu.ts';

export interface GrowthPoint extends QuietCheck {
  events: number;
  steps: number;
  buildMs: number;
  /** gzip-free sizes: the HTML and the one script, in bytes. */
  htmlBytes: number;
  /** Median over loads: navigation start → first step marked (hydrated). */
  firstRenderMs: number;
  firstContentfulPaintMs: number;
  /** Median and worst, over the sampled steps, of the longest frame of each step change. */
  stepChangeMs: number;
  worstStepChangeMs: number;
  /** Median time from the boundary to the final drawn state. */
  settleMs: number;
  /** Set when the site could not be measured (the figures are then NaN). */
  error?: string;
}

const LOADS = 3;
const SLOW_FIRST_RENDER_MS = 5000;
const PAGE_TIMEOUT_MS = 180_000;
const SAMPLED_STEPS = 5;

/** Opens the story in a fresh context (a first visit: nothing cached) and waits for it to render. */
async function openFirstVisit(browser: Browser, url: string) {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const response = await page.goto(url);
  await waitForStory(page);
  const { firstActiveStepAt } = await readProbeState(page);
  const firstContentfulPaint = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  return {
    context,
    page,
    htmlBytes: (await response?.body())?.length ?? 0,
    firstRender: firstActiveStepAt ?? Number.NaN,
    firstContentfulPaint,
  };
}

async function measureSite(browser: Browser, dist: string): Promise<SiteFigures> {
  const server = await startStaticServer(dist);
  const visits: Awaited<ReturnType<typeof openFirstVisit>>[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      await visits.at(-1)?.context.close();
      const visit = await openFirstVisit(browser, server.url);
      visits.push(visit);
      // One load is enough to show that a page takes seconds; it keeps the run short.
      if (visit.firstRender > SLOW_FIRST_RENDER_MS) break;
    }
    // Step changes on the last visit's page.
    const { page } = visits.at(-1)!;
    await waitForQuiet(page);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section[data-step-id]')].map(
        (s) => s.dataset.stepId ?? '',
      ),
    );
    const changes = [];
    for (const id of ids.slice(1, SAMPLED_STEPS + 1)) {
      changes.push(
        await measureTransition(page, { trigger: 'scrollToStep', argument: id, drawing: 'story' }),
      );
    }
    return {
      htmlBytes: visits[0]?.htmlBytes ?? Number.NaN,
      firstRenderMs: median(visits.map((v) => v.firstRender)),
      firstContentfulPaintMs: median(visits.map((v) => v.firstContentfulPaint)),
      stepChangeMs: median(changes.map((c) => c.worstFrameMs)),
      worstStepChangeMs: Math.max(...changes.map((c) => c.worstFrameMs)),
      settleMs: median(changes.map((c) => c.settleMs)),
    };
  } finally {
    await visits.at(-1)?.context.close();
    await server.close();
  }
}

type SiteFigures = Omit<GrowthPoint, 'events' | 'steps' | 'buildMs' | keyof QuietCheck>;

/** The figures of a site that could not be measured. */
function unmeasured(error: Error): SiteFigures {
  return {
    htmlBytes: Number.NaN,
    firstRenderMs: Number.NaN,
    firstContentfulPaintMs: Number.NaN,
    stepChangeMs: Number.NaN,
    worstStepChangeMs: Number.NaN,
    settleMs: Number.NaN,
    error: error.message.split('\n')[0],
  };
}

/** A failed measurement's quiet check: nothing was counted. */
const UNCHECKED: QuietCheck = {
  otherCpu: Number.NaN,
  attempts: 1,
  discardedOtherCpu: [],
  capHit: false,
};

/**
 * Generates, builds and measures each data set in turn under `tmpDir`.
 * @example await measureGrowth(browser, [{ events: 100, steps: 20 }], 'tests/bench/tmp')
 */
export async function measureGrowth(
  browser: Browser,
  sizes: { events: number; steps: number }[],
  tmpDir: string,
  log: (line: string) => void = () => {},
): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  for (const size of sizes) {
    const name = `growth-${size.events}-${size.steps}`;
    const data = generateDataset({ ...size, into: path.join(tmpDir, name, 'data') });
    const built = await buildSite({ folder: path.join(tmpDir, name, 'site'), dataDir: data.dir });
    const { value, ...check } = await repeatWhileBusy(
      () => measureSite(browser, built.dist),
      watchOtherCpu,
    ).catch((error: Error) => ({ value: unmeasured(error), ...UNCHECKED }));
    points.push({ ...size, buildMs: built.buildMs, ...value, ...check });
    // Megabytes of generated JavaScript under tests/ would slow everyone's type check.
    rmSync(path.join(tmpDir, name), { recursive: true, force: true });
    log(
      `  ${size.events} events, ${size.steps} steps: build ${(built.buildMs / 1000).toFixed(1)} s, first render ${value.firstRenderMs.toFixed(0)} ms, step change ${value.stepChangeMs.toFixed(1)} ms, other processes ${(check.otherCpu * 100).toFixed(0)} %`,
    );
  }
  return points;
}

/**
 * How a cost grows between two sizes, as the exponent k in cost ∝ size^k:
 * 1 is linear, 2 quadratic; below 1 means fixed costs still dominate.
 * @example growthExponent(10, 1000, 100, 10000) // 1
 */
export function growthExponent(
  costSmall: number,
  costLarge: number,
  sizeSmall: number,
  sizeLarge: number,
): number {
  return Math.log(costLarge / costSmall) / Math.log(sizeLarge / sizeSmall);
}
