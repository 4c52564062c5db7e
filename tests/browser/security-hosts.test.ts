/**
 * The built site on strict hosts: served with the strict Content-Security-
 * Policy (every page, every embed view), inside a sandboxed iframe without
 * allow-same-origin on a page of another origin, with JavaScript off, and
 * in print. Run `npm run build` first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { markupToPlainText } from '../../src/lib/format/markup.ts';
import { scrollToStep, waitForStory, watchPage } from '../helpers/browser.ts';
import {
  disableJavaScript,
  normalizeSpace,
  readRealData,
  readStepTexts,
  readViolations,
  recordCspViolations,
} from '../helpers/security.ts';
import { useSite } from '../helpers/site.ts';
import { CSP_STRICT, startStaticServer, type StaticServer } from '../helpers/staticServer.ts';

const { steps, events, sources } = readRealData();
const first = steps[0]!;
const last = steps[steps.length - 1]!;

const site = useSite({ headers: { 'Content-Security-Policy': CSP_STRICT } });
/** A page on another origin with the story and the map embed in sandboxed iframes. */
let host: StaticServer;
let hostDir: string;

beforeAll(async () => {
  hostDir = mkdtempSync(path.join(tmpdir(), 'story-host-'));
  const frame = (src: string, title: string) =>
    `<iframe sandbox="allow-scripts" src="${site.server.url}${src}" title="${title}" width="420" height="900"></iframe>`;
  writeFileSync(
    path.join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>
<link rel="icon" href="data:,"></head><body><h1>An article on another origin</h1>
${frame('embed.html?view=story&frame=fixed', 'The story')}${frame('index.html', 'The story page, framed without a resizer')}${frame(`embed.html?view=map&step=${last.id}`, 'The map')}
</body></html>`,
  );
  host = await startStaticServer(hostDir);
  await recordCspViolations(site.browser.context);
});

afterAll(async () => {
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** Opens a page on the CSP server and checks the header really arrived. */
async function openStrict(url: string): Promise<{ page: Page; issues: () => string[] }> {
  const page = await site.browser.context.newPage();
  const { errors, foreignRequests } = watchPage(page, [site.server.origin]);
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toBe(CSP_STRICT);
  // Console errors, and requests elsewhere (which the policy would block anyway).
  return { page, issues: () => [...errors, ...foreignRequests.map((r) => `request to ${r}`)] };
}

describe('under the strict Content-Security-Policy', () => {
  it('the story, scrolled through every step with every timeline mark opened, raises no violation', async () => {
    const { page, issues } = await openStrict(site.server.url);
    await waitForStory(page);
    for (const step of steps) await scrollToStep(page, step.id);
    for (const mark of await page.locator('[data-event-id]').all()) await mark.focus();
    expect(await readViolations(page)).toEqual([]);
    expect(issues()).toEqual([]);

    // The recorder works: something the policy forbids is reported.
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://blocked.example/pixel.png';
      document.body.append(img);
    });
    await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
    expect((await readViolations(page)).join()).toContain('img-src');
    await page.close();
  });

  it('the stepper embed, stepped through every step, raises no violation', async () => {
    const { page, issues } = await openStrict(`${site.server.url}embed.html?view=stepper`);
    const next = page.getByRole('button', { name: /^next/i });
    for (const step of steps.slice(1)) {
      await next.click();
      await page.locator(`[data-step-id="${step.id}"]`).waitFor();
    }
    expect(await readViolations(page)).toEqual([]);
    expect(issues()).toEqual([]);
    await page.close();
  });

  it.each(['map', 'timeline', 'card'])(
    'the %s embed, at the first and last step, raises no violation',
    async (view) => {
      for (const step of [first, last]) {
        const { page, issues } = await openStrict(
          `${site.server.url}embed.html?view=${view}&step=${step.id}`,
        );
        // The app mounts after the first paint (src/embedHead.ts), in place of the pre-rendered story.
        await page.locator(`main[data-view="${view}"] [data-step-id="${step.id}"]`).waitFor();
        if (view !== 'timeline') await page.locator('svg.map path').first().waitFor();
        for (const mark of await page.locator('[data-event-id]').all()) await mark.focus();
        expect(await readViolations(page)).toEqual([]);
        expect(issues()).toEqual([]);
        await page.close();
      }
    },
  );
});

describe('in a sandboxed iframe without allow-same-origin, on another origin', () => {
  it('the story and the map embed render, the map draws and the steps move, under the CSP', async () => {
    const page = await site.browser.context.newPage();
    const { errors, foreignRequests } = watchPage(page, [site.server.origin, host.origin]);
    await page.goto(host.url);
    const frames = await Promise.all(
      ['The story', 'The map'].map(async (title) => {
        const handle = await page.locator(`iframe[title="${title}"]`).elementHandle();
        return (await handle?.contentFrame()) as Frame;
      }),
    );
    for (const frame of frames) {
      // Really sandboxed: an opaque origin.
      expect(await frame.evaluate(() => self.origin)).toBe('null');
      await frame.locator('svg.map path').first().waitFor();
      await frame.locator('[data-step-id]').first().waitFor();
      // The stylesheet loaded (global.css sets the body margin to 0).
      expect(await frame.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    }
    const [story, map] = frames as [Frame, Frame];
    expect(await map.locator(`[data-step-id="${last.id}"]`).count()).toBe(1);
    // In a frame that keeps its height the story shows as the stepper and
    // moves by its Next button.
    const current = () =>
      story.evaluate(
        () => document.querySelector('[aria-current="step"]')?.getAttribute('data-step-id') ?? null,
      );
    expect(await current()).toBe(steps[0]!.id);
    await story.getByRole('button', { name: /^next/i }).click();
    await expect.poll(current).toBe(steps[1]!.id);
    expect(await story.locator('svg.map path').count()).toBeGreaterThan(0);
    expect(await readViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('the story page in an iframe with no resizer and no parameters', () => {
  it('gives way to the stepper once the frame is seen not to grow, and the stepper works', async () => {
    const page = await site.browser.context.newPage();
    const { errors } = watchPage(page, [site.server.origin, host.origin]);
    await page.goto(host.url);
    const handle = await page
      .locator('iframe[title="The story page, framed without a resizer"]')
      .elementHandle();
    const frame = (await handle?.contentFrame()) as Frame;
    // First the story, expecting the host to grow the frame; then, the frame
    // having stayed 900 px tall, the stepper, which fits it.
    await frame.waitForFunction(() => document.documentElement.dataset.frame === 'fixed', null, {
      timeout: 10_000,
    });
    const current = () =>
      frame.evaluate(
        () => document.querySelector('[aria-current="step"]')?.getAttribute('data-step-id') ?? null,
      );
    await expect.poll(current).toBe(steps[0]!.id);
    await frame.getByRole('button', { name: /^next/i }).click();
    await expect.poll(current).toBe(steps[1]!.id);
    const fits = await frame.evaluate(
      () => document.documentElement.scrollHeight <= window.innerHeight + 2,
    );
    expect(fits).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('with JavaScript off', () => {
  it("the pre-rendered story shows every step's title and text, and the first map", async () => {
    const page = await site.browser.context.newPage();
    await disableJavaScript(site.browser.context, page);
    await page.goto(site.server.url);
    const texts = await readStepTexts(page);
    for (const step of steps) {
      expect(texts[step.id], step.id).toContain(normalizeSpace(markupToPlainText(step.title)));
      expect(texts[step.id], step.id).toContain(normalizeSpace(markupToPlainText(step.text)));
    }
    // No script ran: the page is the pre-rendered HTML alone.
    expect(await page.evaluate(() => window.__storyRegionGeo)).toBeUndefined();
    expect(await page.locator('svg.map path').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.map').getAttribute('aria-labelledby')).toContain(first.id);
    expect(await page.locator('[data-event-id]').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-failed').count()).toBe(0);
    await page.close();
  });
});

describe('in print', () => {
  const cited = [...new Set(events.flatMap((e) => e.sources.map((c) => c.source)))].map(
    (id) => sources.find((s) => s.id === id)!.url,
  );

  it.each([
    { name: 'A4 portrait', width: 700 },
    { name: 'landscape', width: 1100 },
  ])(
    'on $name, every step is readable, nothing sticks and every source is listed',
    async ({ width }) => {
      const page = await site.browser.context.newPage();
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(site.server.url);
      await waitForStory(page);
      await page.emulateMedia({ media: 'print' });

      const stuck = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      expect(stuck).toEqual([]);

      const unreadable = await page.evaluate(() =>
        [...document.querySelectorAll('[data-step-id]')].flatMap((el) => {
          el.scrollIntoView({ block: 'center', behavior: 'instant' });
          const style = getComputedStyle(el);
          // What is on top at the middle of the step's text: the step itself, not the graphic.
          const text = [...el.querySelectorAll('p, h2, h3')].find((p) => p.textContent?.trim());
          const r = (text ?? el).getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const problems = [
            el.getBoundingClientRect().height > 0 ? '' : 'no height',
            style.visibility === 'visible' && style.opacity === '1' ? '' : 'hidden',
            top !== null && el.contains(top) ? '' : `covered by ${top?.tagName ?? 'nothing'}`,
          ].filter(Boolean);
          return problems.length
            ? [`${el.getAttribute('data-step-id')}: ${problems.join(', ')}`]
            : [];
        }),
      );
      expect(unreadable).toEqual([]);
      expect(await page.locator('[data-step-id]').count()).toBe(steps.length);

      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .filter(
            (a) =>
              a.getBoundingClientRect().width > 0 && getComputedStyle(a).visibility === 'visible',
          )
          .map((a) => a.getAttribute('href')),
      );
      for (const url of cited) expect(links, url).toContain(url);
      await page.close();
    },
  );
});
