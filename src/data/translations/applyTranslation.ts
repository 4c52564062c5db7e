/**
 * The dataset in one language: each text field the translation gives
 * replaces the English one; ids, figures, dates, places and links stay
 * as they are. Publisher names and titles of articles stay as published.
 * A text the translation lacks stays English (check:data has already
 * refused the build over it).
 */
import type { Dataset } from '../schema.ts';
import type { Translation } from './translationSchema.ts';

function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((item) => [item.id, item]));
}

/**
 * @example applyTranslation(dataset, ukTranslation, 'uk').steps[0].title // 'Відправлення на $1 млн…'
 */
export function applyTranslation(dataset: Dataset, translation: Translation, tag: string): Dataset {
  const story = translation.story;
  const notes = byId(story?.notes);
  const steps = byId(translation.steps);
  const events = byId(translation.events);
  const places = byId(translation.places);
  const sources = byId(translation.sources);
  const corrections = byId(translation.corrections);
  const titles = byId(translation.extras?.sources);
  const cargoNotes = byId(translation.extras?.cargoNotes);
  return {
    ...dataset,
    story: {
      ...dataset.story,
      language: tag,
      headline: story?.headline ?? dataset.story.headline,
      standfirst: story?.standfirst ?? dataset.story.standfirst,
      byline: story?.byline ?? dataset.story.byline,
      notes: dataset.story.notes.map((n) => ({
        ...n,
        ...pickTexts(notes.get(n.id), ['heading', 'text']),
      })),
    },
    steps: dataset.steps.map((s) => ({ ...s, ...pickTexts(steps.get(s.id), ['title', 'text']) })),
    places: dataset.places.map((p) => ({ ...p, ...pickTexts(places.get(p.id), ['name']) })),
    corrections: dataset.corrections.map((c) => ({
      ...c,
      ...pickTexts(corrections.get(c.id), ['wrong', 'now']),
    })),
    sources: dataset.sources.map((s) => ({
      ...s,
      ...pickTexts(sources.get(s.id), ['note']),
      ...pickTexts(titles.get(s.id), ['title', 'publisher']),
    })),
    events: dataset.events.map((e) => {
      const t = events.get(e.id);
      if (!t) return e;
      const notes = cargoNotes.get(e.id)?.cargo;
      return {
        ...e,
        ...(e.cargo && notes
          ? {
              cargo: e.cargo.map((line) => {
                const note = notes.find((n) => n.item === line.item)?.note;
                return line.note && note ? { ...line, note } : line;
              }),
            }
          : {}),
        ...pickTexts(t, ['title', 'text']),
        sources: e.sources.map((c, i) => {
          const note = t.sources?.[i]?.source === c.source ? t.sources[i]?.note : undefined;
          return note === undefined ? c : { ...c, note };
        }),
      };
    }),
  };
}

function pickTexts(record: object | undefined, fields: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!record) return out;
  for (const field of fields) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value === 'string') out[field] = value;
  }
  return out;
}
