/**
 * Failing networks and assets, against the built site: map shapes that
 * 404 or arrive damaged, a script bundle that never arrives, and a slow 3G
 * connection. The text, the timeline and the table keep working, the map
 * panel says it could not load, and nothing shifts while assets arrive.
 * Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markupToPlainText } from '../../src/lib/format/markup.ts';
import { scrollToStep, waitForStory, watchPage } from '../helpers/browser.ts';
import {
  emulateSlow3G,
  normalizeSpace,
  readLayoutShift,
  readRealData,
  readStepTexts,
  recordLayoutShifts,
} from '../helpers/security.ts';
import { useSite } from '../helpers/site.ts';
import type { Override } from '../helpers/staticServer.ts';
import { DIST } from '../helpers/story.ts';

const { steps, events } = readRealData();
const GEOMETRY = '/geo/region.js';

const site = useSite();

const validGeometry = readFileSync(path.join(DIST, 'geo/region.js'), 'utf8');

const FAILURES: [string, Override][] = [
  ['answer 404', { status: 404, body: '<!doctype html><p>Not found', type: 'text/html' }],
  ['are cut off halfway', { body: validGeometry.slice(0, validGeometry.length / 2) }],
  [
    'hold shapes with broken numbers',
    {
      body: validGeometry.replace(/"arcs":\[\[/, '"arcs":[["x",'),
    },
  ],
  ['are an error page served as 200', { body: '<!doctype html><p>Oops', type: 'text/html' }],
];

/** The map panel's failure message, with no map drawn. */
async function expectMapFailed(page: Page) {
  const failed = page.locator('.map-failed');
  await failed.waitFor();
  expect(await failed.getAttribute('role')).toBe('status');
  expect(await failed.textContent()).toMatch(/could not load/i);
  expect(await page.locator('svg.map').count()).toBe(0);
}

describe.each(FAILURES)('when the map shapes %s', (_name, failure) => {
  beforeAll(() => site.server.override(GEOMETRY, failure));
  afterAll(() => site.server.override(GEOMETRY, null));

  it('the story says the map could not load, and its text, timeline and table work', async () => {
    const page = await site.browser.context.newPage();
    const { foreignRequests } = watchPage(page, [site.server.origin]);
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    await page.goto(site.server.url);
    await waitForStory(page);
    await expectMapFailed(page);

    // The steps still move the story on.
    const target = steps.find((s, i) => i > 0 && s.timeline.highlight.length > 0) ?? steps[0]!;
    await scrollToStep(page, target.id);
    await expectMapFailed(page);
    const texts = await readStepTexts(page);
    for (const step of steps) {
      expect(texts[step.id], step.id).toContain(normalizeSpace(markupToPlainText(step.text)));
    }

    // The timeline opens an event's details: one the step highlights, so it stays in range.
    const event = events.find((e) => e.id === target.timeline.highlight[0])!;
    const mark = page.locator(`[data-event-id="${event.id}"]`);
    await mark.focus();
    await page.locator(`[data-event-id="${event.id}"][aria-pressed="true"]`).waitFor();
    const figure = page.locator('figure', { has: page.locator('svg.timeline') });
    expect(normalizeSpace((await figure.textContent()) ?? '')).toContain(
      normalizeSpace(markupToPlainText(event.title)),
    );

    // The table lists every event.
    expect(await page.locator('#all-events tbody tr').count()).toBe(events.length);
    // Only the damaged file itself may fail: the app's own code throws nothing.
    expect(pageErrors.map((e) => e.stack ?? e.message).join('\n')).not.toMatch(/assets\//);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('the map embed says the map could not load, and the timeline embed works', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}embed.html?view=map&step=${steps[0]!.id}`);
    await expectMapFailed(page);
    // A step that highlights events, so the timeline has something of its own to show.
    const step = steps.find((s) => s.timeline.highlight.length > 0)!;
    await page.goto(`${site.server.url}embed.html?view=timeline&step=${step.id}`);
    // The mounted view, not the pre-rendered story it replaces after the first paint.
    await page.locator('main[data-view="timeline"] svg.timeline [data-event-id]').first().waitFor();
    const shown = await page.evaluate(() => ({
      marks: document.querySelectorAll('svg.timeline [data-event-id]').length,
      highlighted: [...document.querySelectorAll('svg.timeline [data-highlighted="true"]')]
        .map((m) => m.getAttribute('data-event-id'))
        .sort(),
      failed: document.querySelectorAll('.map-failed').length,
    }));
    expect(shown.marks).toBeGreaterThanOrEqual(step.timeline.highlight.length);
    expect(shown.highlighted).toEqual([...step.timeline.highlight].sort());
    expect(shown.failed).toBe(0);
    await page.close();
  });
});

describe('when the script bundle does not arrive', () => {
  // The script the page really loads, as index.html names it.
  const bundle = /<script defer src="\.?\/?(assets\/[^"]+\.js)"/.exec(
    readFileSync(path.join(DIST, 'index.html'), 'utf8'),
  )?.[1];
  beforeAll(() => {
    expect(bundle).toBeDefined();
    site.server.override(`/${bundle}`, { status: 404, body: 'Not found' });
  });
  afterAll(() => site.server.override(`/${bundle}`, null));

  it('the pre-rendered story still shows every step and the first map', async () => {
    const page = await site.browser.context.newPage();
    const missing = page.waitForResponse((r) => r.url().endsWith(`/${bundle}`));
    await page.goto(site.server.url);
    expect((await missing).status()).toBe(404);
    // Nothing hydrated: what follows is the pre-rendered page alone.
    expect(await page.evaluate(() => document.documentElement.dataset.activeStep ?? null)).toBe(
      null,
    );
    const texts = await readStepTexts(page);
    for (const step of steps) {
      expect(texts[step.id], step.id).toContain(normalizeSpace(markupToPlainText(step.text)));
    }
    expect(await page.locator('svg.map path').count()).toBeGreaterThan(0);
    expect(await page.locator('#all-events tbody tr').count()).toBe(events.length);
    await page.close();
  });
});

