/**
 * What an editor's change to data/ does to the built story, with no code
 * change: each scenario edits a copy of data/, builds it as `npm run build`
 * would, and checks what a reader then sees on the map, on the timeline and
 * in the downloads, against a build of the unchanged copy.
 *
 * 1. The next shipment (a hypothetical one, April 2026) to a new place, Lviv.
 * 2. The same, plus a step that focuses on it.
 * 3. A corrected amount, published before: with its entry in corrections.json,
 *    the page's Corrections section and "Corrected on" links, and the downloads.
 * 4. A source removed while events still cite it: the build refuses, naming them.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AidEvent, Correction, Place, Source, Step } from '../../src/data/schema.ts';
import { PUBLISHED_FILE, type PublishedSnapshot } from '../../src/data/publishedSchema.ts';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import {
  buildWithData,
  requireDist,
  useBuildWithData,
  type BuildCopy,
  type DataFiles,
} from '../helpers/buildCopy.ts';
import {
  launchBrowser,
  runAxe,
  scrollToStep,
  waitForStory,
  watchPage,
  type Browser,
} from '../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.ts';
import { readGraphic, waitForGraphicToSettle } from '../helpers/story.ts';
import { axisSpan, axisTimeAt, readTimeline } from '../helpers/readTimeline.ts';

// ── The editor's changes ────────────────────────────────────────────────────

const LVIV: Place = {
  id: 'lviv',
  name: 'Lviv',
  lon: 24.03,
  lat: 49.84,
  country: 'UA',
  kind: 'city',
  label: 'left',
};

const NEW_SOURCE: Source = {
  id: 'example-agency-2026-04',
  publisher: 'Example Agency',
  title: 'Hypothetical report: twelve trucks leave Sumgait for Lviv',
  url: 'https://example.org/hypothetical-convoy-2026-04',
  published: '2026-04',
  kind: 'news-agency',
};

const SHIPMENT: AidEvent = {
  id: 'convoy-2026-04-lviv',
  date: '2026-04',
  kind: 'shipment',
  title: 'Hypothetical convoy: 12 trucks leave Sumgait for Lviv',
  text: 'A test shipment, not a real one: twelve trucks with 40 transformers leave Sumgait Technology Park for Lviv.',
  amount: { value: 1_500_000, currency: 'USD', qualifier: 'about' },
  cargo: [
    { item: 'trucks', quantity: 12, qualifier: 'exact' },
    { item: 'transformers', quantity: 40, qualifier: 'exact' },
  ],
  origin: 'sumgait-technology-park',
  destination: 'lviv',
  sources: [{ source: NEW_SOURCE.id, excerpt: 'twelve trucks left for Lviv' }],
};

const LVIV_STEP: Step = {
  id: 'april-2026-lviv',
  title: 'April 2026: a convoy to Lviv',
  text: 'Twelve trucks carry 40 transformers from Sumgait to Lviv, the first convoy to name a city.',
  map: {
    extent: ['sumgait-technology-park', 'lviv'],
    countries: ['AZ', 'UA'],
    places: ['sumgait-technology-park', 'lviv'],
    flows: [SHIPMENT.id],
    flowWeight: 'trucks',
  },
  timeline: {
    from: '2026-01',
    to: '2026-05',
    highlight: [SHIPMENT.id],
    series: ['orders', 'shipments', 'cargo'],
  },
};

function addShipment(files: DataFiles): void {
  files['places.json'].places.push(LVIV);
  files['sources.json'].sources.push(NEW_SOURCE);
  files['events.json'].events.push(SHIPMENT);
}

const CORRECTED = { id: 'total-2025-08-13', value: 44_500_000 };

/** The published snapshot of data/ (committed), which the correction must answer. */
const SNAPSHOT = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../data', PUBLISHED_FILE), 'utf8'),
) as PublishedSnapshot;

function correctAmount(files: DataFiles): void {
  const event = files['events.json'].events.find((e) => e.id === CORRECTED.id);
  if (!event?.amount) throw new Error(`data/ has no amount for ${CORRECTED.id}`);
  event.amount.value = CORRECTED.value;
}

