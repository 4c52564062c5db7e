/**
 * When a list file fails the schema, its records that pass on their own
 * still go through the cross-record checks, so an editor learns of every
 * problem at once: a wrong amount in one event no longer hides a misspelled
 * place in another until the first is fixed.
 *
 * The checks then see a shorter list. Their paths and positions are put
 * back on the file's own indices (`toFileIndex`), and what they say about
 * something missing from the shorter list is dropped when the record it
 * names is one that failed the schema (`reconcilePartialProblems`).
 */
import type * as z from 'zod';
import { correctionSchema } from './correctionsSchema.ts';
import type { JsonPath } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import {
  eventSchema,
  placeSchema,
  rateSchema,
  sourceSchema,
  stepSchema,
  type DataFileName,
} from './schema.ts';

/** The files that hold one list of records, with the list's key and one record's schema. */
export const LIST_FILES: Partial<Record<DataFileName, { key: string; item: z.ZodType }>> = {
  'sources.json': { key: 'sources', item: sourceSchema },
  'places.json': { key: 'places', item: placeSchema },
  'events.json': { key: 'events', item: eventSchema },
  'rates.json': { key: 'rates', item: rateSchema },
  'steps.json': { key: 'steps', item: stepSchema },
  'corrections.json': { key: 'corrections', item: correctionSchema },
};

/** What is left of a list file that failed the schema. */
export interface PartialList {
  key: string;
  /** The records that passed the schema, in file order. */
  records: unknown[];
  /** For each of them, its index in the file. */
  indexOf: number[];
  /** The ids of the records that failed (when their id is text). */
  failedIds: Set<string>;
}

/**
 * The records of `root[key]` that pass `item` on their own, or null when
 * there is no list to look at.
 * @example salvageRecords({ events: [good, bad, good2] }, 'events', eventSchema)
 * // { key: 'events', records: [good, good2], indexOf: [0, 2], failedIds: Set { 'bad-id' } }
 */
export function salvageRecords(root: unknown, key: string, item: z.ZodType): PartialList | null {
  if (root === null || typeof root !== 'object' || !Object.hasOwn(root, key)) return null;
  const list = (root as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return null;
  const partial: PartialList = { key, records: [], indexOf: [], failedIds: new Set() };
  list.forEach((record: unknown, index) => {
    const result = item.safeParse(record);
    if (result.success) {
      partial.records.push(result.data);
      partial.indexOf.push(index);
      return;
    }
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id === 'string') partial.failedIds.add(id);
  });
  return partial;
}

/**
 * A path into the shorter list, as a path into the file.
 * @example toFileIndex(['events', 1, 'date'], { key: 'events', indexOf: [0, 2], … }) // ['events', 2, 'date']
 */
export function toFileIndex(path: JsonPath, partial: PartialList | undefined): JsonPath {
  if (!partial || path[0] !== partial.key || typeof path[1] !== 'number') return path;
  return [partial.key, partial.indexOf[path[1]] ?? path[1], ...path.slice(2)];
}

/** "X is not in <file>": wrong when X is there but failed the schema. */
const UNKNOWN_IN: Record<string, DataFileName> = {
  'unknown-event': 'events.json',
  'unknown-place': 'places.json',
  'unknown-source': 'sources.json',
};

/** Claims about what a whole list lacks: they wait until the list is whole. */
const NEEDS_WHOLE: Record<string, DataFileName[]> = {
  'unused-source': ['events.json', 'rates.json'],
  'no-rate': ['rates.json'],
  'no-steps': ['steps.json'],
};

/** The id an "unknown-…" message names: `place "ukriane" is not in places.json`. */
const NAMED_ID = /^(?:event|place|source) "([^"]*)"/;

/** `events[1]` → `events[2]` where the list is `key` (not a nested `….sources[1]`). */
function remapIndices(text: string, partial: PartialList, anchored: boolean): string {
  const pattern = new RegExp(`${anchored ? '^' : '(?<![\\w.\\]])'}${partial.key}\\[(\\d+)\\]`, 'g');
  return text.replace(
    pattern,
    (_, index: string) => `${partial.key}[${partial.indexOf[Number(index)] ?? index}]`,
  );
}

/**
 * The checks' problems on partial lists, as they read against the files:
 * `events[1]` becomes `events[2]` in paths and messages, "X is not in
 * <file>" is dropped when X only failed the schema (its own problem is
 * already reported), and claims about a whole list wait until it is whole.
 */
export function reconcilePartialProblems(
  problems: readonly Problem[],
  partials: ReadonlyMap<DataFileName, PartialList>,
): Problem[] {
  const out: Problem[] = [];
  for (const problem of problems) {
    if (NEEDS_WHOLE[problem.code]?.some((file) => partials.has(file))) continue;
    const unknownIn = UNKNOWN_IN[problem.code];
    const missingFrom = unknownIn === undefined ? undefined : partials.get(unknownIn);
    const named = NAMED_ID.exec(problem.message)?.[1];
    if (missingFrom && (named === undefined || missingFrom.failedIds.has(named))) continue;
    const own = partials.get(problem.file as DataFileName);
    let message = problem.message;
    for (const partial of partials.values()) message = remapIndices(message, partial, false);
    out.push({
      ...problem,
      path: own ? remapIndices(problem.path, own, true) : problem.path,
      message,
    });
  }
  return out;
}
