/**
 * Text equivalents of each step's map and timeline, generated from the
 * data (never written by hand), for screen readers, the JavaScript-off
 * page and print. Short sentences: a screen reader reads them on demand,
 * not as a live region.
 */
import type { StepState, StoryModel, ModelEvent } from '../model/buildStoryModel.ts';
import { countryName } from '../model/countryNames.ts';
import { formatFuzzyDate } from '../model/fuzzyDate.ts';
import { formatMoney, formatQuantity } from './formatAmount.ts';
import type { OccupiedShape } from '../map/readOccupiedAreas.ts';
import { placesWithoutCity } from '../model/placesWithoutCity.ts';

export const ROUTE_DISCLAIMER =
  'Arcs link origin and destination only: no report names the road the convoys took.';

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const KIND_WORDS: Record<ModelEvent['kind'], string> = {
  order: 'order',
  shipment: 'shipment',
  'reported-total': 'reported total',
  statement: 'statement',
  context: 'context',
};

/**
 * One line for an event: its date at its own precision, kind, title and figures.
 * @example describeEvent(event) // '30 October 2023, shipment: First convoy leaves Sumgait (14 trucks; more than 555,000 m of cable and wire)'
 */
export function describeEvent(event: ModelEvent): string {
  const figures: string[] = [];
  if (event.amount) figures.push(formatMoney(event.amount));
  for (const line of event.cargo ?? []) figures.push(formatQuantity(line));
  const tail = figures.length ? ` (${figures.join('; ')})` : '';
  const date = event.when === null ? 'No date given' : formatFuzzyDate(event.date);
  return `${date}, ${KIND_WORDS[event.kind]}: ${event.title}${tail}`;
}

/**
 * What the map shows at a step, in words. `occupied`: the hatched areas in
 * view (see `occupiedInView`), each said to be occupied, as the map shows.
 * @example describeMap(model.steps[0]) // 'Map of Azerbaijan and Ukraine. Places marked: …'
 */
export function describeMap(
  state: StepState,
  occupied: readonly Pick<OccupiedShape, 'name' | 'partOf' | 'heldBy' | 'since'>[] = [],
): string {
  const parts: string[] = [];
  const countries = state.countries.map(countryName);
  parts.push(
    countries.length ? `Map highlighting ${listInWords(countries)}.` : 'Map of the region.',
  );
  for (const area of occupied) {
    parts.push(
      `${area.name} is drawn as part of ${countryName(area.partOf)} and hatched: occupied by ${countryName(area.heldBy)} since ${area.since}.`,
    );
  }
  if (state.places.length) {
    const countryWide = placesWithoutCity(state.places);
    const note = countryWide.length
      ? ` (the reports name no city in ${listInWords(countryWide)})`
      : '';
    parts.push(`Places marked: ${listInWords(state.places.map((p) => p.name))}${note}.`);
  }
  if (state.flows.length) {
    // Group arcs by origin and destination so five convoys read as one sentence.
    const groups = new Map<string, typeof state.flows>();
    for (const flow of state.flows) {
      const key = `${flow.from.name} to ${flow.to.name}`;
      groups.set(key, [...(groups.get(key) ?? []), flow]);
    }
    for (const [route, flows] of groups) {
      const n = flows.length;
      let weights = '';
      const known = flows.filter((f) => f.weight !== null);
      if (state.flowWeight === 'trucks' && known.length) {
        weights = `, drawn by number of trucks (${listInWords(known.map((f) => String(f.weight)))})`;
      } else if (state.flowWeight === 'value' && known.length) {
        weights = ', drawn by value';
      }
      parts.push(`${n === 1 ? 'One arc' : `${n} arcs`} for shipments from ${route}${weights}.`);
    }
    parts.push(ROUTE_DISCLAIMER);
  }
  return parts.join(' ');
}

/**
 * What the timeline shows at a step, in words: its range, series and the
 * highlighted events with their figures.
 */
export function describeTimeline(state: StepState, model: Pick<StoryModel, 'eventsById'>): string {
  const from = new Date(state.range[0]);
  const to = new Date(state.range[1]);
  const month = (d: Date) =>
    formatFuzzyDate(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  const series = state.series.map((s) =>
    s === 'totals' ? 'reported totals' : s === 'cargo' ? 'cargo shipped' : s,
  );
  const parts = [`Timeline from ${month(from)} to ${month(to)} showing ${listInWords(series)}.`];
  const highlighted = state.highlight
    .map((id) => model.eventsById.get(id))
    .filter((e): e is ModelEvent => e !== undefined);
  if (highlighted.length) {
    parts.push(`Highlighted: ${highlighted.map(describeEvent).join('; ')}.`);
  }
  if (highlighted.some((e) => e.when === null)) {
    parts.push('Events with no date are named under the time axis, not placed on it.');
  }
  return parts.join(' ');
}