/**
 * The correction an editor adds for it (data/README.md, "Make a
 * correction"), dated the day of the snapshot or of the last update,
 * whichever is later, so that it is neither before the publication nor
 * after "last updated".
 */
function addCorrection(files: DataFiles, stepId: string): Correction {
  const story = files['story.json'];
  const date = [SNAPSHOT.published, story.lastUpdated].sort().at(-1)!;
  story.lastUpdated = date;
  const correction: Correction = {
    id: 'total-2025-08-amount',
    date,
    wrong: 'The story gave the running total of 13 August 2025 as more than $44 million.',
    now: 'It is more than $44.5 million (a test correction, not a real one).',
    records: { events: [CORRECTED.id], steps: [stepId] },
  };
  // Alone in the log, so the test reads only its own entry (data/ may hold real ones).
  files['corrections.json'].corrections = [correction];
  return correction;
}

const REMOVED_SOURCE = 'trend-2025-08-13';

// ── Reading the built story ─────────────────────────────────────────────────

interface Site {
  build: BuildCopy;
  server: StaticServer;
  page: Page;
  errors: string[];
}

let browser: Browser;
const sites: Site[] = [];

async function open(build: BuildCopy, width = 1280, height = 800): Promise<Site> {
  const server = await startStaticServer(requireDist(build));
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  const { errors } = watchPage(page, [server.origin]);
  // These tests read where things end up, not how they move there.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url);
  await waitForStory(page);
  const site = { build, server, page, errors };
  sites.push(site);
  return site;
}

async function showStep(site: Site, id: string) {
  await scrollToStep(site.page, id);
  await waitForGraphicToSettle(site.page);
  return { graphic: await readGraphic(site.page), timeline: await readTimeline(site.page) };
}

type Row = Record<string, string>;

