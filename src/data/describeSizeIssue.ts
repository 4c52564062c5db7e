import type { Problem } from '../lib/model/problem.ts';
import type { Issue, IssueFacts } from './issueFacts.ts';
import { describeLimit } from './describeValue.ts';

/**
 * A number out of range, text empty or too long, a list too short or too long; null for any other size.
 */
export function describeSizeIssue(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  facts: IssueFacts,
): Problem[] | null {
  const { make, value, key, custom, optional } = facts;
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'number') {
    if (issue.code === 'too_small' && limit === 0 && issue.inclusive !== false) {
      return [
        make(
          'negative-number',
          `cannot be negative, but is ${String(value)}`,
          'write the figure without a minus sign; the story only records amounts given or shipped',
        ),
      ];
    }
    const bound =
      issue.code === 'too_small'
        ? `${issue.inclusive === false ? 'greater than' : 'at least'} ${describeLimit(limit)}`
        : `${issue.inclusive === false ? 'less than' : 'at most'} ${describeLimit(limit)}`;
    const coordinate =
      key === 'lon' || key === 'lat'
        ? 'lon is degrees east and lat degrees north (Kyiv: lon 30.52, lat 50.45); check they are not swapped'
        : undefined;
    return [
      make(
        'out-of-range',
        `must be ${bound}, but is ${typeof value === 'number' ? describeLimit(value) : String(value)}`,
        coordinate ?? custom ?? `write a number ${bound}`,
      ),
    ];
  }
  if (issue.origin === 'string') {
    if (issue.code === 'too_small') {
      return [
        make(
          'empty-text',
          'is empty',
          optional
            ? `write the text, or leave "${key}" out`
            : 'write the text; this field is required',
        ),
      ];
    }
    const length = typeof value === 'string' ? value.trim().length : 0;
    return [
      make(
        'too-long',
        `is ${length} characters long; at most ${limit} are allowed`,
        custom ?? `shorten it to ${limit} characters or fewer`,
      ),
    ];
  }
  if (issue.origin === 'array') {
    const bound = issue.code === 'too_small' ? `at least ${limit}` : `at most ${limit}`;
    return [
      make(
        issue.code === 'too_small' ? 'empty-list' : 'too-many',
        `must list ${bound} item${limit === 1 ? '' : 's'}`,
        custom ?? `the list needs ${bound} items`,
      ),
    ];
  }
  return null;
}
