/**
 * Which corrections touched a record, for the "Corrected on …" line of a
 * step or an event, newest first.
 */
import type { Correction } from '../../data/schema.ts';

/** The kinds of record a correction names (the keys of its `records`). */
export type CorrectedKind = keyof Correction['records'];

/**
 * The corrections that name `id` among their `kind` records, newest first.
 * @example findCorrections(corrections, 'events', 'convoy-2025-08-13') // [{ id: 'convoy-trucks', date: '2026-12-05', … }]
 */
export function findCorrections(
  corrections: readonly Correction[],
  kind: CorrectedKind,
  id: string,
): Correction[] {
  return sortNewestFirst(corrections.filter((c) => c.records[kind]?.includes(id)));
}

/**
 * The corrections, newest first; corrections of one day keep the file's order.
 * @example sortNewestFirst([{ date: '2026-12-05', … }, { date: '2026-12-09', … }]) // the 9th, then the 5th
 */
export function sortNewestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
