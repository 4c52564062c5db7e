/**
 * Scrolling at 4x CPU throttling (DevTools protocol), on a phone-sized
 * viewport like Lighthouse's mobile preset:
 * - the story: from a first visit that has not moved yet, scroll the whole
 *   page down and back up (the first scroll loads and starts the graphic), a fixed distance
 *   each frame, recording every frame's interval (requestAnimationFrame
 *   timestamps) and the long tasks (50 ms or more) in that window; then,
 *   step by step, the time from the step's top crossing the trigger line
 *   until the map's camera and the timeline's range have stopped moving.
 * - the peer (TimelineJS): it has no scrolling story, so the same probes
 *   go through its slides with its "next" button, waiting for each slide's
 *   animation to end; its frame intervals are those of the moving frames.
 */
import type { Browser, Page } from 'playwright-core';
import { waitForStory } from '../helpers/browser.ts';
import { newProbedContext } from './launchChromium.ts';
import {
  measureTransition,
  readProbeState,
  throttleCpu,
  waitForQuiet,
  type TransitionResult,
} from './pageProbes.ts';
import { intervalsOf, summarize, type Spread } from './stats.ts';

export const CPU_SLOWDOWN = 4;
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
/** A brisk read-and-flick pace: 60 px a frame is 3,600 px a second at 60 fps. */
const SCROLL_PX_PER_FRAME = 60;

export interface ScrollingResult {
  url: string;
  /** Frame intervals while moving (ms). */
  frames: Spread;
  /** Long tasks (50 ms or more) while moving: count and the longest (ms). */
  longTasks: { count: number; longestMs: number };
  /** Per step (or slide): time from the boundary to the final drawn state (ms). */
  settle: Spread;
  /** Per step: the longest single frame during the transition (ms). */
  transitionFrames: Spread;
  transitions: Omit<StepTransition, 'frameStarts'>[];
  movingMs: number;
}

type StepTransition = TransitionResult & { step: string };

const withoutFrameStarts = ({ frameStarts: _frames, ...rest }: StepTransition) => rest;

async function openPhonePage(browser: Browser, url: string) {
  const context = await newProbedContext(browser, PHONE);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

async function longTasksBetween(page: Page, start: number, end: number) {
  const { longTasks } = await readProbeState(page);
  if (longTasks === null) throw new Error('this Chromium does not report long tasks');
  const inWindow = longTasks.filter((t) => t.start >= start && t.start <= end);
  return {
    count: inWindow.length,
    longestMs: inWindow.reduce((max, t) => Math.max(max, t.duration), 0),
  };
}

function summarizeTransitions(transitions: StepTransition[]) {
  return {
    settle: summarize(transitions.map((t) => t.settleMs)),
    transitionFrames: summarize(transitions.map((t) => t.worstFrameMs)),
  };
}

/** Scrolls the built story at `url` down and up, then times each step boundary. */
export async function probeStoryScrolling(browser: Browser, url: string): Promise<ScrollingResult> {
  const { context, page } = await openPhonePage(browser, url);
  try {
    // From a first visit as a reader finds it: the graphic's scripts load at the reader's
    // first scroll (src/boot.ts), so their loading and the islands' start fall inside the
    // measured scroll, long tasks and frames included, as they do for a reader.
    await waitForQuiet(page);
    const session = await context.newCDPSession(page);
    await throttleCpu(session, CPU_SLOWDOWN);
    const run = (await page.evaluate(
      `window.__bench.scrollDownAndUp({ pxPerFrame: ${SCROLL_PX_PER_FRAME} })`,
    )) as { frames: number[]; start: number; end: number };
    const longTasks = await longTasksBetween(page, run.start, run.end);
    await waitForStory(page);

    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section[data-step-id]')].map(
        (s) => s.dataset.stepId ?? '',
      ),
    );
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await measureTransition(page, {
      trigger: 'scrollToStep',
      argument: steps[0] ?? '',
      drawing: 'story',
    });
    const transitions: StepTransition[] = [];
    for (const step of steps.slice(1)) {
      const result = await measureTransition(page, {
        trigger: 'scrollToStep',
        argument: step,
        drawing: 'story',
      });
      transitions.push({ step, ...result });
    }
    return {
      url,
      frames: summarize(intervalsOf(run.frames)),
      longTasks,
      ...summarizeTransitions(transitions),
      transitions: transitions.map(withoutFrameStarts),
      movingMs: run.end - run.start,
    };
  } finally {
    await context.close();
  }
}

/** Goes through the TimelineJS slides at `url` from the first to the last, one at a time. */
export async function probeTimelineJsSlides(
  browser: Browser,
  url: string,
): Promise<ScrollingResult> {
  const { context, page } = await openPhonePage(browser, url);
  try {
    // On a phone TimelineJS hides its buttons (readers swipe); their click handlers still work.
    await page.waitForSelector('.tl-slidenav-next', { state: 'attached' });
    await waitForQuiet(page);
    const session = await context.newCDPSession(page);
    await throttleCpu(session, CPU_SLOWDOWN);
    const slides = await page.evaluate(() => document.querySelectorAll('.tl-slide').length);
    const start = (await page.evaluate('performance.now()')) as number;
    const transitions: StepTransition[] = [];
    for (let i = 1; i < slides; i++) {
      const result = await measureTransition(page, {
        trigger: 'click',
        argument: '.tl-slidenav-next',
        drawing: 'timelinejs',
      });
      transitions.push({ step: `slide ${i + 1}`, ...result });
    }
    const end = (await page.evaluate('performance.now()')) as number;
    return {
      url,
      // Only the frames while a slide moves: the quiet frames between them would flatter the figures.
      frames: summarize(transitions.flatMap((t) => intervalsOf(t.frameStarts))),
      longTasks: await longTasksBetween(page, start, end),
      ...summarizeTransitions(transitions),
      transitions: transitions.map(withoutFrameStarts),
      movingMs: end - start,
    };
  } finally {
    await context.close();
  }
}
