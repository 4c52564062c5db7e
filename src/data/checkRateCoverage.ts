import { findRate } from '../lib/model/convertToUsd.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/** Warns about amounts in a currency that no rate in rates.json covers on the event's date (USD never needs one). */
export function checkRateCoverage(
  data: Pick<Dataset, 'events' | 'rates'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    for (const key of ['amount', 'statedEquivalent'] as const) {
      const amount = event[key];
      // findRate gives USD a rate of 1; other currencies need a stated rate covering the whole date.
      if (!amount || findRate(amount.currency, event.date, data.rates)) continue;
      report(
        'warning',
        'no-rate',
        'events.json',
        ['events', i, key, 'currency'],
        `no ${amount.currency} rate in rates.json covers ${event.date}, so this amount cannot be converted to US dollars`,
        `add a ${amount.currency} rate to rates.json whose "from"/"to" include ${event.date}, citing its source`,
        [event.id],
      );
    }
  });
  return problems;
}
