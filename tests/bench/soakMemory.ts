/**
 * The memory soak (issue 7): repeat what a reader does many times and check
 * that nothing piles up. Each soak warms up first (so one-time caches and
 * compiled code are in place), then reads the renderer's counters
 * (DevTools Performance.getMetrics: event listeners, DOM nodes, documents,
 * JS heap) and the live observers (constructors wrapped before the page
 * loads) after a forced garbage collection, at the start, half-way and at
 * the end. A leak grows in both halves; noise does not. Pass: no growth in
 * listeners, observers, nodes or documents over the second half, and a
 * second-half heap growth within HEAP_NOISE_BYTES.
 *
 * - story: scroll down the story and back up 100 times, one step per
 *   frame (each step's top just past the trigger line, so every step
 *   becomes active and its tweens start);
 * - stepper: 2,000 step switches with its buttons, one per frame;
 * - views: an iframe on a host page switched between the embed views and
 *   steps 96 times (cycling through every view and step), waiting
 *   for each to load.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { waitForStory } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/staticServer.ts';
import { newProbedContext } from './launchChromium.ts';
import {
  readRendererCounters,
  waitForQuiet,
  type ObserverCounts,
  type RendererCounters,
} from './pageProbes.ts';

export const SOAK = { scrollPasses: 100, stepSwitches: 2000, viewSwitches: 96 };
/** Heap growth over the second half that still counts as noise (JIT code, inline caches). */
export const HEAP_NOISE_BYTES = 256 * 1024;
const TWEENS_SETTLE_MS = 1500;

export interface SoakSnapshot extends RendererCounters {
  /** Observers not yet garbage-collected (null where not counted). */
  observers: number | null;
}

export interface SoakResult {
  name: string;
  what: string;
  repetitions: number;
  durationMs: number;
  start: SoakSnapshot;
  middle: SoakSnapshot;
  end: SoakSnapshot;
  /** end − start and end − middle, per counter. */
  growth: Record<keyof SoakSnapshot, number | null>;
  secondHalfGrowth: Record<keyof SoakSnapshot, number | null>;
  pass: boolean;
  why: string;
}

async function snapshot(
  session: CDPSession,
  page: Page,
  countObservers: boolean,
): Promise<SoakSnapshot> {
  const counters = await readRendererCounters(session, page);
  // FinalizationRegistry callbacks run in a task after the collection.
  await page.waitForTimeout(100);
  const observers = countObservers
    ? Object.values((await page.evaluate('window.__observerCounts')) as ObserverCounts).reduce(
        (sum, c) => sum + c.alive,
        0,
      )
    : null;
  return { ...counters, observers };
}

function difference(a: SoakSnapshot, b: SoakSnapshot): Record<keyof SoakSnapshot, number | null> {
  const keys = Object.keys(a) as (keyof SoakSnapshot)[];
  return Object.fromEntries(
    keys.map((k) => {
      const x = a[k];
      const y = b[k];
      return [k, x === null || y === null ? null : y - x];
    }),
  ) as Record<keyof SoakSnapshot, number | null>;
}

function judge(second: Record<keyof SoakSnapshot, number | null>): { pass: boolean; why: string } {
  const problems: string[] = [];
  for (const key of ['listeners', 'observers', 'nodes', 'documents'] as const) {
    const value = second[key];
    if (value !== null && value > 0) problems.push(`${key} +${value}`);
  }
  if ((second.heapUsedBytes ?? 0) > HEAP_NOISE_BYTES) {
    problems.push(`heap +${Math.round((second.heapUsedBytes ?? 0) / 1024)} KB`);
  }
  return problems.length
    ? { pass: false, why: `grew over the second half: ${problems.join(', ')}` }
    : { pass: true, why: 'no growth beyond noise over the second half' };
}

/** The longest one batch of repetitions may take (each takes well under a minute). */
const REPEAT_TIMEOUT_MS = 180_000;

