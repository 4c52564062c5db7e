/**
 * A data set with hundreds of events (built from a copy of data/ with the
 * real events repeated under new ids):
 * - the table of all events shows its first rows, says how many there are
 *   and where the rest are, and shows more on request, by mouse or
 *   keyboard, until every event is listed; with JavaScript off, the first
 *   rows and the pointer to the downloads are there;
 * - a step with more events in view than can be marked one by one counts
 *   them in bars (clusterMarks.ts), losing none, and says so; a step with
 *   few keeps its marks as buttons.
 * The real data, shorter than one page, shows every row and every mark
 * (security-network.test.ts, story-scrolling.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, waitForStory, watchPage } from '../helpers/browser.ts';
import { startLateIsland, waitForGraphicToSettle } from '../helpers/story.ts';
import { requireDist, useBuildWithData } from '../helpers/buildCopy.ts';
import { useSite } from '../helpers/site.ts';
import { FIRST_ROWS, MORE_ROWS } from '../../src/lib/model/pageRows.ts';
import { countShownEvents, isDenseTimeline } from '../../src/lib/timeline/clusterMarks.ts';
import { buildStoryModel, type StoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import { scrollToStep } from '../helpers/browser.ts';

const COPIES = 24;
let total = 0;
let firstIds: string[] = [];

const build = useBuildWithData((files) => {
  const original = files['events.json'].events;
  const copies = Array.from({ length: COPIES - 1 }, (_, n) =>
    original.map((e) => ({ ...e, id: `${e.id}-copy-${n + 1}` })),
  );
  files['events.json'].events = [...original, ...copies.flat()];
  total = files['events.json'].events.length;
  firstIds = files['events.json'].events.map((e) => e.id);
});
const site = useSite({ root: () => requireDist(build) });
const withoutJavaScript = useSite({
  root: () => requireDist(build),
  browser: { javaScriptEnabled: false },
});
const watched: ReturnType<typeof watchPage>[] = [];

afterAll(() => {
  for (const w of watched) {
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  }
});

async function open(javaScript = true): Promise<Page> {
  const { browser, server } = javaScript ? site : withoutJavaScript;
  const page = await browser.context.newPage();
  watched.push(watchPage(page, [server.origin]));
  await page.goto(server.url);
  if (javaScript) {
    await waitForStory(page);
    // The table's "Show more" starts as the reader nears it, with the embed panel.
    await startLateIsland(page, 'event-table');
  }
  return page;
}

const rowCount = (page: Page) => page.locator('#all-events tbody tr').count();
const status = (page: Page) =>
  page
    .locator('#all-events .more p')
    .textContent()
    .then((t) => t?.trim() ?? '');

describe('a table of hundreds of events', () => {
  it('the data copy is longer than two pages, so the test means something', () => {
    expect(total).toBeGreaterThan(FIRST_ROWS + MORE_ROWS);
    expect(new Set(firstIds).size).toBe(total);
  });

  it('shows the first rows, says how many there are, and grows on request until all are listed', async () => {
    const page = await open();
    expect(await rowCount(page)).toBe(FIRST_ROWS);
    expect(await status(page)).toBe(
      `Showing the first ${FIRST_ROWS} of ${total} events. Every event is in the CSV and JSON downloads.`,
    );
    const button = page.locator('#all-events .more button');
    let clicks = 0;
    while ((await button.count()) > 0) {
      const before = await rowCount(page);
      const label = (await button.textContent())?.trim() ?? '';
      const adds = Number(/(\d+)/.exec(label)?.[1]);
      await button.click();
      clicks++;
      await expect.poll(() => rowCount(page)).toBe(Math.min(total, before + adds));
    }
    expect(await rowCount(page)).toBe(total);
    expect(clicks).toBe(Math.ceil((total - FIRST_ROWS) / MORE_ROWS));
    expect(await page.locator('#all-events .more').count()).toBe(0);
    await page.close();
  });

  it('the button works from the keyboard and keeps the focus; the new rows are the next events in order', async () => {
    const page = await open();
    const button = page.locator('#all-events .more button');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rowCount(page)).toBe(FIRST_ROWS + MORE_ROWS);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
      /^Show (\d+ more events|the last \d+ events?)$/,
    );
    const ids = await page
      .locator('#all-events tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.id.replace(/^event-/, '')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => firstIds.includes(id!))).toBe(true);
    expect(await runAxe(page, '#all-events')).toEqual([]);
    await page.close();
  });

  it('without JavaScript: the first rows and where to find the rest', async () => {
    const page = await open(false);
    expect(await rowCount(page)).toBe(FIRST_ROWS);
    expect(await status(page)).toContain(`of ${total} events`);
    expect(await page.locator('a[href="data/aid-events.csv"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a timeline with more events in view than can be marked one by one', () => {
  let model: StoryModel;
  const denseSteps = () =>
    model.steps.filter((s) => isDenseTimeline(model.events, s.range, s.series));
  const sparseSteps = () =>
    model.steps.filter((s) => !isDenseTimeline(model.events, s.range, s.series));

  it('the data copy has steps of both kinds, so the tests below mean something', () => {
    const { dataset } = loadDataDir(build.dataDir);
    expect(dataset).not.toBeNull();
    model = buildStoryModel(dataset!);
    expect(denseSteps().length).toBeGreaterThan(0);
    expect(sparseSteps().length).toBeGreaterThan(0);
  });

  it('a dense step counts its events in bars that add up to every event in view, and says so', async () => {
    const page = await open();
    for (const step of denseSteps()) {
      await scrollToStep(page, step.step.id);
      await waitForGraphicToSettle(page);
      const shown = await page.evaluate(() => ({
        counted: [...document.querySelectorAll<SVGRectElement>('svg.timeline [data-bin-count]')]
          .map((b) => Number(b.dataset.binCount))
          .reduce((a, b) => a + b, 0),
        buttons: document.querySelectorAll('svg.timeline [data-event-id]').length,
        hint: document.querySelector('.graphic .hint')?.textContent?.replace(/\s+/g, ' ').trim(),
      }));
      expect(shown, step.step.id).toEqual({
        counted: countShownEvents(model.events, step.range, step.series),
        buttons: 0,
        hint: 'Too many events in this period to mark one by one: bars count them, and the table of all events lists each.',
      });
    }
    expect(await runAxe(page, 'figure.graphic')).toEqual([]);
    await page.close();
  });

  it('a sparse step keeps one button per event', async () => {
    const page = await open();
    const step = sparseSteps()[0]!;
    await scrollToStep(page, step.step.id);
    await waitForGraphicToSettle(page);
    expect(await page.locator('svg.timeline [data-bin-count]').count()).toBe(0);
    expect(await page.locator('svg.timeline [data-event-id]').count()).toBe(
      countShownEvents(model.events, step.range, step.series),
    );
    await page.close();
  });
});
