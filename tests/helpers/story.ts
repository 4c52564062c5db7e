/**
 * What the story browser tests share: the steps as the editors wrote them
 * in data/steps.json (so no test hard-codes a step), and readers of what
 * the page shows for a step (map, timeline, positions), measured in the
 * built site running in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { markupToPlainText } from '../../src/lib/markup.ts';

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
      highlighted: sorted(
        [...document.querySelectorAll('[data-event-id][data-highlighted="true"]')].map((e) =>
          e.getAttribute('data-event-id'),
        ),
      ),
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
 */
export async function waitForGraphicToSettle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const signature = () =>
          [
            ...document.querySelectorAll(
              'svg.map path, svg.timeline line, svg.timeline [data-event-id]',
            ),
          ]
            .map((e) => e.getAttribute('d') ?? e.getAttribute('x1') ?? e.getAttribute('transform'))
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
      ...document.querySelectorAll(
        'svg.map [data-country], svg.map [data-flow], svg.map [data-place]',
      ),
    ].map(
      (e) =>
        `${e.getAttribute('data-country') ?? e.getAttribute('data-flow') ?? e.getAttribute('data-place')}:${
          e.getAttribute('d') ?? `${e.getAttribute('cx')},${e.getAttribute('cy')}`
        }:${e.getAttribute('stroke-dashoffset') ?? ''}`,
    ),
    timeline: [
      ...document.querySelectorAll('svg.timeline .axis line, svg.timeline [data-event-id] .shape'),
    ].map((e) => ['x1', 'x', 'cx', 'd', 'transform'].map((a) => e.getAttribute(a) ?? '').join(',')),
  }));
}

/** Waits until the page stops scrolling (a smooth or keyboard scroll has finished). */
export async function waitForScrollToSettle(page: Page): Promise<void> {
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
