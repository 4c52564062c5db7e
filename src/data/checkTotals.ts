import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/** A total with scope "period" needs `period`; with scope "order", `order`. */
export function checkTotals(data: Pick<Dataset, 'events'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    const total = event.total;
    if (total?.scope === 'period' && total.period === undefined) {
      report(
        'error',
        'total-missing-period',
        'events.json',
        ['events', i, 'total', 'period'],
        'a total with scope "period" needs "period": the span it covers',
        'add "period": "2024" (or whichever year, month or FROM/TO range the total covers), or change "scope"',
        [event.id],
      );
    }
    if (total?.scope === 'order' && total.order === undefined) {
      report(
        'error',
        'total-missing-order',
        'events.json',
        ['events', i, 'total', 'order'],
        'a total with scope "order" needs "order": the id of the order it adds up',
        'add "order": "<id of the order event>", or change "scope"',
        [event.id],
      );
    }
  });
  return problems;
}
