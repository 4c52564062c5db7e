/**
 * Compares one language's translation of one data file with the English:
 * every English record and text field translated (error), no id the
 * English lacks (error), citations in the English order (error), and each
 * record's stored `from` fingerprint equal to the English's current one
 * (warning: the English changed after the translation was made).
 */
import type { JsonPath, Position } from '../locateJson.ts';
import { formatPath } from '../locateJson.ts';
import type { Problem } from '../../lib/model/problem.ts';
import { fingerprint } from './fingerprint.ts';
import { TRANSLATED_FIELDS, translationUnits, type TranslationUnit } from './translationUnits.ts';
import type { TranslationFileName } from './translationSchema.ts';

export interface TranslationCheckInput {
  file: TranslationFileName;
  /** The language tag, e.g. "uk". */
  tag: string;
  /** The English file's content (validated). */
  english: unknown;
  /** The translation file's content (parsed; its schema problems are reported apart). */
  translated: unknown;
  /** Finds a path in the translation file. */
  locate: (path: JsonPath, target?: 'value' | 'key') => Position;
}

const STAMP_HINT =
  'compare the translation with the English, correct it, then run `npm run translations:stamp`';

function describeRecord(file: TranslationFileName, id: string): string {
  if (id === '') return 'the headline, standfirst and byline';
  const what = TRANSLATED_FIELDS[file].list.replace(/s$/, '');
  return `${what} "${id}"`;
}

/** The problems of one translation file, located in it (`translations/<tag>/<file>`). */
export function checkTranslation(input: TranslationCheckInput): Problem[] {
  const { file, tag, locate } = input;
  const where = `translations/${tag}/${file}`;
  const problems: Problem[] = [];
  const report = (
    severity: Problem['severity'],
    code: string,
    path: JsonPath,
    message: string,
    hint: string,
    target: 'value' | 'key' = 'value',
  ) =>
    problems.push({
      severity,
      code,
      file: where,
      ...locate(path, target),
      path: formatPath(path),
      message,
      hint,
    });

  const english = translationUnits(file, input.english);
  const translated = translationUnits(file, input.translated);
  const byId = new Map<string, TranslationUnit>();
  for (const unit of translated) byId.set(unit.id, unit);
  const englishIds = new Set(english.map((u) => u.id));
  const list = TRANSLATED_FIELDS[file].list;
  let unstamped = 0;

  for (const source of english) {
    const target = byId.get(source.id);
    const what = describeRecord(file, source.id);
    if (!target) {
      report(
        'error',
        'translation-missing',
        source.id === '' ? [] : [list],
        `${what} has no ${tag} translation`,
        `add { "id": "${source.id}", … } with its translated ${Object.keys(source.texts).join(', ')}, in the English order`,
      );
      continue;
    }
    for (const field of Object.keys(source.texts)) {
      if (target.texts[field] !== undefined) continue;
      report(
        'error',
        'translation-missing-field',
        target.path,
        `${field} of ${what} is not translated`,
        `add "${field}" in ${tag}, translated from the English`,
      );
    }
    for (const field of Object.keys(target.texts)) {
      if (source.texts[field] !== undefined) continue;
      report(
        'error',
        'translation-unknown-field',
        target.path,
        `${field} of ${what} has no English to translate`,
        'remove it, or add the English first',
      );
    }
    if (source.citations && target.citations) {
      const same =
        source.citations.length === target.citations.length &&
        source.citations.every((id, i) => id === target.citations![i]);
      if (!same) {
        report(
          'error',
          'translation-citations',
          [...target.path, 'sources'],
          `the sources of ${what} are not the English ones in the English order`,
          `list them as the English does: ${source.citations.join(', ')}`,
        );
      }
    }
    if (target.from === undefined) unstamped++;
    else if (target.from !== fingerprint(source.texts)) {
      report(
        'warning',
        'translation-outdated',
        [...target.path, 'from'],
        `the English of ${what} has changed since this translation was made`,
        STAMP_HINT,
      );
    }
  }
  for (const unit of translated) {
    if (englishIds.has(unit.id)) continue;
    report(
      'error',
      'translation-unknown-id',
      [...unit.path, 'id'],
      `"${unit.id}" is not an id in the English ${file}`,
      "use the English record's id, or remove this record if the English one was deleted",
    );
  }
  if (unstamped > 0) {
    report(
      'warning',
      'translation-unstamped',
      [],
      `${unstamped} record${unstamped === 1 ? ' has' : 's have'} no "from" fingerprint, so a later change to the English cannot be noticed`,
      `once the translation is reviewed, run \`npm run translations:stamp\``,
    );
  }
  return problems;
}
