import type { Problem } from '../lib/model/problem.ts';
import type { Issue, IssueFacts } from './issueFacts.ts';
import { shorten } from '../lib/format/shorten.ts';
import { plainType } from './describeFieldSchema.ts';
import { describeValue } from './describeValue.ts';

/** "Convoy 1 (Oct)" → "convoy-1-oct". */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Text in the wrong form: a web address, an id, a country code …, with a corrected suggestion where one is clear.
 */
export function describeFormatIssue(
  issue: Extract<Issue, { code: 'invalid_format' }>,
  facts: IssueFacts,
): Problem[] {
  const { make, value, key, fieldSchema, custom } = facts;
  const text = typeof value === 'string' ? value : '';
  if (issue.format === 'url') {
    const fixed = /^[a-z][\w.-]*\.[a-z]{2,}/i.test(text) ? `; try "https://${text}"` : '';
    return [
      make(
        'invalid-url',
        `${describeValue(value)} is not a full web address`,
        `${custom ?? 'write the full address, starting with https://'}${fixed}`,
      ),
    ];
  }
  if (plainType(fieldSchema) === 'id' || key === 'id') {
    const slug = slugify(text);
    const tip = slug && slug !== text ? `; try "${slug}"` : '';
    return [
      make(
        'invalid-id',
        `"${shorten(text)}" is not a valid id`,
        `${custom ?? 'ids use lower-case letters, digits and single hyphens'}${tip}`,
      ),
    ];
  }
  const form = plainType(fieldSchema);
  const wanted = form.startsWith('two-letter') ? `a ${form}` : `in the expected form (${form})`;
  return [
    make('invalid-format', `${describeValue(value)} is not ${wanted}`, custom ?? `write ${wanted}`),
  ];
}
