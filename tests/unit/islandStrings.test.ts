import { describe, expect, it } from 'vitest';
import { islandStrings } from '../../src/build/islandStrings.ts';
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
    // Read only by what no island renders: the notes, step cards, the stepper, share pages.
    ['notes.disagreements'],
    ['card.sources'],
    ['stepper.next'],
    ['share.from'],
    // Read only by the late islands (the embed panel, "Show more"), which start from the full data.
    ['embed.title'],
    ['images.summary'],
    ['table.caption'],
  ])('leaves out %s', (key) => {
    const prefix = key.slice(0, key.indexOf('.') + 1);
    expect(Object.keys(strings).some((k) => k.startsWith(prefix))).toBe(true);
    expect(Object.keys(kept).filter((k) => k.startsWith(prefix))).toEqual([]);
  });

  it.each([
    ['details.failed'],
    ['legend.label'],
    ['timeline.label'],
    ['cargo.label.cable-km'],
    ['area.crimea'],
    ['corrections.correctedOn'],
    ['page.allEvents'],
  ])('keeps %s, which an island reads', (key) => {
    const prefix = key.slice(0, key.indexOf('.') + 1);
    const ofPrefix = Object.keys(strings).filter((k) => k.startsWith(prefix));
    expect(ofPrefix.length).toBeGreaterThan(0);
    for (const k of ofPrefix)
      expect(kept[k as keyof UiStrings]).toBe(strings[k as keyof UiStrings]);
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
