/**
 * With JavaScript off, the pre-rendered page must still tell the whole
 * story: every step's text, the first map and timeline as SVG, the notes
 * on the data, the table of all events, "last updated" and the downloads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { VIEWPORTS, openStory, plainText, readSteps } from '../helpers/story.ts';
import { formatFuzzyDate } from '../../src/lib/model/fuzzyDate.ts';

const steps = readSteps();
const story = JSON.parse(readFileSync(path.resolve('data/story.json'), 'utf8')) as {
  headline: string;
  lastUpdated: string;
  notes: { id: string; heading: string; text: string }[];
};
const events = (
  JSON.parse(readFileSync(path.resolve('data/events.json'), 'utf8')) as { events: { id: string }[] }
).events;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(VIEWPORTS)('with JavaScript off on a $name ($width px)', ({ width, height }) => {
  const site = useSite({ browser: { javaScriptEnabled: false, viewport: { width, height } } });
  const tab = openStory(site, { load: 'html' });

  it('no script ran (the test would prove nothing otherwise)', async () => {
    // Playwright evaluates in the page even with scripts off; the page's own scripts did not run.
    const ran = await tab.page.evaluate(() => ({
      hydrated: document.documentElement.dataset.activeStep ?? null,
      mapScript: 'storyRegionGeo' in window || '__storyRegionGeo' in window,
    }));
    expect(ran).toEqual({ hydrated: null, mapScript: false });
  });

  it.each(steps.map((s) => [s.id, s]))(
    'shows the full text of step %s, visibly',
    async (id, step) => {
      const section = tab.page.locator(`section[data-step-id="${id}"]`);
      await section.scrollIntoViewIfNeeded();
      expect(await section.isVisible()).toBe(true);
      const text = squash(await section.innerText());
      expect(text).toContain(squash(step.title));
      expect(text).toContain(plainText(step.text));
    },
  );

  it('shows the first step’s map as SVG with country shapes, its places and arcs', async () => {
    const first = steps[0]!;
    const map = tab.page.locator('svg.map');
    expect(await map.count()).toBe(1);
    const box = await map.boundingBox();
    expect(box && box.width > 100 && box.height > 100).toBe(true);
    const countries = await tab.page.$$eval('svg.map [data-country]', (paths) =>
      paths.map(
        (p) => [p.getAttribute('data-country'), (p.getAttribute('d') ?? '').length] as const,
      ),
    );
    expect(countries.length).toBeGreaterThan(first.map.countries.length);
    for (const c of first.map.countries) {
      expect(countries.find(([id]) => id === c)?.[1] ?? 0, c).toBeGreaterThan(10);
    }
    const places = await tab.page.$$eval('svg.map [data-place]', (m) =>
      m.map((e) => e.getAttribute('data-place')),
    );
    expect(places.sort()).toEqual([...first.map.places].sort());
    const flows = await tab.page.$$eval('svg.map [data-flow]', (m) =>
      m.map((e) => e.getAttribute('data-flow')),
    );
    expect(flows.sort()).toEqual([...first.map.flows].sort());
  });

  it('shows the first step’s timeline with its events highlighted', async () => {
    const highlighted = await tab.page.$$eval(
      'svg.timeline [data-event-id][data-highlighted="true"]',
      (m) => m.map((e) => e.getAttribute('data-event-id')),
    );
    expect(highlighted.sort()).toEqual([...steps[0]!.timeline.highlight].sort());
  });

  it('shows the notes on the data, the table of every event, last updated and the downloads', async () => {
    const notes = squash(await tab.page.locator('#notes').innerText());
    for (const note of story.notes) expect(notes).toContain(squash(note.heading));
    expect(await tab.page.locator('#all-events tbody tr').count()).toBe(events.length);
    expect(await tab.page.locator('body').innerText()).toContain(
      `Last updated ${formatFuzzyDate(story.lastUpdated)}`,
    );
    for (const file of ['data/aid-events.csv', 'data/aid-events.json']) {
      const href = await tab.page.locator(`a[href="${file}"]`).first().getAttribute('href');
      const response = await tab.page.request.get(new URL(href!, site.server.url).href);
      expect(response.status(), file).toBe(200);
    }
  });

  it('the step list still jumps to a step (a plain fragment link)', async () => {
    const target = steps[steps.length - 1]!;
    await tab.page.locator('.step-list summary').click();
    await tab.page.locator(`.step-list a[href="#${target.id}"]`).click();
    // page.waitForFunction needs the page's scripts; poll from the test
    // instead, long enough for a smooth scroll down the whole page.
    await expect
      .poll(
        () =>
          tab.page.evaluate((id) => {
            const r = document.getElementById(id)?.getBoundingClientRect();
            return !!r && r.top >= -1 && r.top < window.innerHeight;
          }, target.id),
        { timeout: 15_000 },
      )
      .toBe(true);
  });

  it('the page is no wider than the screen', async () => {
    const overflow = await tab.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('a step’s share page reads on its own and links to the story at that step', async () => {
    const step = steps[Math.floor(steps.length / 2)]!;
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width, height });
    const shareUrl = `${site.server.url}s/${step.id}.html`;
    await page.goto(shareUrl);
    // No script: the page stays, and tells the step itself.
    expect(page.url()).toBe(shareUrl);
    expect(squash(await page.locator('h1').innerText())).toBe(squash(step.title));
    const text = squash(await page.locator('main').innerText());
    expect(text).toContain(plainText(step.text));
    expect(text).toMatch(/Sources: /);
    const image = page.locator('main img');
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1200);
    expect(await image.getAttribute('alt')).toContain(step.title);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await page.locator('a[data-open-step]').click();
    await page.waitForURL((url) => url.pathname.endsWith('/index.html'));
    expect(new URL(page.url()).hash).toBe(`#${step.id}`);
    await expect
      .poll(
        () =>
          page.evaluate((id) => {
            const r = document.getElementById(id)?.getBoundingClientRect();
            return !!r && r.top >= -1 && r.top < window.innerHeight;
          }, step.id),
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.close();
  });

  it('requested nothing from another origin', () => {
    expect(tab.watched.foreignRequests).toEqual([]);
    expect(tab.watched.errors).toEqual([]);
  });
});
