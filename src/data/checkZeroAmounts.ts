/**
 * An amount of 0 is shown as "$0" and counted as nothing: usually a figure
 * the source does not give, which should be left out instead.
 */
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/**
 * Warnings for amounts and stated equivalents of 0.
 * @example checkZeroAmounts({ events: [{ amount: { value: 0, … }, … }] }) // [{ code: 'zero-amount', path: 'events[0].amount.value', … }]
 */
export function checkZeroAmounts(
  data: Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    for (const key of ['amount', 'statedEquivalent'] as const) {
      if (event[key]?.value !== 0) continue;
      report(
        'warning',
        'zero-amount',
        'events.json',
        ['events', i, key, 'value'],
        `the ${key === 'amount' ? 'amount' : 'stated equivalent'} is 0, which the page shows as a figure of nothing`,
        `leave "${key}" out when the source gives no figure; keep 0 only if the source says so`,
        [event.id],
      );
    }
  });
  return problems;
}
