/**
 * What the story browser tests share: the steps as the editors wrote them
 * in data/steps.json (so no test hard-codes a step), and readers of what
 * the page shows for a step (map, timeline, positions), measured in the
 * built site running in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { markupToPlainText } from '../../src/lib/format/markup.ts';
import { waitForStory, watchPage } from './browser.ts';
import type { Site } from './site.ts';

export interface StepData {
  id: string;
  title: string;
  text: string;
  map: { extent: string[]; countries: string[]; places: string[]; flows: string[] };
  timeline: { highlight: string[]; series: string[]; from?: string; to?: string };
}

export const DIST = path.resolve('dist');

export function readSteps(): StepData[] {
  const file = JSON.parse(readFileSync(path.resolve('data/steps.json'), 'utf8')) as {
    steps: StepData[];
  };
  return file.steps;
}

/** The phone and desktop screens the story tests run on, for `describe.each(VIEWPORTS)`. */
export const VIEWPORTS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

export interface StoryPage {
  readonly page: Page;
  /** Console errors and requests to other origins, collected from the moment the page opened. */
  readonly watched: ReturnType<typeof watchPage>;
}

export interface OpenStoryOptions {
  /** Resize the page to this before loading (default: the browser's own viewport). */
  viewport?: { width: number; height: number };
  /** `'story'` (default) loads the site and waits for it to hydrate; `'html'` only loads it (no JavaScript); `false` leaves the page blank. */
  load?: 'story' | 'html' | false;
  /** Media features to emulate before loading, e.g. `{ reducedMotion: 'reduce' }` (no new browser needed). */
  media?: Parameters<Page['emulateMedia']>[0];
  /** Called with the watched page before it loads, e.g. to add more listeners or an init script (awaited: a script added late would miss the load). */
  onPage?: (page: Page) => unknown;
}

/** Opens one page in the site's browser for the enclosing describe block (beforeAll/afterAll), watched, sized and loaded as asked. */
export function openStory(site: Site, options: OpenStoryOptions = {}): StoryPage {
  let page: Page | undefined;
  let watched: ReturnType<typeof watchPage> | undefined;
  beforeAll(async () => {
    page = await site.browser.context.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    if (options.media) await page.emulateMedia(options.media);
    watched = watchPage(page, [site.server.origin]);
    await options.onPage?.(page);
    const load = options.load ?? 'story';
    if (load) await page.goto(site.server.url);
    if (load === 'story') await waitForStory(page);
  });
  afterAll(async () => {
    await page?.close();
  });
  return {
    get page() {
      if (!page) throw new Error('openStory: the page opens in beforeAll');
      return page;
    },
    get watched() {
      if (!watched) throw new Error('openStory: the page opens in beforeAll');
      return watched;
    },
  };
}

/** Waits until the story has made step `id` the active one. */
export async function waitForActiveStep(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (stepId) => document.documentElement.dataset.activeStep === stepId,
    id,
  );
}

/** After the map and timeline have finished moving, they show exactly the step's state. */
export async function expectStepShown(page: Page, id: string): Promise<void> {
  await waitForGraphicToSettle(page);
  const want = expectedGraphic(readSteps().find((s) => s.id === id)!);
  const shown = await readGraphic(page);
  expect({ step: id, ...shown }).toEqual({
    step: id,
    active: id,
    current: [id],
    countries: want.countries,
    places: want.places,
    placesInView: want.places,
    flows: want.flows,
    highlighted: want.highlighted,
  });
}

/** The step's text as a reader sees it: the editors' markup without its marks. */
export function plainText(markup: string): string {
  return markupToPlainText(markup).replace(/\s+/g, ' ').trim();
}

/** What the map and timeline should show for a step, straight from the data. */
export function expectedGraphic(step: StepData) {
  return {
    countries: [...step.map.countries].sort(),
    places: [...step.map.places].sort(),
    flows: [...step.map.flows].sort(),
    highlighted: [...step.timeline.highlight].sort(),
  };
}

export interface GraphicState {
  active: string | undefined;
  /** aria-current steps (exactly one when all is well). */
  current: string[];
  countries: string[];
  places: string[];
  /** Places whose marker lies inside the map's visible box. */
  placesInView: string[];
  flows: string[];
  highlighted: string[];
}

/**
 * Reads the story's graphic as drawn. Highlighted countries are those whose
 * painted fill differs from the fill most countries have (the receding
 * land), so the check follows what a reader sees, not a class name.
 */
