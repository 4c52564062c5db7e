/**
 * Which fields each kind of event may carry, so that nothing an editor
 * types shows in one place and is silently left out of another: cargo on an
 * order showed in the table but in no sum, and a reported total without its
 * "total" escaped every totals check.
 *
 * - order: amount, statedEquivalent (the money decided)
 * - shipment: amount, statedEquivalent, cargo, origin, destination, order
 * - reported-total: amount, statedEquivalent, cargo, and "total" (required)
 * - statement, context: amount, statedEquivalent (a figure as stated)
 */
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { AidEvent, Dataset, EventKind } from './schema.ts';

type KindField =
  'amount' | 'statedEquivalent' | 'cargo' | 'origin' | 'destination' | 'order' | 'total';

const MONEY: KindField[] = ['amount', 'statedEquivalent'];

/** The optional fields each kind may have. */
export const FIELDS_OF_KIND: Record<EventKind, readonly KindField[]> = {
  order: MONEY,
  shipment: [...MONEY, 'cargo', 'origin', 'destination', 'order'],
  'reported-total': [...MONEY, 'cargo', 'total'],
  statement: MONEY,
  context: MONEY,
};

/** Why a field belongs to other kinds only, for the message. */
const WHY: Record<Exclude<KindField, 'amount' | 'statedEquivalent'>, string> = {
  cargo:
    'cargo is counted only on shipments and reported totals, so here it would show in the table but in no sum',
  origin: 'only shipments travel, so only their routes are drawn',
  destination: 'only shipments travel, so only their routes are drawn',
  order: 'only a shipment is made under an order',
  total: 'only a reported total says what it adds up',
};

const CHECKED = Object.keys(WHY) as (keyof typeof WHY)[];

/**
 * Errors for a field the event's kind does not have, and for a reported
 * total without "total".
 * @example checkEventKindFields({ events: [{ kind: 'order', cargo: […], … }] }) // [{ code: 'field-not-for-kind', path: 'events[0].cargo', … }]
 */
export function checkEventKindFields(
  data: Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event: AidEvent, i) => {
    const allowed = FIELDS_OF_KIND[event.kind];
    if (event.kind === 'reported-total' && event.total === undefined) {
      report(
        'error',
        'total-missing',
        'events.json',
        ['events', i, 'total'],
        'an event of kind "reported-total" needs "total": what the figure adds up, or the totals checks cannot compare it',
        'add "total": { "scope": "cumulative", "measure": "aid-value" } (scope "cumulative", "period" or "order"; measure "aid-value" or "cargo"), or change "kind"',
        [event.id],
      );
    }
    for (const field of CHECKED) {
      if (event[field] === undefined || allowed.includes(field)) continue;
      report(
        'error',
        'field-not-for-kind',
        'events.json',
        ['events', i, field],
        `an event of kind "${event.kind}" cannot have "${field}": ${WHY[field]}`,
        `move it to the event it belongs to, remove it, or change "kind"; events of kind "${event.kind}" may have ${allowed.join(', ')}`,
        [event.id],
      );
    }
  });
  return problems;
}
