/**
 * Crimea on the built page: drawn as part of Ukraine and hatched as
 * occupied, with a legend line and the same words in the map's text
 * equivalents, on the Gaza/Georgia step and a Ukraine step, on a phone and
 * a desktop. Saves a screenshot of each to tests/artifacts/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scrollToStep } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { VIEWPORTS, openStory, waitForGraphicToSettle } from '../helpers/story.ts';

const SHOTS = path.resolve('tests/artifacts/screenshots');
const STEPS = ['gaza-and-georgia', 'first-convoys-2023'];
const LEGEND = 'Crimea: part of Ukraine, occupied by Russia since 2014';
const SENTENCE = 'Crimea is drawn as part of Ukraine and hatched: occupied by Russia since 2014.';

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const site = useSite({ browser: { reducedMotion: 'reduce' } });

describe.each(VIEWPORTS)('on a $name ($width px)', ({ width, height }) => {
  const tab = openStory(site, { viewport: { width, height } });

  it.each(STEPS)(
    'step %s hatches Crimea over Ukraine, says so in the legend and the text equivalents (screenshot saved)',
    async (id) => {
      await scrollToStep(tab.page, id);
      await waitForGraphicToSettle(tab.page);
      await tab.page.screenshot({ path: path.join(SHOTS, `map-crimea-${width}-${id}.png`) });
      const shown = await tab.page.evaluate((stepId) => {
        const map = document.querySelector('svg.map');
        const hatched = map?.querySelector('path[data-occupied="crimea"]');
        const box = hatched?.getBoundingClientRect();
        const mapBox = map?.getBoundingClientRect();
        // What a reader sees in the middle of Crimea: the hatching, on top of Ukraine.
        const under = box
          ? document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          : [];
        const legend = document.querySelector<HTMLElement>('.legend [data-legend="occupied"]');
        const card = document.querySelector(`[data-step-id="${stepId}"] .describe`);
        return {
          fill: hatched?.getAttribute('fill'),
          pattern: !!map?.querySelector('pattern#map-hatch line'),
          onMap:
            !!box &&
            !!mapBox &&
            box.width > 10 &&
            box.left >= mapBox.left &&
            box.right <= mapBox.right &&
            box.top >= mapBox.top &&
            box.bottom <= mapBox.bottom,
          under: under
            .filter((e) => e.closest('svg.map .countries'))
            .map((e) => e.getAttribute('data-occupied') ?? e.getAttribute('data-country')),
          legend: legend?.textContent?.replace(/\s+/g, ' ').trim(),
          legendVisible: !!legend && legend.getBoundingClientRect().height > 0,
          desc: map?.querySelector('desc')?.textContent ?? '',
          caption: document.querySelector('[data-testid="step-description"]')?.textContent ?? '',
          card: card?.textContent ?? '',
        };
      }, id);
      expect(shown.fill).toBe('url(#map-hatch)');
      expect(shown.pattern).toBe(true);
      expect(shown.onMap).toBe(true);
      expect(shown.under).toEqual(['crimea', 'UA']);
      expect(shown.legend).toBe(LEGEND);
      expect(shown.legendVisible).toBe(true);
      expect(shown.desc).toContain(SENTENCE);
      expect(shown.caption).toContain(SENTENCE);
      expect(shown.card).toContain(SENTENCE);
    },
  );

  it('labels the destination plainly "Ukraine" (no data note in the label), and says in the legend that no city is named', async () => {
    await scrollToStep(tab.page, 'first-convoys-2023');
    await waitForGraphicToSettle(tab.page);
    const words = await tab.page.evaluate(() => ({
      labels: [...document.querySelectorAll('svg.map .labels text:not(.halo)')].map(
        (t) => t.textContent,
      ),
      legend: document.querySelector('.legend')?.textContent?.replace(/\s+/g, ' ') ?? '',
    }));
    expect(words.labels).toContain('Ukraine');
    expect(words.labels.filter((l) => /no city|\(/.test(l ?? ''))).toEqual([]);
    expect(words.legend).toContain('Places in the data (Ukraine: the reports name no city)');
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});
