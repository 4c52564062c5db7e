import { describe, expect, it } from 'vitest';
import { slimStoryData } from '../../src/build/slimStoryData.ts';
import { islandStrings } from '../../src/build/islandStrings.ts';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { localizeStory } from '../../src/build/i18n/buildLocalePack.ts';
import type { StoryDataModule } from '../../src/lib/model/storyDataModule.ts';

// Ukrainian: a page whose locale has quote translations to leave out.
const loaded = loadDataDir('data');
const uk = localizeStory(loaded.dataset!, loaded, 'static/geo/region.topo.json').uk!;
const full: StoryDataModule = {
  ok: true,
  dataset: uk.dataset,
  locale: uk.locale,
  warnings: loaded.problems.filter((p) => p.severity === 'warning'),
};
const slim = slimStoryData(full);
const slimJson = JSON.stringify(slim);
if (!slim.ok || !full.ok) throw new Error('the test data must be valid');

describe('slimStoryData(payload)', () => {
  it('marks the payload slim, and leaves a failing payload as it is', () => {
    expect(slim.slim).toBe(true);
    const failing: StoryDataModule = { ok: false, problems: [] };
    expect(slimStoryData(failing)).toBe(failing);
  });

  it.each([
    ...full.dataset.events.map((e) => [`event ${e.id}'s text`, e.text] as const),
    ...full.dataset.steps.map((s) => [`step ${s.id}'s text`, s.text] as const),
    ...full.dataset.story.notes.map((n) => [`note ${n.id}`, n.text] as const),
    ['the standfirst', full.dataset.story.standfirst] as const,
    ...full.dataset.sources.map((s) => [`source ${s.id}'s title`, s.title] as const),
  ])('leaves out %s, which the page or the full data holds', (_what, text) => {
    expect(text.length).toBeGreaterThan(0);
    expect(slimJson).not.toContain(JSON.stringify(text).slice(1, -1));
  });

  it('keeps no citation: an event’s details and the table’s later rows, which show them, start from the full data', () => {
    expect(full.dataset.events.every((e) => e.sources.length > 0)).toBe(true);
    expect(slim.dataset.events.flatMap((e) => e.sources)).toEqual([]);
  });

  it('keeps what the graphic draws: each step as the full data builds it, but for its title and text (the step cards hold them)', () => {
    const fromSlim = buildStoryModel(slim.dataset, []);
    const fromFull = buildStoryModel(full.dataset, full.warnings);
    const untitled = (s: (typeof fromFull.steps)[number]) => ({
      ...s,
      step: { ...s.step, title: '', text: '' },
    });
    expect(fromSlim.steps.map(untitled)).toEqual(fromFull.steps.map(untitled));
    expect(slim.dataset.steps.map((s) => s.title)).toEqual(slim.dataset.steps.map(() => ''));
    // Cargo notes show only in an event's details, which load the full data.
    const drawn = (e: (typeof fromFull.events)[number]) => [
      e.id,
      e.date,
      e.title,
      e.amount,
      e.cargo?.map(({ note: _note, ...line }) => line),
    ];
    expect(fromSlim.events.map(drawn)).toEqual(fromFull.events.map(drawn));
  });

  it.each([
    ...full.dataset.events.flatMap((e) =>
      (e.cargo ?? []).flatMap((line) =>
        line.note ? [[`a cargo note of ${e.id}`, line.note] as const] : [],
      ),
    ),
    ...full.dataset.rates.flatMap((r) =>
      r.note ? [[`the ${r.currency} rate's note`, r.note] as const] : [],
    ),
    ...full.dataset.corrections.flatMap((c) => [
      [`what correction ${c.id} says was wrong`, c.wrong] as const,
      [`what correction ${c.id} says now`, c.now] as const,
    ]),
  ])('leaves out %s, which only the details and the printed notes show', (_what, text) => {
    expect(slimJson).not.toContain(JSON.stringify(text).slice(1, -1));
  });

  it('keeps when and where each correction was made, for the "Corrected on" lines', () => {
    expect(slim.dataset.corrections.map(({ wrong: _w, now: _n, ...c }) => c)).toEqual(
      full.dataset.corrections.map(({ wrong: _w, now: _n, ...c }) => c),
    );
  });

  it("keeps the islands' UI strings and the format, and leaves out the quotes' translations (event details load them)", () => {
    expect(Object.keys(full.locale.quotes).length).toBeGreaterThan(0);
    expect(slim.locale.quotes).toEqual({});
    // The strings no island reads are left out (islandStrings.test.ts).
    expect(slim.locale.strings).toEqual(islandStrings(full.locale.strings));
    expect(slim.locale.format).toEqual(full.locale.format);
    expect(slim.locale.languages).toEqual(full.locale.languages);
  });

  it('does not change the payload it is given', () => {
    const before = JSON.stringify(full);
    slimStoryData(full);
    expect(JSON.stringify(full)).toBe(before);
  });
});
