/**
 * The story in each published language (uk, az), on one build and one
 * browser: each page pre-rendered in its language (lang, hreflang, title,
 * description, readable without JavaScript), no axe violation at any step,
 * deep links, a switcher that keeps the reader's step, no English UI words
 * left on the uk and az pages (the rendered text scanned against
 * data/ui/en.json), the letters ə ğ ı ş ç ö ü and і ї є ґ drawn with the
 * page's own fonts, and screenshots of three steps at 375 and 1280 px.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, scrollToStep, waitForStory } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import {
  VIEWPORTS,
  plainText,
  readSteps,
  startLateIsland,
  waitForGraphicToSettle,
} from '../helpers/story.ts';

const steps = readSteps();
const SHOTS = path.resolve('tests/artifacts/screenshots');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.resolve(file), 'utf8')) as T;
const english = readJson<{ strings: Record<string, string> }>('data/ui/en.json').strings;

/**
 * `axeScreen`: where axe-core reads every step of the language's page. Each
 * language on one screen and each screen with one language: what axe judges
 * of a language (its names, labels, lang attributes) does not change with the
 * screen, and what changes with the screen (the layout, what is drawn) is the
 * same in every language. The words' lengths differ, and axe judges none;
 * the screenshots below show each language on both screens.
 */
const LANGUAGES = [
  {
    tag: 'uk',
    folder: 'uk',
    letters: 'іїєґІЇЄҐ',
    // The corrections name what they changed: the kind, then its title in quotes.
    correctedStep: /Змінено: крок «[^»]+»/,
    catalogue: 'data/translations/uk/ui.json',
    axeScreen: VIEWPORTS[0]!,
  },
  {
    tag: 'az-Latn',
    folder: 'az',
    letters: 'əğışçöüƏĞİŞÇÖÜ',
    correctedStep: /Dəyişdirilib: “[^”]+” addımı/,
    catalogue: 'data/translations/az-Latn/ui.json',
    axeScreen: VIEWPORTS[1]!,
  },
] as const;

const site = useSite({ browser: { reducedMotion: 'reduce' } });

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const pageUrl = (folder: string, hash = '') =>
  `${site.server.url}${folder ? `${folder}/` : ''}${hash}`;

/** Console errors and failed requests of the pages opened (hydration mismatches show here). */
const errors: string[] = [];

