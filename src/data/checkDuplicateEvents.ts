import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';
import { describeAmount } from './describeMoney.ts';

/** Warns about two events with the same date, kind and amount: probably one event entered twice. */
export function checkDuplicateEvents(
  data: Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const seen = new Map<string, number>();
  data.events.forEach((event, i) => {
    if (!event.amount) return;
    const key = JSON.stringify([event.date, event.kind, event.amount.value, event.amount.currency]);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const other = data.events[first];
    if (!other) return;
    report(
      'warning',
      'possible-duplicate-event',
      'events.json',
      ['events', i, 'id'],
      `event "${event.id}" looks like a duplicate of "${other.id}": same date (${event.date}), kind (${event.kind}) and amount (${describeAmount(event.amount)})`,
      'if they are the same event, merge them and keep every citation; if not, make the titles say how they differ',
      [event.id, other.id],
    );
  });
  return problems;
}
