/**
 * Every step on a phone (375 px) and a desktop (1280 px), as a reader sees
 * it: a screenshot per step in tests/artifacts/screenshots/ for people to
 * look at, and the checks a look would make — the step's places are on the
 * map and not covered, labels do not collide or leave their graphic, the
 * whole timeline is on screen, the step's heading is readable.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollToStep } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { VIEWPORTS, openStory, readSteps, waitForGraphicToSettle } from '../helpers/story.ts';

const steps = readSteps();
const SHOTS = path.resolve('tests/artifacts/screenshots');

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const site = useSite({ browser: { reducedMotion: 'reduce' } });

/** What a reader would notice is wrong with the step on screen, one line each. */
async function findReadingProblems(page: Page, id: string): Promise<string[]> {
  return page.evaluate((stepId) => {
    const problems: string[] = [];
    type Box = { left: number; right: number; top: number; bottom: number };
    const overlap = (a: Box, b: Box) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const inside = (a: Box, b: Box) =>
      a.left >= b.left - 0.5 &&
      a.right <= b.right + 0.5 &&
      a.top >= b.top - 0.5 &&
      a.bottom <= b.bottom + 0.5;
    const name = (e: Element) => `"${e.textContent?.trim().slice(0, 30)}"`;
    const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };

    // The step's heading: on screen and not under the sticky graphic.
    const title = document.getElementById(`title-${stepId}`);
    const t = title?.getBoundingClientRect();
    const under = t && document.elementFromPoint(t.left + 4, t.top + t.height / 2);
    if (!t || !title || !under || !title.contains(under))
      problems.push('the step heading is not readable');

    // The graphic's panel: what it clips is lost to the reader.
    const panel = document.querySelector('.graphic-col') ?? document.body;
    const clip = panel.getBoundingClientRect();
    const visible = {
      left: Math.max(clip.left, 0),
      right: Math.min(clip.right, screen.right),
      top: Math.max(clip.top, 0),
      bottom: Math.min(clip.bottom, screen.bottom),
    };

    // Map: every place of the step is drawn inside the map, on screen, on top.
    const map = document.querySelector('svg.map');
    const mapBox = map?.getBoundingClientRect();
    if (!map || !mapBox) problems.push('no map');
    for (const marker of document.querySelectorAll('svg.map [data-place]')) {
      const r = marker.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      // Places a few kilometres apart (Baku, Sumgait) may share a spot: only
      // another place's marker may cover one.
      const onTop = hit === marker || !!hit?.matches('svg.map [data-place]');
      if (!mapBox || !inside(r, mapBox) || !inside(r, visible) || !onTop) {
        problems.push(
          `place ${marker.getAttribute('data-place')} is off the map or covered (${hit?.tagName})`,
        );
      }
    }
    const labels = [...document.querySelectorAll('svg.map .labels text:not(.halo)')];
    for (const [i, a] of labels.entries()) {
      const ra = a.getBoundingClientRect();
      if (mapBox && !inside(ra, mapBox)) problems.push(`map label ${name(a)} leaves the map`);
      for (const b of labels.slice(i + 1)) {
        if (overlap(ra, b.getBoundingClientRect()))
          problems.push(`map labels ${name(a)} and ${name(b)} collide`);
      }
    }

    // Timeline: all of it on screen, its words apart from each other and inside it.
    const timeline = document.querySelector('svg.timeline');
    const tl = timeline?.getBoundingClientRect();
    if (!timeline || !tl) problems.push('no timeline');
    else if (!inside(tl, visible))
      problems.push(`the timeline is cut off (${Math.round(tl.top)}–${Math.round(tl.bottom)})`);
    const words = [...document.querySelectorAll('svg.timeline text')].filter((e) =>
      e.textContent?.trim(),
    );
    for (const [i, a] of words.entries()) {
      const ra = a.getBoundingClientRect();
      if (tl && (ra.left < tl.left - 0.5 || ra.right > tl.right + 0.5))
        problems.push(`timeline text ${name(a)} is cut off`);
      for (const b of words.slice(i + 1)) {
        if (overlap(ra, b.getBoundingClientRect()))
          problems.push(`timeline texts ${name(a)} and ${name(b)} collide`);
      }
    }
    return problems;
  }, id);
}

describe.each(VIEWPORTS)('on a $name ($width px)', ({ width, height }) => {
  const tab = openStory(site, { viewport: { width, height } });

  it.each(steps.map((s, i) => [s.id, i]))(
    'step %s reads well: places on the map, labels apart, the whole timeline on screen (screenshot saved)',
    async (id, i) => {
      await scrollToStep(tab.page, id);
      await waitForGraphicToSettle(tab.page);
      const file = `${width}-${String(i + 1).padStart(2, '0')}-${id}.png`;
      await tab.page.screenshot({ path: path.join(SHOTS, file) });
      expect(await findReadingProblems(tab.page, id)).toEqual([]);
    },
  );

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});

// Three steps (first, middle, last) in the light and the dark theme, side by
// side in tests/artifacts/screenshots/ for people to compare: one desktop
// page, switched between the reader's system settings.
describe('three steps in both themes, on a desktop', () => {
  const desktop = VIEWPORTS.find((v) => v.name === 'desktop')!;
  const tab = openStory(site, { viewport: desktop });
  const chosen = [0, Math.floor(steps.length / 2), steps.length - 1].map((i): [string, number] => [
    steps[i]!.id,
    i,
  ]);

  it.each(chosen)(
    'step %s, light then dark: both read well, and the dark one is painted dark (screenshots saved)',
    async (id, i) => {
      await scrollToStep(tab.page, id);
      const shots: Buffer[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await tab.page.emulateMedia({ colorScheme: scheme });
        await waitForGraphicToSettle(tab.page);
        const file = `theme-${scheme}-${desktop.width}-${String(i + 1).padStart(2, '0')}-${id}.png`;
        shots.push(await tab.page.screenshot({ path: path.join(SHOTS, file) }));
        expect(await findReadingProblems(tab.page, id)).toEqual([]);
        expect(
          await tab.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
        ).toBe(scheme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(255, 255, 255)');
      }
      expect(shots[0]!.equals(shots[1]!)).toBe(false);
    },
  );
});
