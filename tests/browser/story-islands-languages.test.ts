/**
 * The islands of the uk and az pages speak the page's language after they
 * start and after the full data (the page's own <folder>/data/story-full.js)
 * arrives: an event's details show a quote verbatim followed by our
 * translation, as the pre-rendered steps do; and on every language's page
 * the islands hydrate on the pre-rendered nodes without rewriting a text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollToStep, waitForStory } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { plainText, readSteps } from '../helpers/story.ts';

const steps = readSteps();
const site = useSite({ browser: { reducedMotion: 'reduce' } });

interface FullData {
  dataset: { events: { id: string; sources: { source: string; excerpt?: string }[] }[] };
  locale: { quotes: Record<string, string> };
}

/** The built full data of a language's page (a classic script that sets one global). */
function readFullData(folder: string): FullData {
  const script = readFileSync(path.resolve('dist', folder, 'data/story-full.js'), 'utf8');
  const self: { __storyDataFull?: FullData } = {};
  new Function('self', script)(self);
  return self.__storyDataFull!;
}

/** A step, and an event it highlights, whose source's excerpt has our translation. */
function quotedEvent(data: FullData): { step: string; event: string; translation: string } {
  for (const step of steps) {
    for (const id of step.timeline.highlight) {
      const event = data.dataset.events.find((e) => e.id === id);
      for (const c of event?.sources ?? []) {
        const translation = c.excerpt && data.locale.quotes[`${c.source}\n${c.excerpt}`];
        if (translation) return { step: step.id, event: id, translation };
      }
    }
  }
  throw new Error('no highlighted event has a translated quote');
}

