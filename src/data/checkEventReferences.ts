import type { JsonPath } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { AidEvent, DataFileName, Dataset } from './schema.ts';
import { didYouMean } from './suggestClosest.ts';

/**
 * Steps' flows and highlights, shipments' `order` and totals' `total.order`
 * must name events; a flow needs an event with both origin and destination,
 * and an `order` must name an event of kind "order".
 */
export function checkEventReferences(
  data: Pick<Partial<Dataset>, 'steps'> & Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const ids = data.events.map((e) => e.id);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const find = (
    file: DataFileName,
    path: JsonPath,
    id: string,
    owner: string,
  ): AidEvent | undefined => {
    const event = byId.get(id);
    if (!event) {
      report(
        'error',
        'unknown-event',
        file,
        path,
        `event "${id}" is not in events.json`,
        didYouMean(id, ids, 'fix the id, or add the event to events.json'),
        [owner],
      );
    }
    return event;
  };
  const orderRef = (path: JsonPath, id: string, owner: string) => {
    const target = find('events.json', path, id, owner);
    if (target && target.kind !== 'order') {
      report(
        'error',
        'not-an-order',
        'events.json',
        path,
        `"${id}" is a ${target.kind} event, not an order`,
        'point "order" at the event of kind "order" (the decision or allocation) this record belongs to',
        [owner, id],
      );
    }
  };
  data.events.forEach((event, i) => {
    if (event.order !== undefined) orderRef(['events', i, 'order'], event.order, event.id);
    if (event.total?.order !== undefined) {
      orderRef(['events', i, 'total', 'order'], event.total.order, event.id);
    }
  });
  data.steps?.forEach((step, i) => {
    step.map.flows.forEach((id, j) => {
      const path = ['steps', i, 'map', 'flows', j];
      const event = find('steps.json', path, id, step.id);
      if (event && (event.origin === undefined || event.destination === undefined)) {
        const missing = [
          event.origin === undefined ? 'origin' : '',
          event.destination === undefined ? 'destination' : '',
        ]
          .filter(Boolean)
          .join(' and ');
        report(
          'error',
          'flow-without-route',
          'steps.json',
          path,
          `event "${id}" has no ${missing}, so the map cannot draw its flow`,
          `add "origin" and "destination" (place ids) to event "${id}", or remove it from "flows"`,
          [step.id, id],
        );
      }
    });
    step.timeline.highlight.forEach((id, j) =>
      find('steps.json', ['steps', i, 'timeline', 'highlight', j], id, step.id),
    );
  });
  return problems;
}
