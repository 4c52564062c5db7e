/**
 * One event's cargo of one series as terms of a sum (sumCargo.ts).
 */
import type { AidEvent } from '../../data/schema.ts';
import type { CargoTerm } from './sumCargo.ts';
import {
  CARGO_SERIES,
  EVERY_SHIPMENT_HAS,
  toSeriesUnit,
  type CargoSeriesKey,
} from './cargoSeries.ts';

const NO_COUNT: CargoTerm = { quantity: undefined, qualifier: undefined };

/**
 * The event's lines of that series, in the series' unit, one term each;
 * for trucks, a shipment that lists none gives one term without a count.
 * Empty when the event has nothing of the series.
 * @example cargoTerms(convoy, 'cable-km') // [{ quantity: 555, qualifier: 'more-than' }]
 */
export function cargoTerms(event: Pick<AidEvent, 'cargo'>, key: CargoSeriesKey): CargoTerm[] {
  const items = CARGO_SERIES[key];
  const terms = (event.cargo ?? [])
    .filter((line) => items.includes(line.item))
    .map((line) => ({
      quantity: line.quantity === undefined ? undefined : toSeriesUnit(key, line.quantity),
      qualifier: line.qualifier,
    }));
  return terms.length || !EVERY_SHIPMENT_HAS.has(key) ? terms : [NO_COUNT];
}
