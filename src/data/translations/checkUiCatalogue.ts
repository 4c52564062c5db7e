/**
 * A translated UI catalogue (data/translations/<tag>/ui.json) against the
 * English one (data/ui/en.json): the same keys, and in each string the
 * same {placeholders}, which the code fills in.
 */
import type { JsonPath, Position } from '../locateJson.ts';
import { formatPath } from '../locateJson.ts';
import type { Problem } from '../../lib/model/problem.ts';

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
    const want = placeholders(text).filter((p) => !OPTIONAL.has(p!));
    const have = new Set(placeholders(value));
    const lost = want.filter((p) => !have.has(p));
    if (lost.length) {
      report(
        'ui-string-placeholder',
        ['strings', key],
        `"${key}" lacks ${lost.map((p) => `{${p}}`).join(', ')}`,
        `keep the English placeholders: ${text}`,
      );
    }
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
