/**
 * What the legend of a step's image says: the same entries as the page's
 * legend (Legend.svelte), as data, so an SVG can draw them.
 */
import type { StepState } from '../model/buildStoryModel.ts';
import type { OccupiedShape } from '../map/readGeometry.ts';
import { STANDOUT_COUNTRIES } from '../map/countryTone.ts';
import { countryName } from '../model/countryNames.ts';
import { describeOccupation } from '../format/describeOccupation.ts';
import { placesWithoutCity } from '../model/placesWithoutCity.ts';
import type { Speech } from '../i18n/localePack.ts';

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

/**
 * In the page's language (`speech`: the same catalogue strings as Legend.svelte).
 * @example legendEntries(step, [], true, speech).at(-1) // [{swatch: 'order', text: 'Order'}, …]
 */
export function legendEntries(
  state: Pick<StepState, 'countries' | 'places' | 'flows' | 'flowWeight'>,
  occupied: readonly OccupiedShape[],
  withTimeline: boolean,
  speech: Speech,
): LegendRow[] {
  const { t, countryNames } = speech;
  const weightWords = {
    trucks: t('legend.arcTrucks'),
    value: t('legend.arcValue'),
    none: t('kind.shipment'),
  };
  const nameOf = (code: string) => countryName(code, countryNames);
  const rows: LegendRow[] = [];
  const standout = state.countries.filter((c) => STANDOUT_COUNTRIES.has(c)).map(nameOf);
  const focus = state.countries.filter((c) => !STANDOUT_COUNTRIES.has(c)).map(nameOf);
  if (standout.length) rows.push([{ swatch: 'standout', text: standout.join(', ') }]);
  if (focus.length) rows.push([{ swatch: 'focus', text: focus.join(', ') }]);
  for (const area of occupied)
    rows.push([{ swatch: 'hatched', text: describeOccupation(area, speech) }]);
  if (state.places.length) {
    const countryWide = placesWithoutCity(state.places, countryNames);
    rows.push([
      {
        swatch: 'dot',
        text: countryWide.length
          ? t('legend.placesNoCity', { places: countryWide.join(', ') })
          : t('legend.places'),
      },
    ]);
  }
  if (state.flows.length) {
    rows.push([
      { swatch: 'arc', text: `${weightWords[state.flowWeight]}. ${t('describe.routeDisclaimer')}` },
    ]);
  }
  if (withTimeline) {
    rows.push([
      { swatch: 'order', text: t('kind.order') },
      { swatch: 'shipment', text: t('kind.shipment') },
      { swatch: 'reported-total', text: t('kind.reported-total') },
      { swatch: 'other', text: t('legend.statementContext') },
    ]);
  }
  return rows;
}
