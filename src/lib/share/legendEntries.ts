/**
 * What the legend of a step's image says: the same entries as the page's
 * legend (Legend.svelte), as data, so an SVG can draw them.
 */
import type { StepState } from '../model/buildStoryModel.ts';
import type { OccupiedShape } from '../map/readOccupiedAreas.ts';
import { ROUTE_DISCLAIMER } from '../format/describeStep.ts';
import { STANDOUT_COUNTRIES } from '../map/countryTone.ts';
import { countryName } from '../model/countryNames.ts';
import { describeOccupation } from '../format/describeOccupation.ts';
import { placesWithoutCity } from '../model/placesWithoutCity.ts';

export type Swatch =
  | 'standout'
  | 'focus'
  | 'hatched'
  | 'dot'
  | 'arc'
  | 'order'
  | 'shipment'
  | 'reported-total'
  | 'other';

export interface LegendItem {
  swatch: Swatch;
  text: string;
}

/** One line of the legend: one item that may wrap, or several side by side (the kinds of marks). */
export type LegendRow = LegendItem[];

const WEIGHT_WORDS = {
  trucks: 'Arc width: number of trucks',
  value: 'Arc width: value in US dollars',
  none: 'Shipment',
};

/**
 * @example legendEntries(step, [], true).at(-1) // [{swatch: 'order', text: 'Order'}, …]
 */
export function legendEntries(
  state: Pick<StepState, 'countries' | 'places' | 'flows' | 'flowWeight'>,
  occupied: readonly OccupiedShape[],
  withTimeline: boolean,
): LegendRow[] {
  const rows: LegendRow[] = [];
  const standout = state.countries.filter((c) => STANDOUT_COUNTRIES.has(c)).map(countryName);
  const focus = state.countries.filter((c) => !STANDOUT_COUNTRIES.has(c)).map(countryName);
  if (standout.length) rows.push([{ swatch: 'standout', text: standout.join(', ') }]);
  if (focus.length) rows.push([{ swatch: 'focus', text: focus.join(', ') }]);
  for (const area of occupied) rows.push([{ swatch: 'hatched', text: describeOccupation(area) }]);
  if (state.places.length) {
    const countryWide = placesWithoutCity(state.places);
    rows.push([
      {
        swatch: 'dot',
        text: countryWide.length
          ? `Places in the data (${countryWide.join(', ')}: the reports name no city)`
          : 'Places in the data',
      },
    ]);
  }
  if (state.flows.length) {
    rows.push([{ swatch: 'arc', text: `${WEIGHT_WORDS[state.flowWeight]}. ${ROUTE_DISCLAIMER}` }]);
  }
  if (withTimeline) {
    rows.push([
      { swatch: 'order', text: 'Order' },
      { swatch: 'shipment', text: 'Shipment' },
      { swatch: 'reported-total', text: 'Reported total' },
      { swatch: 'other', text: 'Statement, context' },
    ]);
  }
  return rows;
}
