/**
 * Sets each cargo figure that a source reports as a total (all aid so far,
 * or one order's) beside the sum of the shipments it covers, by the rule in
 * sumCargo.ts: the cargo charts show the reported figure beside their sum,
 * and the data check warns when the sum falls below it.
 */
import type { AidEvent, Qualifier } from '../../data/schema.ts';
import { parseFuzzyDate } from './fuzzyDate.ts';
import {
  CARGO_SERIES_KEYS,
  CARGO_SERIES,
  toSeriesUnit,
  type CargoSeriesKey,
} from './cargoSeries.ts';
import { cargoTerms } from './cargoTerms.ts';
import { addCargoTerm, EMPTY_CARGO_SUM, type CargoSum } from './sumCargo.ts';

export interface CargoReportComparison {
  key: CargoSeriesKey;
  /** The reported total: its event, its place in events.json and its cargo line. */
  eventId: string;
  eventIndex: number;
  lineIndex: number;
  date: string;
  scope: 'cumulative' | 'order';
  /** The reported figure in the series' unit (km for cable), with the source's wording. */
  reported: { value: number; qualifier: Qualifier };
  /** The shipments it covers, summed: all dated no later than the report, or the order's. */
  summed: CargoSum;
}

interface Dated {
  event: AidEvent;
  end: number;
}

function datedShipments(events: readonly AidEvent[]): Dated[] {
  const shipments: Dated[] = [];
  for (const event of events) {
    const when = event.kind === 'shipment' ? parseFuzzyDate(event.date) : null;
    if (when) shipments.push({ event, end: when.end });
  }
  return shipments.sort((a, b) => a.end - b.end);
}

function sumOf(shipments: readonly Dated[], key: CargoSeriesKey): CargoSum {
  let sum = EMPTY_CARGO_SUM;
  for (const { event } of shipments)
    for (const term of cargoTerms(event, key)) sum = addCargoTerm(sum, term);
  return sum;
}

/**
 * Every cargo line of a reported total with scope "cumulative" or "order"
 * and measure "cargo", with the matching sum of shipments. Shipments count
 * towards a cumulative figure when their whole date falls on or before the
 * report's last day.
 * @example compareCargoWithReports(events)[0] // { key: 'generators', reported: { value: 70, … }, summed: { value: 0, … } }
 */
export function compareCargoWithReports(events: readonly AidEvent[]): CargoReportComparison[] {
  const shipments = datedShipments(events);
  const comparisons: CargoReportComparison[] = [];
  events.forEach((event, eventIndex) => {
    const total = event.total;
    if (event.kind !== 'reported-total' || total?.measure !== 'cargo') return;
    if (total.scope === 'period') return;
    const when = parseFuzzyDate(event.date);
    if (!when) return;
    const covered =
      total.scope === 'order'
        ? shipments.filter((s) => s.event.order === total.order)
        : shipments.filter((s) => s.end <= when.end);
    (event.cargo ?? []).forEach((line, lineIndex) => {
      if (line.quantity === undefined) return;
      const key = CARGO_SERIES_KEYS.find((k) => CARGO_SERIES[k].includes(line.item));
      if (!key) return;
      comparisons.push({
        key,
        eventId: event.id,
        eventIndex,
        lineIndex,
        date: event.date,
        scope: total.scope as 'cumulative' | 'order',
        reported: {
          value: toSeriesUnit(key, line.quantity),
          qualifier: line.qualifier ?? 'exact',
        },
        summed: sumOf(covered, key),
      });
    });
  });
  return comparisons;
}
