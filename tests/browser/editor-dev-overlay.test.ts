/**
 * The editor's live preview (`npm run dev`), on a copy of data/: saving a
 * broken file replaces the story with an overlay that lists every problem,
 * located (file:line:column), with its field, what is wrong and how to fix
 * it; fixing the files brings the story back; a valid change shows up
 * without anyone touching the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import { launchBrowser, waitForStory, watchPage, type Browser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/devServer.ts';

let dev: DevServer;
let browser: Browser;
let page: Page;
let watched: ReturnType<typeof watchPage>;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServer(), launchBrowser()]);
  page = await browser.context.newPage();
  watched = watchPage(page, [new URL(dev.url).origin]);
  await page.goto(dev.url);
  await waitForStory(page);
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

/** 1-based line and column of `index` in `text`. */
function locate(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

interface ShownProblem {
  severity: string;
  where: string;
  field: string;
  facts: Record<string, string>;
}

/** What the page shows now: the overlay's problems, or null when the story is showing. */
async function readOverlay(p: Page): Promise<ShownProblem[] | null> {
  return p.evaluate(() => {
    const overlay = document.querySelector('[data-testid="data-problems"]');
    if (!overlay) return null;
    return [...overlay.querySelectorAll('li.problem')].map((li) => {
      const facts: Record<string, string> = {};
      for (const dt of li.querySelectorAll('dt')) {
        facts[dt.textContent?.trim() ?? ''] = dt.nextElementSibling?.textContent?.trim() ?? '';
      }
      return {
        // As the editor reads it: the word at the head of the entry, not a class name.
        severity: li.querySelector('strong')?.textContent?.trim().toLowerCase() ?? '',
        where: li.querySelector('.where code')?.textContent?.trim() ?? '',
        field: facts['Field'] ?? '',
        facts,
      };
    });
  });
}

/** The errors a read meets while the dev server reloads the page; any other error is a real one. */
const RELOADING =
  /Execution context was destroyed|navigation|Cannot find context with specified id/i;

/**
 * Waits (through the reloads the dev server sends) until `check` accepts
 * what the page shows, and fails saying what it shows instead. Only the
 * errors of a page in the middle of reloading are retried.
 */
async function waitForPage<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  label: string,
): Promise<T> {
  let last: T | undefined;
  for (let tries = 0; tries < 300; tries++) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      if (!RELOADING.test(String(error))) throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${label}; the page shows ${JSON.stringify(last)}`);
}

const headline = () =>
  page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? null);

describe('the dev overlay', () => {
  let originalEvents: string;
  let originalPlaces: string;
  /** Where the broken latitude is, e.g. places[2].lat: set by the test that breaks it. */
  let latField = '';

  it('shows the story from data/ to begin with', async () => {
    expect(await readOverlay(page)).toBeNull();
    const story = JSON.parse(dev.read('story.json')) as { headline: string };
    expect(await headline()).toBe(story.headline);
  });

  it('lists every problem, located, when two files are saved broken', async () => {
    originalEvents = dev.read('events.json');
    originalPlaces = dev.read('places.json');
    // A comma deleted in events.json (bad JSON) and a latitude typed as text in places.json (bad field).
    const comma = originalEvents.indexOf('"kind": "order",\n') + '"kind": "order"'.length;
    const brokenEvents = originalEvents.slice(0, comma) + originalEvents.slice(comma + 1);
    const nextKey = brokenEvents.indexOf('"', comma);
    // Kyiv's latitude, wherever the editors keep Kyiv in the file.
    const places = (JSON.parse(originalPlaces) as { places: { id: string; lat: number }[] }).places;
    const kyivIndex = places.findIndex((p) => p.id === 'kyiv');
    const kyivLat = places[kyivIndex]!.lat;
    latField = `places[${kyivIndex}].lat`;
    const kyivAt = originalPlaces.indexOf('"id": "kyiv"');
    const latAt = originalPlaces.indexOf(`"lat": ${kyivLat}`, kyivAt);
    expect(kyivIndex).toBeGreaterThanOrEqual(0);
    expect(latAt).toBeGreaterThan(kyivAt);
    const brokenPlaces =
      originalPlaces.slice(0, latAt) +
      `"lat": "${kyivLat}"` +
      originalPlaces.slice(latAt + `"lat": ${kyivLat}`.length);
    const latValue = brokenPlaces.indexOf(`"${kyivLat}"`, kyivAt);
    dev.write('events.json', brokenEvents);
    dev.write('places.json', brokenPlaces);

    const shown = await waitForPage(
      () => readOverlay(page),
      (s) => s?.length === 2,
      'expected the overlay with two problems',
    );
    const at = locate(brokenEvents, nextKey);
    const end = locate(brokenEvents, comma - 1);
    const lat = locate(brokenPlaces, latValue);
    expect(shown).toEqual([
      {
        severity: 'error',
        where: `data/events.json:${at.line}:${at.column}`,
        field: '(the whole file)',
        facts: {
          Field: '(the whole file)',
          'What is wrong': 'expected a comma or }',
          'How to fix it': `a comma may be missing after the previous value, which ends at line ${end.line}, column ${end.column}`,
        },
      },
      {
        severity: 'error',
        where: `data/places.json:${lat.line}:${lat.column}`,
        field: latField,
        facts: {
          Field: latField,
          'What is wrong': `must be a number, not the text "${kyivLat}"`,
          'How to fix it': `write ${kyivLat} without quotes (no "M", no thousands separators)`,
        },
      },
    ]);
    // Exactly what `npm run check:data` reports for the same files.
    const report = loadDataDir(dev.dataDir).problems;
    expect(shown?.map((s) => `${s.where} ${s.facts['What is wrong']}`)).toEqual(
      report.map((p) => `data/${p.file}:${p.line}:${p.column} ${p.message}`),
    );
    expect(await headline()).toBe('The story cannot show: data/ has 2 errors');
    // The download links say why there is nothing to download, rather than serving a stale file.
    const csv = await fetch(`${dev.url}data/aid-events.csv`);
    expect(csv.status).toBe(503);
    expect(await csv.text()).toContain(`data/places.json:${lat.line}:${lat.column}  ${latField}`);
  });

  it('drops a problem from the list as soon as its file is fixed, and shows the warnings it hid', async () => {
    dev.write('events.json', originalEvents);
    const shown = await waitForPage(
      () => readOverlay(page),
      (s) => s !== null && s.filter((p) => p.severity === 'error').length === 1,
      'expected the overlay with one error left',
    );
    expect(shown?.[0]).toMatchObject({ severity: 'error', field: latField });
    // With events.json readable again, its warnings come back too, after the error and marked as warnings.
    const warnings = loadDataDir(dev.dataDir).problems.filter((p) => p.severity === 'warning');
    expect(shown?.slice(1).map((s) => [s.severity, s.where, s.field])).toEqual(
      warnings.map((p) => ['warning', `data/${p.file}:${p.line}:${p.column}`, p.path]),
    );
    expect(await headline()).toBe('The story cannot show: data/ has 1 error');
  });

  it('brings the story back when the last problem is fixed', async () => {
    dev.write('places.json', originalPlaces);
    await waitForPage(
      () => readOverlay(page),
      (s) => s === null,
      'expected the story instead of the overlay',
    );
    await waitForStory(page);
    const story = JSON.parse(dev.read('story.json')) as { headline: string };
    expect(await headline()).toBe(story.headline);
  });

  it('follows a valid change: a reworded step title shows without touching the page', async () => {
    const steps = JSON.parse(dev.read('steps.json')) as { steps: { id: string; title: string }[] };
    const first = steps.steps[0]!;
    const title = 'A reworded title, saved in the dev server';
    dev.edit('steps.json', (text) =>
      text.replace(JSON.stringify(first.title), JSON.stringify(title)),
    );
    // The wait is the assertion: it fails naming the title the page shows instead.
    await waitForPage(
      () =>
        page.evaluate(
          (id) => document.getElementById(`title-${id}`)?.textContent?.trim() ?? null,
          first.id,
        ),
      (t) => t === title,
      'expected the new step title',
    );
  });

  it("follows a valid change in the downloads: an event's corrected title is in the CSV", async () => {
    const events = JSON.parse(dev.read('events.json')) as {
      events: { id: string; title: string }[];
    };
    const event = events.events[1]!;
    const title = 'A corrected title, saved in the dev server';
    const csvTitle = async () => {
      const rows = Papa.parse<Record<string, string>>(
        await (await fetch(`${dev.url}data/aid-events.csv`)).text(),
        { header: true, skipEmptyLines: true },
      ).data;
      return rows.find((r) => r.id === event.id)?.title;
    };
    expect(await csvTitle()).toBe(event.title);
    dev.edit('events.json', (text) =>
      text.replace(JSON.stringify(event.title), JSON.stringify(title)),
    );
    // The wait is the assertion: it fails naming the title the CSV has instead.
    await waitForPage(csvTitle, (t) => t === title, 'expected the new title in the CSV');
  });

  it('threw no errors in the page while the data was broken and fixed', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
