import type { Problem } from '../lib/model/problem.ts';
import type { Issue, IssueFacts } from './issueFacts.ts';
import { shorten } from '../lib/format/shorten.ts';
import { parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import { explainDate } from './explainDate.ts';
import { describeUrlCredentials } from './urlCredentials.ts';

/**
 * Our schema's own refinements: web addresses with hidden credentials and dates that are not real; null for any other.
 */
export function describeCustomIssue(
  issue: Extract<Issue, { code: 'custom' }>,
  facts: IssueFacts,
): Problem[] | null {
  const { make, value } = facts;
  const deceptive = typeof value === 'string' ? describeUrlCredentials(value) : null;
  if (deceptive) return [make('url-credentials', deceptive.message, deceptive.hint)];
  if (typeof value === 'string' && !parseFuzzyDate(value)) {
    const { why, suggestion } = explainDate(value);
    return [
      make(
        'invalid-date',
        `"${shorten(value)}" is not a real date: ${why}`,
        `${suggestion ? `did you mean "${suggestion}"? ` : ''}write YYYY-MM-DD, YYYY-MM, YYYY, or a range FROM/TO (e.g. "2026-01-16/2026-01-27")`,
      ),
    ];
  }
  return null;
}
