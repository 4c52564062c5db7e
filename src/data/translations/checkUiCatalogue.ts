/**
 * A translated UI catalogue (data/translations/<tag>/ui.json) against the
 * English one (data/ui/en.json): the same keys, and in each string the
 * same {placeholders}, which the code fills in.
 */
import type { JsonPath, Position } from '../locateJson.ts';
import { formatPath } from '../locateJson.ts';
import type { Problem } from '../../lib/model/problem.ts';
import { GRAMMAR_KEYS } from './grammarValues.ts';

const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]);

/** Markers only Azerbaijani qualifiers use: the case ending on the figure (azSuffix.ts). */
const OPTIONAL = new Set(['abl', 'dat', 'noun']);

export function checkUiCatalogue(
  english: Record<string, string>,
  translated: unknown,
  tag: string,
  locate: (path: JsonPath, target?: 'value' | 'key') => Position,
): Problem[] {
  const file = `translations/${tag}/ui.json`;
  const problems: Problem[] = [];
  const report = (code: string, path: JsonPath, message: string, hint: string) =>
    problems.push({
      severity: 'error',
      code,
      file,
      ...locate(path, 'key'),
      path: formatPath(path),
      message,
      hint,
    });
  const root = translated as { language?: unknown; strings?: unknown } | undefined;
  const strings = root?.strings;
  if (!strings || typeof strings !== 'object' || Array.isArray(strings)) {
    report(
      'ui-catalogue-shape',
      [],
      'the file must be { "language": …, "strings": { … } }',
      'copy data/ui/en.json and translate its strings',
    );
    return problems;
  }
  if (root.language !== tag) {
    report(
      'ui-catalogue-language',
      ['language'],
      `language must be "${tag}"`,
      `write "language": "${tag}"`,
    );
  }
  const given = strings as Record<string, unknown>;
  for (const [key, text] of Object.entries(english)) {
    const value = given[key];
    if (typeof value !== 'string' || value.trim() === '') {
      report(
        'ui-string-missing',
        ['strings'],
        `the UI string "${key}" is not translated`,
        `add "${key}": the ${tag} for "${text}"`,
      );
      continue;
    }
    const inEnglish = placeholders(text);
    const written = placeholders(value);
    const lost = inEnglish.filter((p) => !OPTIONAL.has(p!) && !written.includes(p));
    // One the English lacks, or has fewer times, would show to readers as
    // "{label}" (fillIn fills the English's; splitAtPlaceholder splits at one).
    const times = (list: typeof written, p: string | undefined) =>
      list.filter((q) => q === p).length;
    const extra = [...new Set(written)].filter(
      (p) => !OPTIONAL.has(p!) && times(written, p) > times(inEnglish, p),
    );
    if (lost.length) {
      report(
        'ui-string-placeholder',
        ['strings', key],
        `"${key}" lacks ${lost.map((p) => `{${p}}`).join(', ')}`,
        `keep the English placeholders: ${text}`,
      );
    } else if (extra.length) {
      report(
        'ui-string-placeholder',
        ['strings', key],
        `"${key}" has ${extra.map((p) => `{${p}}`).join(', ')} more often than the English`,
        `use the English placeholders, each as often as the English does: ${text}`,
      );
    }
  }
  for (const [key, read] of Object.entries(GRAMMAR_KEYS)) {
    const value = given[key];
    // A missing value is reported above.
    if (typeof value !== 'string' || value.trim() === '') continue;
    const reading = read(value);
    if (!('refused' in reading)) continue;
    report(
      'ui-grammar-value',
      ['strings', key],
      `"${key}" is ${JSON.stringify(value)}, which the page's formatters cannot read`,
      reading.refused,
    );
  }
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(english, key)) {
      report(
        'ui-string-unknown',
        ['strings', key],
        `"${key}" is not a key of data/ui/en.json`,
        'remove it, or add it to the English catalogue first',
      );
    }
  }
  return problems;
}
