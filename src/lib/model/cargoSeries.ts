/**
 * Which cargo items each small cargo chart adds up, and in what unit: the
 * story's shipments, the check that compares them with reported totals and
 * the charts all read this one table.
 */
import type { CargoItem } from '../../data/schema.ts';

export type CargoSeriesKey = 'cable-km' | 'transformers' | 'generators' | 'trucks';

export const CARGO_SERIES: Record<CargoSeriesKey, readonly CargoItem[]> = {
  'cable-km': ['cable-and-wire-m'],
  transformers: ['transformers', 'transformer-substations', 'transformers-and-substations'],
  generators: ['generators'],
  trucks: ['trucks'],
};

export const CARGO_SERIES_KEYS = Object.keys(CARGO_SERIES) as CargoSeriesKey[];

/** Each series' name and unit, as the charts' words and the editors' warnings give them. */
export const CARGO_LABELS: Record<CargoSeriesKey, { label: string; unit: string }> = {
  'cable-km': { label: 'Cable and wire', unit: 'km' },
  transformers: { label: 'Transformers and substations', unit: '' },
  generators: { label: 'Generators', unit: '' },
  trucks: { label: 'Trucks', unit: '' },
};

/**
 * Series whose every shipment has some: a shipment that lists no trucks
 * still came in trucks, uncounted. A shipment without generators may
 * simply have carried none.
 */
export const EVERY_SHIPMENT_HAS: ReadonlySet<CargoSeriesKey> = new Set(['trucks']);

/** From the data's unit (metres for cable) to the chart's (kilometres). */
export function toSeriesUnit(key: CargoSeriesKey, quantity: number): number {
  return key === 'cable-km' ? quantity / 1000 : quantity;
}
