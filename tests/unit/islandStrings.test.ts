import { describe, expect, it } from 'vitest';
import {
  islandStrings,
  lateIslandStrings,
  READ_BY_ISLANDS,
} from '../../src/build/islandStrings.ts';
import { slimStoryData } from '../../src/build/slimStoryData.ts';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import { localizeStory } from '../../src/build/i18n/buildLocalePack.ts';
import type { UiStrings } from '../../src/lib/i18n/uiStrings.ts';

const loaded = loadDataDir('data');
const stories = localizeStory(loaded.dataset!, loaded, 'static/geo/region.topo.json');

describe('islandStrings(strings)', () => {
  const strings = { ...stories.en!.locale.strings };
  const kept = islandStrings(strings);

  it.each([
    // Folded into the LocaleFormat at build (buildLocaleFormat.ts).
    ['date.monthYear'],
    ['qualifier.about'],
    ['number.million'],
    ['currency.AZN'],
    ['rate.per.AZN'],
    ['item.generators.one'],
    ['money.usdEquivalent'],
    ['grammar.nounAfterMillion'],
    ['cargo.cableMetres'],
    // Read only by what no island renders: the page around the islands, the
    // notes, the corrections log, step cards, the stepper, share pages.
    ['page.allEvents'],
    ['notes.disagreements'],
    ['corrections.title'],
    ['card.sources'],
    ['stepper.next'],
    ['share.from'],
    // Read only by the late islands (the embed panel, "Show more"), which start from the full data.
    ['embed.title'],
    ['images.summary'],
    ['table.caption'],
    // The graphic's text equivalents: the islands read them from the step cards (readStepCards.ts).
    ['describe.mapOf'],
    ['describe.occupied'],
    ['describe.timeline'],
    ['series.orders'],
  ])('leaves out %s', (key) => {
    expect(strings[key as keyof UiStrings]).toBeTruthy();
    expect(kept[key as keyof UiStrings]).toBeUndefined();
  });

  // A key READ_BY_ISLANDS names wrongly (renamed in the catalogue) would
  // leave the island's word out silently: each must be a key the catalogue has.
  it('names in READ_BY_ISLANDS only keys the catalogue has, and keeps each', () => {
    for (const key of READ_BY_ISLANDS) {
      expect(strings, key).toHaveProperty([key]);
      expect(kept, key).toHaveProperty([key]);
    }
  });

  it.each([
    ['details.failed'],
    ['legend.label'],
    ['timeline.label'],
    ['cargo.label.cable-km'],
    ['cargo.summary'],
    ['area.crimea'],
    ['kindWord.order'],
    ['lane.orders'],
    // Kept from prefixes otherwise left out (READ_BY_ISLANDS).
    ['page.mapFailed'],
    ['corrections.correctedOn'],
    ['describe.event'],
    ['describe.occupiedShort'],
    ['describe.routeDisclaimer'],
  ])('keeps %s, which an island reads', (key) => {
    expect(strings[key as keyof UiStrings]).toBeTruthy();
    expect(kept[key as keyof UiStrings]).toBe(strings[key as keyof UiStrings]);
  });
});

describe('lateIslandStrings(strings)', () => {
  const strings = { ...stories.en!.locale.strings };

  it('gives the words islandStrings leaves out for the late islands, and no other', () => {
    const late = lateIslandStrings(strings);
    const kept = islandStrings(strings);
    expect(late['embed.title']).toBe(strings['embed.title']);
    expect(late['table.caption']).toBe(strings['table.caption']);
    expect(late['images.summary']).toBe(strings['images.summary']);
    for (const key of Object.keys(late)) expect(kept).not.toHaveProperty(key);
    expect(late).not.toHaveProperty('card.sources');
    expect(late).not.toHaveProperty('legend.label');
  });
});

describe.each(Object.entries(stories))('the %s slim data', (_tag, story) => {
  it("keeps only the islands' strings", () => {
    const slim = slimStoryData({
      ok: true,
      dataset: story!.dataset,
      locale: story!.locale,
      warnings: [],
    });
    if (!slim.ok) throw new Error('the test data must be valid');
    expect(slim.locale.strings).toEqual(islandStrings(story!.locale.strings));
    expect(Object.keys(slim.locale.strings).length).toBeLessThan(
      Object.keys(story!.locale.strings).length,
    );
  });
});
