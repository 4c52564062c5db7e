/**
 * The records a correction changed, as the Corrections section names them:
 * the step's or event's title, linked to it on the page, and the names of
 * notes, places and sources (notes linked to their heading).
 */
import type { Correction, Dataset } from '../../data/schema.ts';
import { PAGE_ID_PREFIXES } from './pageIds.ts';

export interface CorrectedRecord {
  /** What the record is: "Step", "Event", "Note", "Place", "Source". */
  kind: string;
  /** Its title or name as the page shows it (the id when it is no longer in the data). */
  label: string;
  /** The fragment of its place on the page, when it has one. */
  href?: string;
}

/**
 * @example listCorrectedRecords({ records: { events: ['convoy-2025-08-13'] }, … }, dataset)
 * // [{ kind: 'Event', label: 'Ten trucks', href: '#event-convoy-2025-08-13' }]
 */
export function listCorrectedRecords(
  correction: Correction,
  dataset: Pick<Dataset, 'steps' | 'events' | 'places' | 'sources' | 'story'>,
): CorrectedRecord[] {
  const { steps = [], events = [], places = [], sources = [], notes = [] } = correction.records;
  const named = <T extends { id: string }>(
    list: readonly T[],
    id: string,
    name: (r: T) => string,
  ) => {
    const found = list.find((r) => r.id === id);
    return found ? name(found) : undefined;
  };
  return [
    ...steps.map((id) => {
      const label = named(dataset.steps, id, (s) => s.title);
      return { kind: 'Step', label: label ?? id, ...(label ? { href: `#${id}` } : {}) };
    }),
    ...events.map((id) => {
      const label = named(dataset.events, id, (e) => e.title);
      return {
        kind: 'Event',
        label: label ?? id,
        ...(label ? { href: `#${PAGE_ID_PREFIXES.eventRow}${id}` } : {}),
      };
    }),
    ...notes.map((id) => {
      const label = named(dataset.story.notes, id, (n) => n.heading);
      return {
        kind: 'Note',
        label: label ?? id,
        ...(label ? { href: `#${PAGE_ID_PREFIXES.note}${id}` } : {}),
      };
    }),
    ...places.map((id) => ({
      kind: 'Place',
      label: named(dataset.places, id, (p) => p.name) ?? id,
    })),
    ...sources.map((id) => ({
      kind: 'Source',
      label: named(dataset.sources, id, (s) => `${s.publisher}, “${s.title}”`) ?? id,
    })),
  ];
}
