import type { Problem } from '../lib/model/problem.ts';
import type { Issue, IssueFacts } from './issueFacts.ts';
import { suggestClosest } from './suggestClosest.ts';
import { describeValue } from './describeValue.ts';

/**
 * A value that is not one of the allowed choices: the closest choice, or the list.
 */
export function describeChoiceIssue(
  issue: Extract<Issue, { code: 'invalid_value' }>,
  facts: IssueFacts,
): Problem[] {
  const { make, value, key, custom } = facts;
  const values = issue.values.map(String);
  const suggestion = typeof value === 'string' ? suggestClosest(value, values) : undefined;
  const isCurrency = key === 'currency';
  let hint = suggestion
    ? `did you mean "${suggestion}"? Write it exactly as listed`
    : 'write one of the allowed values exactly as listed, in double quotes';
  if (isCurrency && !suggestion) {
    hint = `the story converts only ${values.join(', ')}; a figure in another currency needs that currency added to CURRENCIES in src/data/schema.ts and a rate in rates.json (ask a developer)`;
  } else if (custom && !custom.startsWith('must be one of')) hint += `; ${custom}`;
  return [
    make(
      'invalid-choice',
      `must be one of ${values.join(', ')}, not ${describeValue(value)}`,
      hint,
    ),
  ];
}
