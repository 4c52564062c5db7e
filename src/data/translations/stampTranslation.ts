/**
 * Writes the English's current fingerprint into the `from` of each
 * translated record (and of the story's own fields) of one translation
 * file, keeping the file's layout: what `npm run translations:stamp` does
 * once a translator or editor has reviewed the translation against the
 * English.
 */
import { applyEdits, modify, parse } from 'jsonc-parser';
import { fingerprint } from './fingerprint.ts';
import { translationUnits } from './translationUnits.ts';
import type { TranslationFileName } from './translationSchema.ts';

export interface StampResult {
  text: string;
  /** Ids whose `from` was added or changed ("" for the story's own fields). */
  stamped: string[];
}

/**
 * @example stampTranslation('places.json', englishContent, '{ "language": "uk", "places": [{ "id": "baku", "name": "Баку" }] }', ['baku']).stamped // ['baku']
 */
export function stampTranslation(
  file: TranslationFileName,
  english: unknown,
  text: string,
  only?: ReadonlySet<string>,
): StampResult {
  const sources = new Map(translationUnits(file, english).map((u) => [u.id, u]));
  let out = text;
  const stamped: string[] = [];
  for (const unit of translationUnits(file, parse(text))) {
    const source = sources.get(unit.id);
    if (!source || (only && !only.has(unit.id))) continue;
    const value = fingerprint(source.texts);
    if (unit.from === value) continue;
    const edits = modify(out, [...unit.path, 'from'], value, {
      formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
    });
    out = applyEdits(out, edits);
    stamped.push(unit.id);
  }
  return { text: out, stamped };
}
