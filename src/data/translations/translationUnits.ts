/**
 * The translatable pieces of one data file, the same way for the English
 * file and its translation: each record's id, where it sits, and its text
 * fields by name (an event's citation notes as `sources[0].note`). The
 * checks compare the two lists; the fingerprint is taken over the
 * English texts.
 */
import type { JsonPath } from '../locateJson.ts';
import type { TranslationFileName } from './translationSchema.ts';

export interface TranslationUnit {
  /** The record's id; "" for the story's own fields (headline, standfirst, byline). */
  id: string;
  /** Where the record sits in its file. */
  path: JsonPath;
  /** Translatable texts by field ("title", "sources[1].note"). */
  texts: Record<string, string>;
  /** For events: the citations' source ids, in order. */
  citations?: string[];
  /** The stored fingerprint (translations only). */
  from?: string;
}

/** What each file's records translate: the list they sit in and their text fields. */
export const TRANSLATED_FIELDS: Record<TranslationFileName, { list: string; fields: string[] }> = {
  'story.json': { list: 'notes', fields: ['heading', 'text'] },
  'steps.json': { list: 'steps', fields: ['title', 'text'] },
  'events.json': { list: 'events', fields: ['title', 'text'] },
  'places.json': { list: 'places', fields: ['name'] },
  'sources.json': { list: 'sources', fields: ['note'] },
  'corrections.json': { list: 'corrections', fields: ['wrong', 'now'] },
};

export const STORY_FIELDS = ['headline', 'standfirst', 'byline'];

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);

function pick(record: Loose, fields: readonly string[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string') texts[field] = value;
  }
  return texts;
}

function unit(record: Loose, path: JsonPath, fields: readonly string[]): TranslationUnit | null {
  if (typeof record.id !== 'string') return null;
  const texts = pick(record, fields);
  const result: TranslationUnit = { id: record.id, path, texts };
  if (Array.isArray(record.sources)) {
    result.citations = [];
    record.sources.forEach((citation: unknown, i) => {
      if (!isObject(citation)) return;
      result.citations!.push(String(citation.source));
      if (typeof citation.note === 'string') texts[`sources[${i}].note`] = citation.note;
    });
  }
  if (typeof record.from === 'string') result.from = record.from;
  return result;
}

/**
 * The units of one file's content: for story.json, the story's own fields
 * (id "") and each note; for the others, each record of their list.
 * @example translationUnits('places.json', { places: [{ id: 'baku', name: 'Baku', … }] }) // [{ id: 'baku', path: ['places', 0], texts: { name: 'Baku' } }]
 */
export function translationUnits(file: TranslationFileName, root: unknown): TranslationUnit[] {
  if (!isObject(root)) return [];
  const units: TranslationUnit[] = [];
  if (file === 'story.json') {
    const story: TranslationUnit = { id: '', path: [], texts: pick(root, STORY_FIELDS) };
    if (typeof root.from === 'string') story.from = root.from;
    units.push(story);
  }
  const { list, fields } = TRANSLATED_FIELDS[file];
  const records = root[list];
  if (!Array.isArray(records)) return units;
  records.forEach((record: unknown, i) => {
    const found = isObject(record) ? unit(record, [list, i], fields) : null;
    if (found) units.push(found);
  });
  return units;
}