async function downloadCsv(site: Site): Promise<Row[]> {
  const response = await fetch(`${site.server.url}data/aid-events.csv`);
  expect(response.status).toBe(200);
  const parsed = Papa.parse<Row>(await response.text(), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function downloadJson(site: Site): Promise<string> {
  const response = await fetch(`${site.server.url}data/aid-events.json`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The reader's row for an event in "All events and sources". */
async function tableRow(site: Site, id: string): Promise<string | null> {
  return site.page.evaluate(
    (eventId) =>
      document.querySelector(`[id="event-${eventId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ??
      null,
    id,
  );
}

function cargoCount(caption: string | undefined): number {
  // "Trucks: at least 126 in the reports that give a figure", "Generators: 36 shipped in all"
  const match = /^[^:]+: (?:about |more than |at least )?([\d,]+)/.exec(caption ?? '');
  if (!match?.[1]) throw new Error(`no count in the cargo caption "${caption}"`);
  return Number(match[1].replace(/,/g, ''));
}

const APRIL_2026: [number, number] = [Date.UTC(2026, 3, 1), Date.UTC(2026, 4, 1)];

// ── The builds ──────────────────────────────────────────────────────────────

let baseline: Site;
let baselineSteps: Step[];

beforeAll(async () => {
  browser = await launchBrowser();
  const build = await buildWithData((files) => {
    baselineSteps = structuredClone(files['steps.json'].steps);
  });
  baseline = await open(build);
});

afterAll(async () => {
  for (const site of sites) {
    await site.page.close();
    await site.server.close();
    site.build.dispose();
  }
  await browser?.close();
});

/** The last step whose timeline keeps the default range (the whole data) and shows shipments. */
function wholeRangeStep(): Step {
  const step = baselineSteps.findLast(
    (s) => !s.timeline.from && !s.timeline.to && s.timeline.series.includes('shipments'),
  );
  if (!step) throw new Error('data/steps.json has no step showing every shipment');
  return step;
}

/** A step that draws the cargo charts. */
function cargoStep(): Step {
  const step = baselineSteps.find((s) => s.timeline.series.includes('cargo'));
  if (!step) throw new Error('data/steps.json has no step with the cargo charts');
  return step;
}

describe('1. the next shipment, to a new place (Lviv), with no new step', () => {
  let site: Site;

  beforeAll(async () => {
    site = await open(await buildWithData(addShipment));
  });

  it('builds with no new problem', () => {
    expect(site.build.problems).toEqual(baseline.build.problems);
  });

  it('timeline: the axis of the whole story now reaches April 2026, and the shipment is on it', async () => {
    const step = wholeRangeStep();
    const before = (await showStep(baseline, step.id)).timeline;
    const after = (await showStep(site, step.id)).timeline;
    expect(axisSpan(before)[1]).toBeLessThan(APRIL_2026[0]);
    expect(axisSpan(after)[1]).toBeGreaterThanOrEqual(APRIL_2026[1] - 86_400_000);
    const mark = after.marks.find((m) => m.id === SHIPMENT.id);
    expect(mark).toMatchObject({ highlighted: false });
    const when = axisTimeAt(after, mark!.x);
    expect(when).toBeGreaterThanOrEqual(APRIL_2026[0]);
    expect(when).toBeLessThan(APRIL_2026[1]);
    expect(mark!.label).toBe(
      'April 2026, shipment: Hypothetical convoy: 12 trucks leave Sumgait for Lviv (about $1.5 million; 12 trucks; 40 transformers)',
    );
  });

  it('timeline: the cargo charts add the 12 trucks and 40 transformers', async () => {
    const step = cargoStep();
    const before = (await showStep(baseline, step.id)).timeline.cargo;
    const after = (await showStep(site, step.id)).timeline.cargo;
    expect(cargoCount(after.trucks)).toBe(cargoCount(before.trucks) + 12);
    expect(cargoCount(after.transformers)).toBe(cargoCount(before.transformers) + 40);
    expect(after['cable-km']).toBe(before['cable-km']);
  });

  it('map: no step asks for Lviv yet, so every step draws what it drew before', async () => {
    for (const step of [wholeRangeStep(), baselineSteps[0]!]) {
      const before = (await showStep(baseline, step.id)).graphic;
      const after = (await showStep(site, step.id)).graphic;
      expect(after).toEqual(before);
      expect(after.places).not.toContain('lviv');
      expect(after.flows).not.toContain(SHIPMENT.id);
    }
  });

  it('downloads: the CSV and JSON have the shipment, with its amount, place and source', async () => {
    const before = await downloadCsv(baseline);
    const rows = await downloadCsv(site);
    expect(rows.length).toBe(before.length + 1);
    expect(rows.find((r) => r.id === SHIPMENT.id)).toMatchObject({
      date: '2026-04',
      date_precision: 'month',
      kind: 'shipment',
      amount_value: '1500000',
      amount_currency: 'USD',
      amount_qualifier: 'about',
      amount_usd: '1500000',
      origin: 'Sumgait Technology Park',
      destination: 'Lviv',
      cargo: 'trucks: exact 12; transformers: exact 40',
      source_ids: NEW_SOURCE.id,
      source_urls: NEW_SOURCE.url,
    });
    // The newest dated event comes last (rows are in date order; undated claims follow them).
    expect(rows.filter((r) => r.date !== 'undated').at(-1)?.id).toBe(SHIPMENT.id);
    expect(await downloadJson(site)).toContain(`"${SHIPMENT.id}"`);
  });

  it('table of all events: the shipment is listed with its date, amount and source', async () => {
    expect(await tableRow(baseline, SHIPMENT.id)).toBeNull();
    const row = await tableRow(site, SHIPMENT.id);
    expect(row).toContain('April 2026');
    expect(row).toContain('about $1.5 million');
    expect(row).toContain(NEW_SOURCE.publisher);
  });
});

describe('2. the shipment, and a step that focuses on it', () => {
  let site: Site;
  let phone: Site;

  beforeAll(async () => {
    const build = await buildWithData((files) => {
      addShipment(files);
      files['steps.json'].steps.push(LVIV_STEP);
    });
    site = await open(build);
    phone = await open(build, 375, 740);
  });

  it('builds with no new problem (the new step comes last, in date order)', () => {
    expect(site.build.problems).toEqual(baseline.build.problems);
  });

  it('the step list and the steps gain the new step', async () => {
    const titles = (s: Site) =>
      s.page.evaluate(() =>
        [...document.querySelectorAll('.step-list li a')].map((a) => a.textContent?.trim()),
      );
    expect(await titles(site)).toEqual([
      ...baselineSteps.map((s) => s.title),
      LVIV_STEP.title,
      'Notes on the data',
      'All events and sources',
    ]);
  });

  for (const which of ['desktop', 'phone'] as const) {
    it(`map (${which}): Lviv's marker, inside the panel, and the arc to it`, async () => {
      const { graphic } = await showStep(which === 'desktop' ? site : phone, LVIV_STEP.id);
      expect(graphic).toMatchObject({
        active: LVIV_STEP.id,
        current: [LVIV_STEP.id],
        countries: ['AZ', 'UA'],
        places: ['lviv', 'sumgait-technology-park'],
        placesInView: ['lviv', 'sumgait-technology-park'],
        flows: [SHIPMENT.id],
        highlighted: [SHIPMENT.id],
      });
    });
  }

  it('timeline: the axis covers April 2026 and the shipment is highlighted there', async () => {
    const { timeline } = await showStep(site, LVIV_STEP.id);
    const [start, end] = axisSpan(timeline);
    expect(start).toBeLessThanOrEqual(APRIL_2026[0]);
    expect(end).toBeGreaterThanOrEqual(APRIL_2026[1] - 86_400_000);
    const mark = timeline.marks.find((m) => m.id === SHIPMENT.id);
    expect(mark?.highlighted).toBe(true);
    expect(timeline.marks.filter((m) => m.highlighted).map((m) => m.id)).toEqual([SHIPMENT.id]);
    const when = axisTimeAt(timeline, mark!.x);
    expect(when).toBeGreaterThanOrEqual(APRIL_2026[0]);
    expect(when).toBeLessThan(APRIL_2026[1]);
  });

  it('text: the step reads as written, and its description names Lviv and the convoy', async () => {
    await showStep(site, LVIV_STEP.id);
    const text = await site.page.evaluate(
      (id) => ({
        card: document.querySelector(`[data-step-id="${id}"]`)?.textContent?.replace(/\s+/g, ' '),
        description: document.querySelector('[data-testid="step-description"]')?.textContent,
      }),
      LVIV_STEP.id,
    );
    expect(text.card).toContain(LVIV_STEP.title);
    expect(text.card).toContain(LVIV_STEP.text);
    expect(text.description).toContain('Lviv');
    expect(text.description).toContain('Sumgait Technology Park to Lviv');
  });

  it('the page without JavaScript (pre-rendered) already has the new step', async () => {
    const html = await (await fetch(site.server.url)).text();
    expect(html).toContain(`data-step-id="${LVIV_STEP.id}"`);
    expect(html).toContain(LVIV_STEP.text);
  });

  it('downloads: the CSV row of the shipment', async () => {
    const rows = await downloadCsv(site);
    expect(rows.find((r) => r.id === SHIPMENT.id)).toMatchObject({
      amount_value: '1500000',
      destination: 'Lviv',
    });
  });
});

describe('3. a corrected amount, published before, with its correction', () => {
  let site: Site;
  let step: Step;
  let correction: Correction;

  beforeAll(async () => {
    const found = baselineSteps.find(
      (s) => s.timeline.highlight.includes(CORRECTED.id) && s.timeline.series.includes('totals'),
    );
    if (!found) throw new Error(`no step shows ${CORRECTED.id} on the timeline`);
    step = found;
    const build = await buildWithData(
      (files) => {
        correctAmount(files);
        correction = addCorrection(files, found.id);
      },
      { keepSnapshot: true },
    );
    site = await open(build);
  });

  it('without the correction, check:data warns at the changed amount and says what to add', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'story-correction-'));
    try {
      cpSync(site.build.dataDir, copy, { recursive: true });
      writeFileSync(path.join(copy, 'corrections.json'), '{ "corrections": [] }\n');
      const warnings = loadDataDir(copy).problems.filter((p) => p.code.startsWith('published'));
      expect(warnings.map((p) => [p.severity, p.code, p.file, p.path])).toEqual([
        [
          'warning',
          'published-figure-changed',
          'events.json',
          expect.stringMatching(/\.amount\.value$/),
        ],
      ]);
      expect(warnings[0]?.hint).toContain(`"records": {"events": ["${CORRECTED.id}"]}`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('builds with no new problem; the contradiction warning names the corrected figure', () => {
    const withoutMessages = (s: Site) => s.build.problems.map(({ message: _, ...rest }) => rest);
    expect(withoutMessages(site)).toEqual(withoutMessages(baseline));
    const contradiction = site.build.problems.find((p) => p.code === 'total-contradiction');
    expect(contradiction?.message).toContain(
      `more than $44.5 million (2025-08-13, ${CORRECTED.id})`,
    );
  });

  it('timeline: the total is labelled with the corrected figure, keeping "more than"', async () => {
    const before = (await showStep(baseline, step.id)).timeline.marks.find(
      (m) => m.id === CORRECTED.id,
    );
    const after = (await showStep(site, step.id)).timeline.marks.find((m) => m.id === CORRECTED.id);
    expect(before?.totalLabel).toBe('more than $44m');
    expect(after?.totalLabel).toBe('more than $44.5m');
    expect(after?.label).toContain('more than $44.5 million');
    expect(after?.x).toBe(before?.x);
  });

  it('map: unchanged (a total has no arc)', async () => {
    const before = (await showStep(baseline, step.id)).graphic;
    const after = (await showStep(site, step.id)).graphic;
    expect(after).toEqual(before);
  });

  it('table and downloads: the corrected amount, and only that row changed', async () => {
    expect(await tableRow(site, CORRECTED.id)).toContain('more than $44.5 million');
    const before = await downloadCsv(baseline);
    const after = await downloadCsv(site);
    // Every row carries the data version, the day of the correction.
    const figures = ({ data_version: _, ...row }: Row) => JSON.stringify(row);
    const changed = after.filter((row, i) => figures(row) !== figures(before[i]!));
    expect(changed.map((r) => [r.id, r.amount_value, r.amount_qualifier, r.amount_usd])).toEqual([
      [CORRECTED.id, '44500000', 'more-than', '44500000'],
    ]);
    expect(changed[0]?.corrections).toBe(
      `${correction.date} (${correction.id}): ${correction.now}`,
    );
    expect(new Set(after.map((r) => r.data_version))).toEqual(new Set([correction.date]));
    const json = JSON.parse(await downloadJson(site)) as Record<string, unknown>;
    expect(json.data_version).toBe(correction.date);
    expect(json.corrections).toEqual([correction]);
  });

  it('page: the Corrections section lists the correction; the baseline does not', async () => {
    const section = (s: Site) =>
      s.page.evaluate(
        () =>
          document.getElementById('corrections')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      );
    expect(await section(baseline)).not.toContain(correction.wrong);
    const text = await section(site);
    expect(text).toContain(correction.wrong);
    expect(text).toContain(correction.now);
    // Pre-rendered: readers without JavaScript have it too.
    const html = await (await fetch(site.server.url)).text();
    expect(html).toContain(`id="correction-${correction.id}"`);
  });

  it.each([
    ['the event’s row in the table', `[id="event-${CORRECTED.id}"]`],
    ['the step', () => `[data-step-id="${step.id}"]`],
  ])('page: %s says "Corrected on" and links to the correction', async (_name, where) => {
    const selector = typeof where === 'function' ? where() : where;
    const link = site.page.locator(`${selector} .corrected a`);
    expect(await site.page.locator(`${selector} .corrected`).textContent()).toMatch(/Corrected on/);
    expect(await link.getAttribute('href')).toBe(`#correction-${correction.id}`);
    await link.click();
    await site.page.waitForFunction((id) => {
      const entry = document.getElementById(id);
      const r = entry?.getBoundingClientRect();
      return location.hash === `#${id}` && !!r && r.top >= 0 && r.top < window.innerHeight;
    }, `correction-${correction.id}`);
  });

  it('page: axe-core finds no violation in the Corrections section, the corrected row or the step', async () => {
    for (const context of [
      '#corrections',
      `[id="event-${CORRECTED.id}"]`,
      `[data-step-id="${step.id}"]`,
    ]) {
      expect(await runAxe(site.page, context), context).toEqual([]);
    }
  });

  it('timeline: the event’s details say "Corrected on" and link to the correction', async () => {
    await showStep(site, step.id);
    await site.page.locator(`.timeline [data-event-id="${CORRECTED.id}"]`).focus();
    await site.page.keyboard.press('Enter');
    const link = site.page.locator('.details .corrected a');
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await link.getAttribute('href')).toBe(`#correction-${correction.id}`);
  });

  it('embed card: the step’s "Corrected on" opens the correction in the full story, in a new tab', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${site.server.url}embed.html?view=card&step=${step.id}`);
      // The card is pre-rendered with an in-page link; hydrated, it finds no Corrections section.
      const link = page.locator(`[data-step-id="${step.id}"] .corrected a`);
      await expect
        .poll(() => link.getAttribute('href'), { timeout: 10_000 })
        .toBe(`./#correction-${correction.id}`);
      expect(await link.getAttribute('target')).toBe('_blank');
      const opened = page.context().waitForEvent('page');
      await link.click();
      const story = await opened;
      await story.waitForFunction(
        (id) => document.getElementById(id) !== null,
        `correction-${correction.id}`,
      );
      expect(new URL(story.url()).hash).toBe(`#correction-${correction.id}`);
      await story.close();
    } finally {
      await page.close();
    }
  });

  it('page: the entry links back to the corrected event and step', async () => {
    const hrefs = await site.page.$$eval(`#correction-${correction.id} .changed a`, (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(hrefs.sort()).toEqual([`#${step.id}`, `#event-${CORRECTED.id}`].sort());
    for (const href of hrefs) {
      expect(await site.page.locator(href!).count(), href!).toBe(1);
    }
  });
});

describe('4. a source removed while events still cite it', () => {
  let citing: string[];

  const build = useBuildWithData(
    (files) => {
      citing = files['events.json'].events
        .filter((e) => e.sources.some((c) => c.source === REMOVED_SOURCE))
        .map((e) => e.id);
      files['sources.json'].sources = files['sources.json'].sources.filter(
        (s) => s.id !== REMOVED_SOURCE,
      );
    },
    { buildOnErrors: true },
  );

  it('the build refuses: nothing reaches readers', () => {
    expect(citing.length).toBeGreaterThan(0);
    expect(build.dist).toBeNull();
    expect(build.log).toContain('data/ has errors; nothing was built.');
  });

  it('every citation is an error that names the source and every event citing it', () => {
    const errors = build.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(citing.length);
    const message = `source "${REMOVED_SOURCE}" is not in sources.json; cited by events: ${citing.join(', ')}`;
    for (const error of errors) {
      expect(error).toMatchObject({ code: 'unknown-source', file: 'events.json', message });
      expect(error.path).toMatch(/^events\[\d+\]\.sources\[\d+\]\.source$/);
      expect(error.hint?.toLowerCase()).toContain(
        `add a source with id "${REMOVED_SOURCE}" to sources.json`,
      );
      // The build log carries the same located line an editor can click through to.
      expect(build.log).toContain(
        `data/events.json:${error.line}:${error.column}  ${error.path}  ${message}`,
      );
    }
  });

  it('`npm run check:data` on the copy says the same, and exits with an error', async () => {
    const run = promisify(execFile);
    const root = path.resolve(import.meta.dirname, '../..');
    const result = await run(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-data.ts', build.dataDir],
      { cwd: root },
    ).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`cited by events: ${citing.join(', ')}`);
  });
});

describe('the reader saw no script errors on any of these builds', () => {
  it('has no console or page errors', () => {
    expect(sites.flatMap((s) => s.errors)).toEqual([]);
  });
});
