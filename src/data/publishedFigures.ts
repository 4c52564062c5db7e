/**
 * What `npm run publish:figures` records of an event, and of the whole dataset:
 * the figures a correction would have to explain if they changed.
 */
import type { AidEvent, Dataset } from './schema.ts';
import type { PublishedEvent, PublishedSnapshot } from './publishedSchema.ts';

/**
 * An event's figures, with only the fields it has.
 * @example publishedFiguresOf(event) // { date: '2025-08-13', amount: { value: 1000000, currency: 'USD', qualifier: 'about' }, cargo: [...] }
 */
export function publishedFiguresOf(event: AidEvent): PublishedEvent {
  return {
    date: event.date,
    ...(event.amount ? { amount: { ...event.amount } } : {}),
    ...(event.statedEquivalent ? { statedEquivalent: { ...event.statedEquivalent } } : {}),
    ...(event.cargo
      ? {
          cargo: event.cargo.map(({ item, quantity, qualifier }) => ({
            item,
            ...(quantity === undefined ? {} : { quantity }),
            ...(qualifier === undefined ? {} : { qualifier }),
          })),
        }
      : {}),
    ...(event.total ? { total: { ...event.total } } : {}),
  };
}

/**
 * The snapshot of `dataset` published on `day`; `firstPublished` is kept
 * from the previous snapshot when there is one.
 * @example snapshotFigures(dataset, '2026-12-02') // { firstPublished: '2026-12-02', published: '2026-12-02', events: { … } }
 */
export function snapshotFigures(
  dataset: Pick<Dataset, 'events'>,
  day: string,
  previous?: Pick<PublishedSnapshot, 'firstPublished'>,
): PublishedSnapshot {
  return {
    $comment:
      'Written by `npm run publish:figures`: the figures as readers last saw them. Do not edit by hand; see data/README.md, "Make a correction".',
    firstPublished: previous?.firstPublished ?? day,
    published: day,
    events: Object.fromEntries(dataset.events.map((e) => [e.id, publishedFiguresOf(e)])),
  };
}
