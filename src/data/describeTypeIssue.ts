import type { Problem } from '../lib/model/problem.ts';
import type { Issue, IssueFacts } from './issueFacts.ts';
import { shorten } from '../lib/format/shorten.ts';
import { DATA_FILE_SHAPES } from './dataFileShapes.ts';
import { placeholder, plainType } from './describeFieldSchema.ts';
import { describeValue } from './describeValue.ts';

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

/** "1,000,000", "7.6 million", "$34M" → the number meant, if it is clearly one. */
function parseLooseNumber(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[$€£]\s*/, '')
    .replace(/\s*(usd|azn|eur|manats?|dollars?)$/i, '');
  const match = /^(\d[\d,\s]*(?:\.\d+)?)\s*(million|mln|m|billion|bn|thousand|k)?$/i.exec(cleaned);
  if (!match?.[1]) return undefined;
  const base = Number(match[1].replace(/[,\s]/g, ''));
  const unit = (match[2] ?? '').toLowerCase();
  const factor = /^(million|mln|m)$/.test(unit)
    ? 1e6
    : /^(billion|bn)$/.test(unit)
      ? 1e9
      : unit
        ? 1e3
        : 1;
  const value = Math.round(base * factor * 100) / 100;
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A value of the wrong type (text for a number, a number for text, …): what was expected, and how to write it.
 */
export function describeTypeIssue(
  issue: Extract<Issue, { code: 'invalid_type' }>,
  facts: IssueFacts,
): Problem[] {
  const { make, value, key, path, fieldSchema, custom, optional, file } = facts;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return [
      make(
        'not-finite',
        'is too large to be a number (JSON reads it as infinity)',
        'write the figure in full digits, e.g. 45000000',
      ),
    ];
  }
  const kind = plainType(fieldSchema);
  const expected =
    issue.expected === 'string' && kind === 'date'
      ? 'a date in double quotes, e.g. "2025-08-13"'
      : issue.expected === 'string' && kind === 'id'
        ? 'an id in double quotes, e.g. "convoy-2023-10-30"'
        : (EXPECTED_NAMES[issue.expected] ?? issue.expected);
  let hint = custom ?? `write ${expected}`;
  if (value === null && optional)
    hint = `leave "${key}" out when there is nothing to say, or write ${expected}`;
  else if (issue.expected === 'number' && typeof value === 'string') {
    const number = parseLooseNumber(value);
    hint =
      number === undefined
        ? 'write a plain number without quotes, e.g. 1000000 (no "1M", no thousands separators)'
        : `write ${number} without quotes (no "M", no thousands separators)`;
  } else if (
    issue.expected === 'string' &&
    (typeof value === 'number' || typeof value === 'boolean')
  ) {
    hint = `put it in double quotes: "${String(value)}"`;
  } else if (issue.expected === 'array' && typeof value === 'string') {
    hint = `write a list in square brackets, e.g. [${JSON.stringify(shorten(value))}]`;
  } else if (issue.expected === 'object' && path.length === 0) {
    hint = `the file must hold one object: ${DATA_FILE_SHAPES[file]}`;
  } else if (issue.expected === 'object') {
    hint = `write an object in curly braces: ${placeholder(fieldSchema)}`;
  }
  return [make('wrong-type', `must be ${expected}, not ${describeValue(value)}`, hint)];
}