/** `promise`, or an error naming `what` if it has not settled within `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer from the page in ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Opens `url`, warms up with `repeat(1)`, then runs `repeat` in two halves with snapshots. */
async function soak(
  browser: Browser,
  options: {
    name: string;
    what: string;
    url: string;
    repetitions: number;
    countObservers: boolean;
    ready: (page: Page) => Promise<void>;
    repeat: (page: Page, times: number) => Promise<number>;
  },
): Promise<SoakResult> {
  const context = await newProbedContext(browser, {}, { countObservers: options.countObservers });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(options.url);
    await options.ready(page);
    await waitForQuiet(page);
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const half = Math.floor(options.repetitions / 2);
    // page.evaluate has no timeout of its own: a page that stops answering
    // (one run hung here once, undiagnosed) fails the soak instead of the bench waiting forever.
    const repeat = (times: number) =>
      withTimeout(options.repeat(page, times), REPEAT_TIMEOUT_MS, `soak ${options.name}`);
    await repeat(Math.max(1, Math.floor(half / 10)));
    await page.waitForTimeout(TWEENS_SETTLE_MS);
    const started = performance.now();
    const start = await snapshot(session, page, options.countObservers);
    let done = await repeat(half);
    await page.waitForTimeout(TWEENS_SETTLE_MS);
    const middle = await snapshot(session, page, options.countObservers);
    done += await repeat(options.repetitions - half);
    await page.waitForTimeout(TWEENS_SETTLE_MS);
    const end = await snapshot(session, page, options.countObservers);
    if (done !== options.repetitions) {
      throw new Error(`soak ${options.name}: made ${done} of ${options.repetitions} repetitions`);
    }
    const secondHalfGrowth = difference(middle, end);
    return {
      name: options.name,
      what: options.what,
      repetitions: done,
      durationMs: performance.now() - started,
      start,
      middle,
      end,
      growth: difference(start, end),
      secondHalfGrowth,
      ...judge(secondHalfGrowth),
    };
  } finally {
    await context.close();
  }
}

const EMBED_VIEWS = ['map', 'timeline', 'card', 'stepper'] as const;
/** Where the views soak returns after each run (not counted), so snapshots compare like with like. */
const REST_VIEW = 'embed.html?view=map';

/**
 * Runs the three soaks against the built site served by `server`, side by
 * side (each in its own context and renderer): they measure memory, not
 * time, and together they would take most of the benchmark's time budget.
 */
export async function soakMemory(
  browser: Browser,
  server: StaticServer,
  stepIds: string[],
): Promise<SoakResult[]> {
  const hostPath = '/bench-embed-host.html';
  server.override(hostPath, {
    body: `<!doctype html><html lang="en"><title>Embed host</title><iframe title="story" width="640" height="800" src="${REST_VIEW}"></iframe></html>`,
    type: 'text/html; charset=utf-8',
  });
  let next = 0;
  const views = EMBED_VIEWS.flatMap((view) =>
    stepIds.map((step) => `embed.html?view=${view}&step=${step}`),
  );
  try {
    return await Promise.all([
      soak(browser, {
        name: 'story scroll',
        what: 'story scrolled down step by step and back up',
        url: server.url,
        repetitions: SOAK.scrollPasses,
        countObservers: true,
        ready: waitForStory,
        repeat: async (page, times) => {
          await page.evaluate(`window.__bench.soakScroll({ passes: ${times} })`);
          return times;
        },
      }),
      soak(browser, {
        name: 'stepper steps',
        what: 'step switches in the stepper embed',
        url: `${server.url}embed.html?view=stepper`,
        repetitions: SOAK.stepSwitches,
        countObservers: true,
        ready: (page) => page.waitForSelector('.controls button').then(() => undefined),
        repeat: (page, times) =>
          page.evaluate(
            `window.__bench.soakSteps({ switches: ${times}, next: '.controls button:last-of-type', previous: '.controls button:first-of-type' })`,
          ) as Promise<number>,
      }),
      soak(browser, {
        name: 'embed views',
        what: 'iframe switched between embed views and steps',
        url: `${server.origin}${hostPath}`,
        repetitions: SOAK.viewSwitches,
        countObservers: false,
        ready: (page) => page.waitForSelector('iframe').then(() => undefined),
        repeat: async (page, times) => {
          const urls = Array.from({ length: times }, () => views[next++ % views.length] ?? '');
          await page.evaluate(
            async (list) => {
              const frame = document.querySelector('iframe');
              if (!frame) throw new Error('no iframe');
              for (const src of list) {
                await new Promise((resolve) => {
                  frame.onload = resolve;
                  frame.src = src;
                });
              }
            },
            [...urls, REST_VIEW],
          );
          return times;
        },
      }),
    ]);
  } finally {
    server.override(hostPath, null);
  }
}