async function open(folder: string, hash = '', width = 1280, height = 800): Promise<Page> {
  const page = await site.browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      errors.push(`${folder || 'en'}: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) => errors.push(`${folder}: failed ${request.url()}`));
  await page.setViewportSize({ width, height });
  await page.goto(pageUrl(folder, hash));
  await waitForStory(page);
  return page;
}

/**
 * Fragments of the English UI strings a reader would recognise: the text
 * between placeholders, at least two words long, that the translated
 * catalogue does not also use (a shared "CSV" or "km" is no leftover).
 */
function englishFragments(translated: Record<string, string>): string[] {
  const fragments = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    if (translated[key] === text) continue;
    for (const part of text.split(/\{[a-zA-Z]+\}/)) {
      const words = part
        .replace(/[^\p{L}\s-]/gu, ' ')
        .trim()
        .replace(/\s+/g, ' ');
      if (words.split(' ').length >= 2 && words.length >= 8) fragments.add(words.toLowerCase());
    }
  }
  return [...fragments];
}

/**
 * The English UI strings with placeholders, as patterns: "Step {n} of
 * {total}" or "Map: {title}" leave no fragment of two words, but their
 * words around a value are just as English ("step 3 of 12", "map: …").
 * Only strings with at least three letters of their own, that the
 * translated catalogue says otherwise.
 */
function englishTemplates(translated: Record<string, string>): { key: string; pattern: RegExp }[] {
  const templates: { key: string; pattern: RegExp }[] = [];
  for (const [key, text] of Object.entries(english)) {
    if (translated[key] === text || !/\{[a-zA-Z]+\}/.test(text)) continue;
    const parts = text.split(/\{[a-zA-Z]+\}/);
    if (parts.join('').replace(/[^\p{L}]/gu, '').length < 3) continue;
    const source = parts
      .map((part) =>
        part
          .toLowerCase()
          .replace(/\s+/g, ' ')
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('[^\\n]{1,120}?');
    templates.push({ key, pattern: new RegExp(source, 'u') });
  }
  return templates;
}

/** Everything a reader or a screen reader gets: visible text, aria-labels, titles, alt texts. */
async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((e) =>
      ['aria-label', 'title', 'alt'].map((a) => e.getAttribute(a) ?? ''),
    );
    // textContent: closed <details> (the step descriptions) and visually hidden text count too.
    const hidden: string[] = [];
    // Quotes stay verbatim in their own language: the scan leaves them out.
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const q of body.querySelectorAll('q')) q.remove();
    return [body.textContent ?? '', ...attributes, ...hidden]
      .join('\n')
      .replace(/«[^»]*»|“[^”]*”/g, ' ')
      .replace(/\s+/g, ' ');
  });
}

describe.each(LANGUAGES)(
  'the $tag page',
  ({ tag, folder, letters, correctedStep, catalogue, axeScreen }) => {
    const translated = readJson<{ strings: Record<string, string> }>(catalogue).strings;
    const translatedSteps = readJson<{ steps: { id: string; title: string; text: string }[] }>(
      `data/translations/${tag}/steps.json`,
    ).steps;
    const story = readJson<{ headline: string; standfirst: string }>(
      `data/translations/${tag}/story.json`,
    );

    it('is pre-rendered in its language: lang, title, description, steps', async () => {
      const html = await (await fetch(pageUrl(folder))).text();
      expect(html).toMatch(new RegExp(`<html lang="${tag}"`));
      const alternates = [
        ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
      ];
      // Built without STORY_SITE_URL: no alternates, whose URLs must be absolute
      // (tests/unit/localizePage.test.ts has them with it); the switcher joins the pages.
      expect(alternates).toEqual([]);
      expect(html).toContain(`<title>${plainText(story.headline)}</title>`);
      expect(html).toContain(`<meta name="description" content="${plainText(story.standfirst)}"`);
      // Quotes stay verbatim, followed by our translation, marked as ours.
      const marker = tag === 'uk' ? 'переклад наш' : 'tərcümə bizimdir';
      expect(html).toMatch(
        new RegExp(`<q[^>]* lang="en"[^>]*>[^<]+</q>(<!--[^>]*-->)?\\s*<span[^>]*>[^<]*${marker}`),
      );
      // Readable without JavaScript: every translated step title is in the HTML.
      for (const step of translatedSteps) expect(html).toContain(step.title);
      // The shared files resolve one folder up; the language's own data beside the page.
      // The boot script (src/boot.ts) loads them at the reader's first move, in this order.
      expect(html).toMatch(
        /<script defer src="\.\.\/assets\/boot-[^"]+\.js" data-load="\.\.\/geo\/region\.js data\/story\.js \.\.\/assets\/index-[^"]+\.js"><\/script>/,
      );
      for (const download of ['data/story.js', 'data/aid-events.csv', 'geo/region.js']) {
        const prefix = download.startsWith('geo') ? '' : `${folder}/`;
        expect((await fetch(`${site.server.url}${prefix}${download}`)).status, download).toBe(200);
      }
    });

    it('served at its folder without the trailing slash (a host that does not redirect), loads its own data and links', async () => {
      const page = await site.browser.context.newPage();
      const loaded: string[] = [];
      page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
      try {
        await page.goto(`${site.server.url}${folder}`);
        await waitForStory(page);
        expect(new URL(page.url()).pathname).toBe(`/${folder}/`);
        expect(loaded).toContain(`/${folder}/data/story.js`);
        expect(loaded).not.toContain('/data/story.js');
        // The hydrated map names the step in the page's language, from the page's own data.
        await expect
          .poll(() => page.locator('svg.map title').first().textContent())
          .toBe(translated['map.title']!.replace('{title}', translatedSteps[0]!.title));
        expect(
          await page
            .locator('nav.languages a[hreflang="en"]')
            .evaluate((a) => (a as HTMLAnchorElement).href),
        ).toBe(site.server.url);
      } finally {
        await page.close();
      }
    });

    it('reads without JavaScript, in its language, with the switcher as plain links', async () => {
      // The page has no inline script: with its script files refused, no JavaScript runs.
      const page = await site.browser.context.newPage();
      try {
        await page.route(/\.js(\?|$)/, (route) => route.abort());
        await page.goto(pageUrl(folder));
        // Scripting is on but no script came: what the boot script would have
        // laid out after the first paint, the browser lays out after 3 s (Story.svelte).
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[data-lay-out-later]')].every(
            (el) =>
              getComputedStyle(el).contentVisibility === 'visible' &&
              getComputedStyle(el).display !== 'none',
          ),
        );
        const text = await page.evaluate(() => document.body.innerText);
        expect(
          await page.evaluate(() => document.documentElement.dataset.activeStep),
        ).toBeUndefined();
        expect(text).toContain(plainText(translatedSteps[1]!.text).slice(0, 60));
        expect(text).toMatch(correctedStep);
        const links = await page.$$eval('nav.languages a', (as) =>
          as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]),
        );
        expect(links.map(([lang]) => lang).sort()).toEqual(
          ['en', 'uk', 'az-Latn'].filter((l) => l !== tag).sort(),
        );
      } finally {
        await page.close();
      }
    });

    it('has no English UI words left (scanned against data/ui/en.json)', async () => {
      const fragments = englishFragments(translated);
      expect(fragments.length).toBeGreaterThan(40);
      const page = await open(folder);
      try {
        // The embed panel with its controls too: they come as the reader nears it (EmbedPanel.svelte).
        await startLateIsland(page, 'embed-panel');
        // Open an event's details too: its labels are UI text as well.
        await page.locator('svg.timeline [data-event-id]').first().focus();
        const text = (await readerText(page)).toLowerCase();
        expect(fragments.filter((f) => text.includes(f))).toEqual([]);
        expect(
          englishTemplates(translated)
            .filter(({ pattern }) => pattern.test(text))
            .map(({ key, pattern }) => `${key}: ${text.match(pattern)?.[0]}`),
        ).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('its embed views (stepper, card, map, timeline) have no English UI words left either', async () => {
      const fragments = englishFragments(translated);
      const page = await site.browser.context.newPage();
      try {
        const left: string[] = [];
        for (const view of ['stepper', 'card', 'map', 'timeline']) {
          await page.goto(`${pageUrl(folder)}embed.html?view=${view}&step=${steps[2]!.id}`);
          await page.waitForSelector(`main.embed-view[data-view="${view}"]`);
          expect(await page.getAttribute('html', 'lang')).toBe(tag);
          const text = (await readerText(page)).toLowerCase();
          left.push(...fragments.filter((f) => text.includes(f)).map((f) => `${view}: ${f}`));
          left.push(
            ...englishTemplates(translated)
              .filter(({ pattern }) => pattern.test(text))
              .map(({ key, pattern }) => `${view}: ${key}: ${text.match(pattern)?.[0]}`),
          );
        }
        expect(left).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`draws ${letters} with the page's own fonts, not a fallback`, async () => {
      const page = await open(folder);
      try {
        const fallbacks = await page.evaluate((chars) => {
          const stack = getComputedStyle(document.querySelector('.step .text')!).fontFamily;
          // Without the generic family at the end, which would draw anything.
          const named = stack
            .split(',')
            .map((f) => f.trim())
            .filter((f) => !/^(sans-serif|serif|monospace)$/.test(f))
            .join(', ');
          const ctx = document.createElement('canvas').getContext('2d')!;
          const width = (font: string, text: string) => {
            ctx.font = `32px ${font}`;
            return ctx.measureText(text).width;
          };
          // If a named family has the glyph, the generic after it never matters;
          // if none has it, monospace and serif fallbacks draw it differently.
          return [...chars].filter(
            (c) =>
              width(`${named}, monospace`, c.repeat(8)) !== width(`${named}, serif`, c.repeat(8)),
          );
        }, letters);
        expect(fallbacks).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('opens a deep link at its step, and the switcher keeps the step', async () => {
      const target = steps[5]!.id;
      const page = await open(folder, `#${target}`);
      try {
        await page.waitForFunction(
          (id) => document.documentElement.dataset.activeStep === id,
          target,
        );
        const other = tag === 'uk' ? 'az-Latn' : 'uk';
        const link = page.locator(`nav.languages a[hreflang="${other}"]`);
        await expect.poll(() => link.getAttribute('href')).toMatch(new RegExp(`#${target}$`));
        // As on a phone: the click scrolls up to the switcher, past the earlier steps, and the
        // tracker reports them before the click lands (at full speed it raced past them).
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await link.click();
        await page.waitForURL(new RegExp(`/${other === 'uk' ? 'uk' : 'az'}/#${target}$`));
        await waitForStory(page);
        await page.waitForFunction(
          (id) => document.documentElement.dataset.activeStep === id,
          target,
        );
        expect(await page.getAttribute('html', 'lang')).toBe(other);
      } finally {
        await page.close();
      }
    });

    it(`axe-core finds no violation at any step on a ${axeScreen.name}`, async () => {
      const page = await open(folder, '', axeScreen.width, axeScreen.height);
      try {
        for (const [i, step] of steps.entries()) {
          await scrollToStep(page, step.id);
          await waitForGraphicToSettle(page);
          expect({
            step: step.id,
            violations: await runAxe(page, i === 0 ? null : 'figure.graphic'),
          }).toEqual({
            step: step.id,
            violations: [],
          });
        }
        // The embed panel once it has its controls (as the reader nears it, EmbedPanel.svelte).
        await startLateIsland(page, 'embed-panel');
        expect(await runAxe(page, '#embed')).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);

describe.each(VIEWPORTS)('screenshots on a $name ($width px)', ({ name, width, height }) => {
  const chosen = [steps[0]!, steps[Math.floor(steps.length / 2)]!, steps[steps.length - 1]!];
  it.each([
    ['en', ''],
    ['uk', 'uk'],
    ['az', 'az'],
  ])('three steps in %s', async (label, folder) => {
    const page = await open(folder, '', width, height);
    try {
      for (const step of chosen) {
        await scrollToStep(page, step.id);
        await waitForGraphicToSettle(page);
        await page.screenshot({ path: path.join(SHOTS, `${label}-${name}-${step.id}.png`) });
      }
    } finally {
      await page.close();
    }
  });
});

it('no page logged an error or a warning, or failed a request', () => {
  expect(errors).toEqual([]);
});
