/**
 * A cargo quantity must say how precise its source is. Without a qualifier
 * the cargo charts would read the figure as exact and could call a sum
 * "in all" when the source said "about" or "more than".
 */
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/**
 * Errors for each cargo line that has a quantity but no qualifier.
 * @example checkCargoQualifiers({ events: [{ cargo: [{ item: 'trucks', quantity: 14 }], … }] }) // [{ code: 'qualifier-missing', path: 'events[0].cargo[0].qualifier', … }]
 */
export function checkCargoQualifiers(
  data: Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    event.cargo?.forEach((line, j) => {
      if (line.quantity === undefined || line.qualifier !== undefined) return;
      report(
        'error',
        'qualifier-missing',
        'events.json',
        ['events', i, 'cargo', j, 'quantity'],
        `the quantity ${line.quantity} has no "qualifier", so nobody can tell whether the source said exactly, about or more than ${line.quantity}`,
        'add "qualifier" beside "quantity" in the source\'s own wording: "exact", "about", "more-than", "at-least" or "up-to"',
        [event.id],
      );
    });
  });
  return problems;
}
