/**
 * The story data the islands load (data/story.js): only what
 * the islands draw. The pre-rendered page already holds the texts (the
 * standfirst, the steps, the notes), and the event details load the rest
 * when a reader opens them (data/story-full.js). Left out: every prose
 * text the HTML has (the steps' titles too), event texts and citations, cargo
 * and rate notes (only the details and the notes show them), what each
 * correction says (the page prints it; the slim data keeps when and where,
 * for the "Corrected on" lines), the sources list, the quotes'
 * translations, the UI strings no island reads (islandStrings.ts), and
 * the warnings (the ?debug overlay loads the full data).
 */
import type { StoryDataModule } from '../lib/model/storyDataModule.ts';
import { islandStrings } from './islandStrings.ts';

/** A copy of `record` without its `note`. */
function withoutNote<T extends { note?: string }>(record: T): Omit<T, 'note'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { note, ...rest } = record;
  return rest;
}

/**
 * @example slimStoryData({ ok: true, dataset, warnings }) // { ok: true, slim: true, dataset: { …, sources: [] }, warnings: [] }
 */
export function slimStoryData(payload: StoryDataModule): StoryDataModule {
  if (!payload.ok) return payload;
  const { dataset } = payload;
  return {
    ok: true,
    slim: true,
    warnings: [],
    // The quotes' translations go with the texts they translate (event details).
    locale: { ...payload.locale, quotes: {}, strings: islandStrings(payload.locale.strings) },
    dataset: {
      ...dataset,
      story: { ...dataset.story, standfirst: '', byline: '', notes: [] },
      // The islands read the steps' titles from the step cards (src/dom/readStepCards.ts).
      steps: dataset.steps.map((step) => ({ ...step, title: '', text: '' })),
      events: dataset.events.map((event) => ({
        ...event,
        text: '',
        // Only an event's details and the table's later rows show its sources: both start from the full data.
        sources: [],
        ...(event.cargo ? { cargo: event.cargo.map(withoutNote) } : {}),
      })),
      sources: [],
      rates: dataset.rates.map(withoutNote),
      corrections: dataset.corrections.map((c) => ({ ...c, wrong: '', now: '' })),
    },
  };
}