describe('when the story data (data/story.js) does not arrive, or arrives damaged', () => {
  it.each([
    ['answers 404', { status: 404, body: 'Not found', type: 'text/plain' }],
    ['is cut short', { body: 'self.__storyData=JSON.parse(\'{"ok":true,"dataset":{' }],
  ] as [string, Override][])(
    'data/story.js %s: the pre-rendered story stays, readable, and says why in the console',
    async (_, override) => {
      site.server.override('/data/story.js', override);
      const page = await site.browser.context.newPage();
      const { errors } = watchPage(page, [site.server.origin]);
      try {
        await page.goto(site.server.url);
        // The page's scripts load at the reader's first scroll, tap or key, after its first
        // paint (src/boot.ts): the reader presses a key, then the message that says the
        // data did not load is awaited.
        await page.keyboard.press('Shift');
        await expect
          .poll(() => errors.some((e) => e.includes('data/story.js')), { timeout: 15_000 })
          .toBe(true);
        const texts = await readStepTexts(page);
        for (const step of steps) {
          expect(texts[step.id], step.id).toContain(normalizeSpace(markupToPlainText(step.text)));
        }
        expect(await page.locator('svg.map path').count()).toBeGreaterThan(0);
        // Not hydrated, and no crash: one message naming the missing file.
        expect(
          await page.evaluate(() => document.documentElement.dataset.activeStep ?? null),
        ).toBeNull();
        expect(errors.some((e) => e.includes('data/story.js'))).toBe(true);
        expect(errors.filter((e) => /TypeError|ReferenceError/.test(e))).toEqual([]);
      } finally {
        site.server.override('/data/story.js', null);
        await page.close();
      }
    },
  );
});

describe('on a slow 3G connection', () => {
  it('nothing shifts while the styles, the script and the map shapes arrive (phone)', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await recordLayoutShifts(page);
    await emulateSlow3G(site.browser.context, page);
    await page.goto(site.server.url, { timeout: 90_000 });
    await waitForStory(page);
    await page.locator('svg.map path').first().waitFor();
    // Everything has arrived and the story has hydrated and measured itself.
    await page.waitForLoadState('networkidle', { timeout: 90_000 });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(await readLayoutShift(page)).toBeLessThan(0.01);

    // The measurement works: a block pushed in above the text is a shift.
    // At the top, with scroll anchoring off: otherwise Chromium may scroll
    // the content back into place and report (almost) no shift at all.
    // Wait for a new entry: the load may already have recorded a small one.
    const before = await readLayoutShift(page);
    const entries = await page.evaluate(() => (window.__layoutShifts ?? []).length);
    await page.evaluate(() => {
      document.documentElement.style.overflowAnchor = 'none';
      window.scrollTo(0, 0);
      const block = document.createElement('div');
      block.style.height = '300px';
      document.body.prepend(block);
    });
    await page.waitForFunction((n) => (window.__layoutShifts ?? []).length > n, entries);
    expect((await readLayoutShift(page)) - before).toBeGreaterThan(0.01);
    await page.close();
  });
});
