/**
 * Accessibility of the story as readers use it: axe-core finds no
 * violation in any step state (on a phone and a desktop, and with an
 * event's details open); the keyboard reaches the step list and the
 * timeline marks, Enter opens an event's details with its sources, every
 * control shows a visible focus ring; data marks stand out 3:1 from what
 * is around them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, scrollToStep, waitForStory } from '../helpers/browser.ts';
import { checkIncompleteContrast } from '../helpers/axeIncomplete.ts';
import { findLowContrastMarks } from '../helpers/markContrast.ts';
import { useSite } from '../helpers/site.ts';
import {
  VIEWPORTS,
  expectStepShown,
  openStory,
  readSteps,
  stepAtTriggerLine,
  waitForGraphicToSettle,
  waitForScrollToSettle,
} from '../helpers/story.ts';

const steps = readSteps();
const events = (
  JSON.parse(readFileSync(path.resolve('data/events.json'), 'utf8')) as {
    events: { id: string; title: string; sources: { source: string }[] }[];
  }
).events;

const site = useSite({ browser: { reducedMotion: 'reduce' } });

/** Presses Tab until `predicate` holds for the focused element; returns how many presses it took. */
async function tabUntil(page: Page, predicate: string, limit = 400): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, predicate))
      return i;
  }
  throw new Error(`Tab never reached ${predicate}`);
}

