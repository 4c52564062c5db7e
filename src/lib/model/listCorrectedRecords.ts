/**
 * The records a correction changed, as the Corrections section names them:
 * the step's or event's title, linked to it on the page, and the names of
 * notes, places and sources (notes linked to their heading).
 */
import type { Correction, Dataset } from '../../data/schema.ts';
import { PAGE_ID_PREFIXES } from './pageIds.ts';
import { splitAtPlaceholder } from '../i18n/fillIn.ts';
import type { Translate } from '../i18n/uiStrings.ts';

export type RecordKind = 'Step' | 'Event' | 'Note' | 'Place' | 'Source';

export interface CorrectedRecord {
  /** What the record is. */
  kind: RecordKind;
  /** Its title or name as the page shows it (the id when it is no longer in the data). */
  label: string;
  /** The fragment of its place on the page, when it has one. */
  href?: string;
}

/**
 * The words around a corrected record's title in the page's language: the
 * catalogue's `corrections.record.<Kind>`, a template around {label} (the
 * page puts the title, a link, between the two).
 * @example recordKindWords('Step', ukT) // ['крок «', '»']
 */
export function recordKindWords(kind: RecordKind, t: Translate): [string, string] {
  return splitAtPlaceholder(t(`corrections.record.${kind}`), 'label');
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
      return { kind: 'Step' as const, label: label ?? id, ...(label ? { href: `#${id}` } : {}) };
    }),
    ...events.map((id) => {
      const label = named(dataset.events, id, (e) => e.title);
      return {
        kind: 'Event' as const,
        label: label ?? id,
        ...(label ? { href: `#${PAGE_ID_PREFIXES.eventRow}${id}` } : {}),
      };
    }),
    ...notes.map((id) => {
      const label = named(dataset.story.notes, id, (n) => n.heading);
      return {
        kind: 'Note' as const,
        label: label ?? id,
        ...(label ? { href: `#${PAGE_ID_PREFIXES.note}${id}` } : {}),
      };
    }),
    ...places.map((id) => ({
      kind: 'Place' as const,
      label: named(dataset.places, id, (p) => p.name) ?? id,
    })),
    ...sources.map((id) => ({
      kind: 'Source' as const,
      label: named(dataset.sources, id, (s) => `${s.publisher}, “${s.title}”`) ?? id,
    })),
  ];
}
