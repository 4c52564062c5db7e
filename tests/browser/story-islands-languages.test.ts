/**
 * The islands of the uk and az pages speak the page's language after they
 * start and after the full data (the page's own <folder>/data/story-full.js)
 * arrives: an event's details show a quote verbatim followed by our
 * translation, as the pre-rendered steps do, and nothing logs a hydration
 * mismatch or loads the English data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollToStep, waitForStory } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { readSteps } from '../helpers/story.ts';

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
])('the $tag page', ({ folder, marker }) => {
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