describe.each(VIEWPORTS)('on a $name ($width px)', ({ width, height }) => {
  const tab = openStory(site, { viewport: { width, height } });

  // The whole page once, at the first step; then only the graphic, which is
  // what a step changes. Text axe cannot judge (over SVG or other layers) is
  // measured rather than dropped (axeIncomplete.ts).
  it.each(steps.map((s, i) => [s.id, i === 0 ? 'the page' : 'the graphic']))(
    'axe-core finds no violation at step %s (in %s), and the text it cannot judge contrasts enough',
    async (id, scope) => {
      await scrollToStep(tab.page, id);
      await waitForGraphicToSettle(tab.page);
      const context = scope === 'the page' ? null : 'figure.graphic';
      expect(await runAxe(tab.page, context)).toEqual([]);
      const incomplete = await checkIncompleteContrast(tab.page, context);
      expect(incomplete.problems).toEqual([]);
      // Map labels and timeline text are always there to measure.
      expect(incomplete.measured).toBeGreaterThan(0);
    },
  );

  it('axe-core finds no violation with an event’s details open', async () => {
    const step = steps.find((s) => s.timeline.highlight.length > 0)!;
    await scrollToStep(tab.page, step.id);
    await tab.page.locator(`[data-event-id="${step.timeline.highlight[0]}"]`).focus();
    await tab.page.waitForSelector('.details a[href]');
    expect(await runAxe(tab.page)).toEqual([]);
  });

  it('Tab reaches the step list; Enter on a step’s link opens the story at that step', async () => {
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    await tabUntil(tab.page, '.step-list summary');
    await tab.page.keyboard.press('Enter');
    const target = steps[2]!;
    await tabUntil(tab.page, `.step-list a[href="#${target.id}"]`, steps.length + 2);
    await tab.page.keyboard.press('Enter');
    await waitForScrollToSettle(tab.page);
    // The link led there: the address names the step, the page stands at it, and it shows.
    expect(await tab.page.evaluate(() => location.hash)).toBe(`#${target.id}`);
    expect(await stepAtTriggerLine(tab.page)).toBe(target.id);
    await expectStepShown(tab.page, target.id);
  });

  it('Tab reaches the timeline marks; Enter opens the event’s details with its sources; Escape closes them', async () => {
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    await tabUntil(tab.page, '[data-event-id]');
    const id = await tab.page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    const event = events.find((e) => e.id === id)!;
    expect(event).toBeDefined();
    await tab.page.keyboard.press('Enter');
    const details = tab.page.locator('.details');
    await expect.poll(() => details.innerText(), { timeout: 10_000 }).toContain(event.title);
    expect(await details.locator('a[href^="http"]').count()).toBeGreaterThanOrEqual(
      new Set(event.sources.map((s) => s.source)).size,
    );
    // The details are on screen, not below the fold of the sticky graphic.
    const box = await details.boundingBox();
    expect(box && box.y >= 0 && box.y + Math.min(box.height, 40) <= height).toBe(true);
    await tab.page.keyboard.press('Escape');
    await expect.poll(() => details.innerText(), { timeout: 10_000 }).not.toContain(event.title);
  });

  it('every control the keyboard reaches is on screen, uncovered, with a visible focus ring', async () => {
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    const missing: string[] = [];
    let stops = 0;
    for (let i = 0; i < 800; i++) {
      await tab.page.keyboard.press('Tab');
      // The stop the keyboard reached, marked so it can be focused again exactly.
      const stop = await tab.page.evaluate((n) => {
        const el = document.activeElement;
        if (!el || el === document.body || el.hasAttribute('data-tab-stop')) return null;
        el.setAttribute('data-tab-stop', String(n));
        const r = el.getBoundingClientRect();
        // A link that wraps has one box per line: test the middle of the first.
        const line = el.getClientRects()[0] ?? r;
        // Of a box taller than the screen (the table), the part on screen.
        const top = Math.max(0, line.top);
        const bottom = Math.min(window.innerHeight, line.bottom);
        const hit = document.elementFromPoint(line.left + line.width / 2, (top + bottom) / 2);
        const obscured = !hit || !el.contains(hit);
        const name = `${el.tagName.toLowerCase()} ${el.getAttribute('data-event-id') ?? el.getAttribute('href') ?? ''} ${(el.textContent ?? '').trim().slice(0, 30)}`;
        // The ring as styles draw it (outline, shadow, an SVG stroke on the
        // control or inside it), focused and then blurred; when they differ,
        // and the focused one paints something, no screenshot is needed.
        const ringStyles = () =>
          [el, ...el.querySelectorAll('*')]
            .map((e) => {
              const st = getComputedStyle(e);
              // A transparent colour paints nothing: it counts as no ring.
              const painted = (c: string) => c !== 'none' && !/^rgba\(.*, 0\)$/.test(c);
              const outline =
                st.outlineStyle !== 'none' &&
                parseFloat(st.outlineWidth) > 0 &&
                painted(st.outlineColor)
                  ? `outline ${st.outlineWidth} ${st.outlineColor}`
                  : '';
              const stroke =
                e instanceof SVGElement && painted(st.stroke) && parseFloat(st.strokeWidth) > 0
                  ? `stroke ${st.stroke} ${st.strokeWidth}`
                  : '';
              return [outline, st.boxShadow === 'none' ? '' : st.boxShadow, stroke].join(';');
            })
            .join('|');
        const focusedRing = ringStyles();
        (el as HTMLElement).blur();
        const blurredRing = ringStyles();
        (el as HTMLElement).focus({ preventScroll: true });
        const styledRing = focusedRing !== blurredRing && /outline |rgb/.test(focusedRing);
        return { name, obscured, styledRing, x: r.left, y: r.top, w: r.width, h: r.height };
      }, stops);
      if (!stop) break;
      stops++;
      // WCAG 2.4.11: the focused control is not hidden under the sticky graphic.
      if (stop.obscured) missing.push(`${stop.name} (hidden under something else)`);
      const x = Math.max(0, stop.x - 6);
      const y = Math.max(0, stop.y - 6);
      const clip = {
        x,
        y,
        width: Math.min(width - x, stop.w + 12),
        height: Math.min(height - y, stop.h + 12),
      };
      if (clip.width < 2 || clip.height < 2) {
        missing.push(`${stop.name} (focused off screen)`);
        continue;
      }
      if (stop.styledRing) continue;
      // Styles cannot tell (a ring drawn some other way): the same patch of
      // screen with and without focus must differ.
      const focused = await tab.page.screenshot({ clip });
      await tab.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const blurred = await tab.page.screenshot({ clip });
      if (focused.equals(blurred)) missing.push(stop.name);
      await tab.page.evaluate((n) => {
        document
          .querySelector<HTMLElement>(`[data-tab-stop="${n}"]`)
          ?.focus({ preventScroll: true });
      }, stops - 1);
    }
    expect(stops).toBeGreaterThan(steps.length);
    expect(missing).toEqual([]);
  });

  it('markers, arcs, the outlines of highlighted countries and timeline marks contrast at least 3:1 with what is around them (marks with the band behind them)', async () => {
    const low: string[] = [];
    let checked = 0;
    for (const step of steps) {
      await scrollToStep(tab.page, step.id);
      await waitForGraphicToSettle(tab.page);
      const found = await findLowContrastMarks(tab.page);
      low.push(...found.out.map((f) => `${step.id}: ${f}`));
      checked += found.compared;
    }
    expect(low).toEqual([]);
    // Every step has markers and timeline marks: far more comparisons than steps.
    expect(checked).toBeGreaterThan(steps.length * 3);
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});

// Dark mode, as the reader's system asks for it: one page (a desktop), every
// step in turn, with the same checks as above.
describe('in dark mode (prefers-color-scheme: dark), on a desktop', () => {
  const desktop = VIEWPORTS.find((v) => v.name === 'desktop')!;
  const tab = openStory(site, { viewport: desktop, media: { colorScheme: 'dark' } });

  it('the page is dark: light text on the dark paper', async () => {
    const colours = await tab.page.evaluate(() => ({
      paper: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.body).color,
    }));
    expect(colours).toEqual({ paper: 'rgb(22, 24, 27)', ink: 'rgb(236, 235, 232)' });
  });

  it('at every step, axe-core finds no violation, text it cannot judge contrasts enough, and marks contrast 3:1', async () => {
    const problems: string[] = [];
    let measured = 0;
    for (const [i, step] of steps.entries()) {
      await scrollToStep(tab.page, step.id);
      await waitForGraphicToSettle(tab.page);
      const context = i === 0 ? null : 'figure.graphic';
      problems.push(...(await runAxe(tab.page, context)).map((p) => `${step.id}: ${p}`));
      const incomplete = await checkIncompleteContrast(tab.page, context);
      problems.push(...incomplete.problems.map((p) => `${step.id}: ${p}`));
      const marks = await findLowContrastMarks(tab.page);
      problems.push(...marks.out.map((p) => `${step.id}: ${p}`));
      measured += Math.min(incomplete.measured, marks.compared);
    }
    expect(problems).toEqual([]);
    expect(measured).toBeGreaterThan(steps.length);
  });

  it('axe-core finds no violation with an event’s details open', async () => {
    const step = steps.find((s) => s.timeline.highlight.length > 0)!;
    await scrollToStep(tab.page, step.id);
    await tab.page.locator(`[data-event-id="${step.timeline.highlight[0]}"]`).focus();
    await tab.page.waitForSelector('.details a[href]');
    expect(await runAxe(tab.page)).toEqual([]);
    expect((await checkIncompleteContrast(tab.page, '.details')).problems).toEqual([]);
  });

  it('prints light: dark paper and light ink stay on the screen', async () => {
    await tab.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await tab.page.evaluate(() => ({
      paper: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.body).color,
    }));
    await tab.page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(colours).toEqual({ paper: 'rgb(255, 255, 255)', ink: 'rgb(27, 27, 27)' });
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});

describe('a step’s share page, as it reads without JavaScript', () => {
  it('axe-core finds no violation', async () => {
    const page = await site.browser.context.newPage();
    // The page's one script sends readers on to the story: keep it from running, so what axe sees is the page.
    await page.route('**/s/open-step.js', (route) => route.abort());
    const step = steps[Math.floor(steps.length / 2)]!;
    await page.goto(`${site.server.url}s/${step.id}.html`);
    expect(new URL(page.url()).pathname).toBe(`/s/${step.id}.html`);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
