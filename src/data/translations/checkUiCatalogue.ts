/**
 * A translated UI catalogue (data/translations/<tag>/ui.json) against the
 * English one (data/ui/en.json): the same keys, and in each string the
 * same {placeholders}, which the code fills in.
 */
import type { JsonPath, Position } from '../locateJson.ts';
import { formatPath } from '../locateJson.ts';
import type { Problem } from '../../lib/model/problem.ts';
import { QUALIFIERS } from '../schema.ts';
import { PLURAL_FORMS } from '../../lib/i18n/localeFormat.ts';

const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]);

/** Markers only Azerbaijani qualifiers use: the case ending on the figure (azSuffix.ts). */
const OPTIONAL = new Set(['abl', 'dat', 'noun']);

/**
 * Catalogue values that are grammar the formatters read, not words to
 * translate: what each may be (src/build/i18n/buildLocaleFormat.ts).
 */
const GRAMMAR_VALUES: Record<string, { accepts: (value: string) => boolean; hint: string }> = {
  'grammar.nounAfterMillion': {
    accepts: (value) => (PLURAL_FORMS as readonly string[]).includes(value),
    hint: `write the noun's form after "million" in this language, one of: ${PLURAL_FORMS.join(', ')} (a value the code reads, not a translation)`,
  },
  'grammar.genitiveAfter': {
    accepts: (value) =>
      value === 'none' ||
      value
        .split(/\s+/)
        .every((word) => word !== 'exact' && (QUALIFIERS as readonly string[]).includes(word)),
    hint: `write "none", or the qualifiers whose word takes the genitive, separated by spaces: ${QUALIFIERS.filter((q) => q !== 'exact').join(', ')} (a value the code reads, not a translation)`,
  },
};

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
    const want = placeholders(text).filter((p) => !OPTIONAL.has(p!));
    const written = placeholders(value);
    const have = new Set(written);
    const lost = want.filter((p) => !have.has(p));
    // One the English lacks, or one written twice where the English has it
    // once, would show to readers as "{label}" (fillIn, splitAtPlaceholder).
    const count = (list: (string | undefined)[], p: string | undefined) =>
      list.filter((q) => q === p).length;
    const extra = [...have].filter(
      (p) => !OPTIONAL.has(p!) && count(written, p) > count(placeholders(text), p),
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
        `"${key}" has ${extra.map((p) => `{${p}}`).join(', ')} where the English has it ${extra.some((p) => count(placeholders(text), p) > 0) ? 'fewer times' : 'nowhere'}`,
        `use the English placeholders, each as often as the English does: ${text}`,
      );
    }
  }
  for (const [key, { accepts, hint }] of Object.entries(GRAMMAR_VALUES)) {
    const value = given[key];
    // A missing value is reported above.
    if (typeof value !== 'string' || value.trim() === '' || accepts(value.trim())) continue;
    report(
      'ui-grammar-value',
      ['strings', key],
      `"${key}" is ${JSON.stringify(value)}, which the page's formatters cannot read`,
      hint,
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