describe.each([
  { tag: 'uk', folder: 'uk', marker: 'переклад наш' },
  { tag: 'az-Latn', folder: 'az', marker: 'tərcümə bizimdir' },
])('the $tag page', ({ tag, folder, marker }) => {
  it("'Embed this' writes snippets for the page's language: its embed page, its headline, its words", async () => {
    const headline = (
      JSON.parse(readFileSync(path.resolve(`data/translations/${tag}/story.json`), 'utf8')) as {
        headline: string;
      }
    ).headline;
    const showAll = (
      JSON.parse(readFileSync(path.resolve(`data/translations/${tag}/ui.json`), 'utf8')) as {
        strings: Record<string, string>;
      }
    ).strings['embed.showAll']!;
    const page: Page = await site.browser.context.newPage();
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    try {
      await page.goto(`${site.server.url}${folder}/`);
      await waitForStory(page);
      await page.locator('[data-island="embed-panel"]').scrollIntoViewIfNeeded();
      // Hydrated: the snippet names this page's embed by its full address. (The
      // pre-rendered snippet names it relatively, and holds pym's own 'https:'.)
      await page.waitForFunction(
        (embed) =>
          document
            .querySelector<HTMLTextAreaElement>('[data-island="embed-panel"] textarea')
            ?.value.includes(embed),
        `${site.server.url}${folder}/embed.html`,
      );
      await page.locator('input[name="embed-view"][value="map"]').check();
      const snippets = await page.$$eval('[data-island="embed-panel"] textarea', (areas) =>
        areas.map((a) => (a as HTMLTextAreaElement).value),
      );
      expect(snippets).toHaveLength(4);
      for (const snippet of snippets) {
        expect(snippet).toContain(`${site.server.url}${folder}/embed.html?view=map`);
      }
      // The frame's title: the page's headline (its plain text) and the view's name.
      expect(snippets.join('\n')).toContain(plainText(headline).slice(0, 20));
      // AMP's "Show all" button, in the page's language.
      expect(snippets.join('\n')).toContain(showAll);
      // The panel's words come in the page's own data/story-late.js, not in the full data.
      expect(loaded).toContain(`/${folder}/data/story-late.js`);
      expect(loaded.filter((p) => p.endsWith('story-full.js'))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("an event's details show its quote with our translation, from the page's own full data", async () => {
    const quoted = quotedEvent(readFullData(folder));
    const page: Page = await site.browser.context.newPage();
    const problems: string[] = [];
    const loaded: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    try {
      await page.goto(`${site.server.url}${folder}/`);
      await waitForStory(page);
      await scrollToStep(page, quoted.step);
      await page.locator(`svg.timeline [data-event-id="${quoted.event}"]`).focus();
      await page.keyboard.press('Enter');
      const details = page.locator('.details');
      await details.locator('a[href^="http"]').first().waitFor();
      expect(loaded).toContain(`/${folder}/data/story-full.js`);
      expect(loaded).not.toContain('/data/story-full.js');
      const text = await details.innerText();
      expect(text).toContain(quoted.translation);
      expect(text).toContain(marker);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/**
 * Each island's elements and text, leaving out the insides of its SVGs (the
 * graphic re-lays out its drawing at the reader's panel sizes: labels and
 * paths may change) and the embed snippets. A hydration mismatch replaces
 * an island's elements; a text the build rendered in another language than
 * the island's is rewritten in place, silently (Svelte warns only in dev).
 */
function readIslands(): Record<string, { elements: Element[]; text: string }> {
  const islands: Record<string, { elements: Element[]; text: string }> = {};
  for (const island of document.querySelectorAll('[data-island]')) {
    const copy = island.cloneNode(true) as Element;
    // The embed panel's snippets name the page's address once it knows it.
    for (const e of copy.querySelectorAll('svg, textarea')) e.remove();
    islands[island.getAttribute('data-island')!] = {
      elements: [...island.querySelectorAll('*')].filter(
        (e) => e.tagName === 'svg' || !e.closest('svg'),
      ),
      text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }
  return islands;
}

describe.each([
  { tag: 'en', folder: '' },
  { tag: 'uk', folder: 'uk/' },
  { tag: 'az-Latn', folder: 'az/' },
])('the $tag page', ({ folder }) => {
  it('hydrates its islands on the pre-rendered nodes and text, changing neither; the embed panel then adds its controls', async () => {
    const page: Page = await site.browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    // Before the page's deferred scripts run: the islands as parsed.
    await page.addInitScript(`
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') window.__parsed = (${readIslands.toString()})();
      });
    `);
    try {
      await page.goto(`${site.server.url}${folder}`);
      await waitForStory(page);
      /** The named islands now against as parsed: elements replaced, text kept. */
      const compare = (names: string[]) =>
        page.evaluate(
          ({ read, names }) => {
            const parsed = (window as unknown as { __parsed: ReturnType<typeof readIslands> })
              .__parsed;
            const now = (new Function(`return (${read})()`) as typeof readIslands)();
            return names.map((name) => ({
              name,
              elements: parsed[name]?.elements.length ?? 0,
              replaced: (parsed[name]?.elements ?? [])
                .filter((e) => !e.isConnected)
                .map((e) => `${e.tagName} ${e.textContent?.slice(0, 40)}`),
              textKept: now[name]?.text === parsed[name]?.text,
            }));
          },
          { read: readIslands.toString(), names },
        );
      // The graphic, at the first step as the build drew it (scrolling on changes its legend).
      const islands = await compare(['graphic']);
      // The embed panel starts last (or once the reader nears it); then its snippets name the page's address.
      await page.locator('[data-island="embed-panel"]').scrollIntoViewIfNeeded();
      // Hydrated: the snippet names this page's embed by its full address. (The
      // pre-rendered snippet names it relatively, and holds pym's own 'https:'.)
      await page.waitForFunction(
        (embed) =>
          document
            .querySelector<HTMLTextAreaElement>('[data-island="embed-panel"] textarea')
            ?.value.includes(embed),
        `${site.server.url}${folder}embed.html`,
      );
      islands.push(...(await compare(['event-table'])));
      // The embed panel hydrates on its static copy too, which has no form controls
      // (EmbedPanel.svelte): only the snippets' text gives way to its text areas.
      const panel = await page.evaluate(() => {
        const parsed = (window as unknown as { __parsed: ReturnType<typeof readIslands> }).__parsed;
        const elements = parsed['embed-panel']!.elements;
        return {
          kept: elements.filter((e) => e.isConnected).length > 20,
          replaced: [...new Set(elements.filter((e) => !e.isConnected).map((e) => e.tagName))],
          controls: document.querySelectorAll('#embed :is(input, select, textarea)').length,
        };
      });
      expect(panel).toEqual({ kept: true, replaced: ['PRE', 'CODE'], controls: 14 });
      for (const island of islands) {
        expect(island.elements, island.name).toBeGreaterThan(5);
        expect(island).toEqual({ ...island, replaced: [], textKept: true });
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the uk page, at every step', () => {
  // The slim data has no step titles and no words for the graphic's text
  // equivalents: the islands read both from the step cards (readStepCards.ts).
  it("names the map after the step and describes the graphic in the step card's words", async () => {
    const page: Page = await site.browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    try {
      await page.goto(`${site.server.url}uk/`);
      await waitForStory(page);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        const shown = await page.evaluate((id) => {
          const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
          const card = document.querySelector(`section[data-step-id="${id}"]`);
          return {
            title: squash(card?.querySelector('.title')?.textContent),
            described: [...(card?.querySelectorAll('details.describe > p') ?? [])]
              .map((p) => squash(p.textContent))
              .join(' '),
            mapName: squash(document.querySelector('svg.map > title')?.textContent),
            caption: squash(
              document.querySelector('[data-testid="step-description"]')?.textContent,
            ),
          };
        }, step.id);
        expect(shown.title, step.id).toMatch(/\p{Script=Cyrillic}/u);
        expect(shown.mapName, step.id).toContain(shown.title);
        expect(shown.caption, step.id).toBe(shown.described);
        expect(shown.caption.match(/\p{Script=Cyrillic}/gu)?.length ?? 0, step.id).toBeGreaterThan(
          40,
        );
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