export async function readGraphic(page: Page): Promise<GraphicState> {
  return page.evaluate(() => {
    const sorted = (values: (string | null)[]) =>
      values.filter((v): v is string => v !== null).sort();
    const paths = [...document.querySelectorAll<SVGPathElement>('svg.map [data-country]')];
    const fills = paths.map((p) => getComputedStyle(p).fill);
    const counts = new Map<string, number>();
    for (const f of fills) counts.set(f, (counts.get(f) ?? 0) + 1);
    const receding = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const map = document.querySelector('svg.map');
    const box = map?.getBoundingClientRect();
    const markers = [...document.querySelectorAll<SVGCircleElement>('svg.map [data-place]')];
    return {
      active: document.documentElement.dataset.activeStep,
      current: sorted(
        [...document.querySelectorAll('[data-step-id][aria-current="step"]')].map((e) =>
          e.getAttribute('data-step-id'),
        ),
      ),
      countries: sorted(
        paths.filter((_, i) => fills[i] !== receding).map((p) => p.getAttribute('data-country')),
      ),
      places: sorted(markers.map((m) => m.getAttribute('data-place'))),
      placesInView: sorted(
        markers
          .filter((m) => {
            const r = m.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            return !!box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
          })
          .map((m) => m.getAttribute('data-place')),
      ),
      flows: sorted(
        [...document.querySelectorAll('svg.map [data-flow]')].map((e) =>
          e.getAttribute('data-flow'),
        ),
      ),
      // Undated events have no mark: the step's undated ones are named in a line under the axis.
      highlighted: sorted([
        ...[...document.querySelectorAll('[data-event-id][data-highlighted="true"]')].map((e) =>
          e.getAttribute('data-event-id'),
        ),
        ...(document.querySelector('[data-undated]')?.getAttribute('data-undated')?.split(' ') ??
          []),
      ]),
    };
  });
}

/**
 * The step a reader is at: the last one whose top has crossed the trigger
 * line (half the viewport on desktops, three quarters on phones, where the
 * graphic sits above the text). Measured independently of the app's code.
 */
export async function stepAtTriggerLine(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const line = window.innerHeight * (window.innerWidth < 760 ? 0.75 : 0.5);
    const steps = [...document.querySelectorAll<HTMLElement>('section[data-step-id]')];
    let id = steps[0]?.dataset.stepId;
    for (const s of steps) if (s.getBoundingClientRect().top <= line) id = s.dataset.stepId;
    return id;
  });
}

/**
 * Waits until the map and timeline stop moving: their drawn geometry is the
 * same over several consecutive frames (camera and range tweens finished).
 * The page is brought to the front first, as the page a reader looks at is:
 * Chromium hardly runs animation frames in a tab behind another, so a test
 * comparing two sites side by side waited seconds for six frames.
 */
export async function waitForGraphicToSettle(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const signature = () =>
          [
            // The country shapes glide by their group's transform (Map.svg.svelte).
            ...document.querySelectorAll(
              'svg.map path, svg.map .countries, svg.map [data-place], svg.timeline line, svg.timeline [data-event-id]',
            ),
          ]
            .map(
              (e) =>
                e.getAttribute('d') ??
                e.getAttribute('x1') ??
                e.getAttribute('cx') ??
                e.getAttribute('transform'),
            )
            .join('|') +
          [...document.querySelectorAll('svg.timeline [data-event-id] .shape')]
            .map((e) => `${e.getAttribute('cx') ?? e.getAttribute('x') ?? e.getAttribute('d')}`)
            .join('|');
        let last = signature();
        let still = 0;
        const tick = () => {
          const now = signature();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 6) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Scrolls the window by `dy` pixels at once, as a jump or a fling would. */
export async function jumpBy(page: Page, dy: number): Promise<void> {
  await page.evaluate((d) => window.scrollBy({ top: d, behavior: 'instant' }), dy);
}

/** Drawn geometry of the map and timeline, to compare two moments or two pages. */
export async function readDrawing(page: Page): Promise<{ map: string[]; timeline: string[] }> {
  return page.evaluate(() => ({
    map: [
      `countries moved by: ${document.querySelector('svg.map .countries')?.getAttribute('transform') ?? 'none'}`,
      ...[
        ...document.querySelectorAll(
          'svg.map [data-country], svg.map [data-flow], svg.map [data-place]',
        ),
      ].map(
        (e) =>
          `${e.getAttribute('data-country') ?? e.getAttribute('data-flow') ?? e.getAttribute('data-place')}:${
            e.getAttribute('d') ?? `${e.getAttribute('cx')},${e.getAttribute('cy')}`
          }:${e.getAttribute('stroke-dashoffset') ?? ''}`,
      ),
    ],
    timeline: [
      ...document.querySelectorAll('svg.timeline .axis line, svg.timeline [data-event-id] .shape'),
    ].map((e) => ['x1', 'x', 'cx', 'd', 'transform'].map((a) => e.getAttribute(a) ?? '').join(',')),
  }));
}

/** Waits until the page stops scrolling (a smooth or keyboard scroll has finished). */
export async function waitForScrollToSettle(page: Page): Promise<void> {
  // In front, as in waitForGraphicToSettle: a tab behind another hardly gets animation frames.
  await page.bringToFront();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Scrolls to a late island (the embed panel, or the table when it has a
 * "Show more"), as a reader would, and waits until it runs: their script
 * loads only as the reader nears the page's far end (startStoryIslands.ts),
 * so a click on the static HTML before then does nothing.
 */
export async function startLateIsland(
  page: Page,
  island: 'embed-panel' | 'event-table',
): Promise<void> {
  await page.locator(`[data-island="${island}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-island="${island}"][data-island-started]`, {
    state: 'attached',
  });
}
