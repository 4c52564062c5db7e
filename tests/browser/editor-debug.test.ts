/**
 * The debug view (?debug) on a built copy of data/ that carries a known
 * warning: it draws the trigger line and each step's trigger zone where
 * the step tracker really switches steps, names the active step, and lists
 * the data warnings as `npm run check:data` does. Without ?debug, readers
 * get none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Source } from '../../src/data/schema.ts';
import { scrollToStep, waitForStory, watchPage } from '../helpers/browser.ts';
import { requireDist, useBuildWithData } from '../helpers/buildCopy.ts';
import { useSite } from '../helpers/site.ts';

// A source nothing cites: a warning whatever else the real data holds.
const UNCITED: Source = {
  id: 'example-uncited-source',
  publisher: 'Example Agency',
  title: 'Hypothetical report that no event cites',
  url: 'https://example.org/uncited',
  published: '2026-04',
  kind: 'news-agency',
};

let stepIds: string[];
const watched: ReturnType<typeof watchPage>[] = [];

const build = useBuildWithData((files) => {
  files['sources.json'].sources.push(UNCITED);
  stepIds = files['steps.json'].steps.map((s) => s.id);
});
const site = useSite({ root: () => requireDist(build) });

async function openPage(query: string, width = 1280, height = 800): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  watched.push(watchPage(page, [site.server.origin]));
  await page.goto(`${site.server.url}${query}`);
  await waitForStory(page);
  // The story page lays out what is below its first step after the first
  // paint (layOutLater.ts): its layout is compared once that is done.
  await page.waitForFunction(() => !document.querySelector('[data-lay-out-later]'));
  return page;
}

/** Step tops in page coordinates: the story's layout. */
const stepTops = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('section[data-step-id]')].map(
      (s) => s.getBoundingClientRect().top + window.scrollY,
    ),
  );

interface DebugState {
  line: number;
  zones: { id: string; top: number; bottom: number; active: boolean }[];
  active: string;
  panel: string;
}

const readDebug = (page: Page): Promise<DebugState> =>
  page.evaluate(() => {
    const line = document.querySelector('[data-debug-trigger-line]')?.getBoundingClientRect().top;
    return {
      line: line ?? NaN,
      zones: [...document.querySelectorAll<HTMLElement>('[data-debug-zone]')].map((z) => {
        const r = z.getBoundingClientRect();
        return {
          id: z.dataset.debugZone ?? '',
          top: r.top,
          bottom: r.bottom,
          active: z.dataset.active === 'true',
        };
      }),
      active: document.querySelector<HTMLElement>('[data-debug-active]')?.dataset.debugActive ?? '',
      panel:
        document.querySelector('[data-debug-overlay]')?.textContent?.replace(/\s+/g, ' ') ?? '',
    };
  });

describe('without ?debug', () => {
  it('readers see no debug view', async () => {
    const page = await openPage('');
    const found = await page.evaluate(
      () =>
        document.querySelectorAll(
          '[data-debug-overlay], [data-debug-zones], [data-debug-trigger-line]',
        ).length,
    );
    expect(found).toBe(0);
    await page.close();
  });
});

describe.each([
  { name: 'desktop', width: 1280, height: 800, ratio: 0.5 },
  { name: 'phone', width: 375, height: 740, ratio: 0.75 },
])('with ?debug on a $name', ({ width, height, ratio }) => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage('?debug', width, height);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('is styled: the story page links only its own styles, and the mounted app adds the rest', async () => {
    const styles = await page.evaluate(() => ({
      sheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
        (l.getAttribute('href') ?? '').replace(/-[\w-]+\.css$/, ''),
      ),
      panel: getComputedStyle(document.querySelector('[data-debug-overlay]')!).position,
    }));
    expect(styles).toEqual({ sheets: ['./assets/story', './assets/style'], panel: 'fixed' });
  });

  it(`draws the trigger line at ${ratio * 100}% of the window's height`, async () => {
    expect((await readDebug(page)).line).toBeCloseTo(height * ratio, 0);
  });

  it('draws one trigger zone per step, in order, with no gap or overlap', async () => {
    const { zones } = await readDebug(page);
    expect(zones.map((z) => z.id)).toEqual(stepIds);
    for (let i = 1; i < zones.length; i++) {
      expect(zones[i]!.top).toBeCloseTo(zones[i - 1]!.bottom, 0);
    }
  });

  it("at every step, the trigger line lies in that step's zone and the panel names it", async () => {
    for (const [i, id] of stepIds.entries()) {
      await scrollToStep(page, id);
      const state = await readDebug(page);
      const zone = state.zones.find((z) => z.active);
      expect({ id, active: zone?.id, panel: state.active }).toEqual({ id, active: id, panel: id });
      expect(state.line).toBeGreaterThanOrEqual(zone!.top);
      expect(state.line).toBeLessThan(zone!.bottom);
      expect(state.panel).toContain(`Active step: ${i + 1} of ${stepIds.length}, ${id};`);
    }
  });

  it('lists every data warning, located, as npm run check:data does', async () => {
    const warnings = build.problems.filter((p) => p.severity === 'warning');
    expect(warnings.some((w) => w.code === 'unused-source')).toBe(true);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-debug-warnings] li.problem')].map((li) => ({
        code: li.getAttribute('data-problem-code'),
        where: li.querySelector('.where code')?.textContent?.trim(),
        text: li.textContent?.replace(/\s+/g, ' '),
      })),
    );
    expect(shown.map((s) => [s.code, s.where])).toEqual(
      warnings.map((w) => [w.code, `data/${w.file}:${w.line}:${w.column}`]),
    );
    warnings.forEach((w, i) => {
      expect(shown[i]?.text).toContain(w.path);
      expect(shown[i]?.text).toContain(w.message.replace(/\s+/g, ' '));
      expect(shown[i]?.text).toContain(w.hint ?? '');
    });
    expect((await readDebug(page)).panel).toContain(
      `${warnings.length} data warning${warnings.length === 1 ? '' : 's'}`,
    );
  });

  it('moves nothing, and catches no clicks outside its panel', async () => {
    const plain = await openPage('', width, height);
    expect(await stepTops(page)).toEqual(await stepTops(plain));
    const id = stepIds[1]!;
    await scrollToStep(page, id);
    await scrollToStep(plain, id);
    // What a click would hit on a grid over the window, panel excepted.
    const hits = (p: Page) =>
      p.evaluate(() => {
        const panel = document.querySelector('[data-debug-overlay]')?.getBoundingClientRect();
        const found: string[] = [];
        for (let y = 10; y < window.innerHeight; y += 40) {
          for (let x = 10; x < window.innerWidth; x += 40) {
            const inPanel =
              panel && x >= panel.left && x <= panel.right && y >= panel.top && y <= panel.bottom;
            if (inPanel) continue;
            const el = document.elementFromPoint(x, y);
            const step = el?.closest('[data-step-id]')?.getAttribute('data-step-id') ?? '';
            found.push(`${x},${y}:${el?.tagName ?? ''}${step ? `@${step}` : ''}`);
          }
        }
        return { found, panel: !!panel };
      });
    const [withDebug, without] = await Promise.all([hits(page), hits(plain)]);
    expect(withDebug.panel).toBe(true);
    const points = new Set(withDebug.found.map((h) => h.split(':')[0]));
    expect(withDebug.found).toEqual(without.found.filter((h) => points.has(h.split(':')[0])));
    await plain.close();
  });
});

describe('the pages', () => {
  it('had no script errors', () => {
    expect(watched.flatMap((w) => w.errors)).toEqual([]);
  });
});
