/**
 * Text equivalents of each step's map and timeline, generated from the
 * data (never written by hand), for screen readers, the JavaScript-off
 * page and print, in the page's language (`speech`). Short sentences: a
 * screen reader reads them on demand, not as a live region.
 */
import type { StepState, StoryModel, ModelEvent } from '../model/buildStoryModel.ts';
import { countryName } from '../model/countryNames.ts';
import { formatFuzzyDate } from '../model/fuzzyDate.ts';
import { formatMoney, formatQuantity } from './formatAmount.ts';
import type { OccupiedShape } from '../map/readGeometry.ts';
import { placesWithoutCity } from '../model/placesWithoutCity.ts';
import { areaName, type Speech } from '../i18n/localePack.ts';

/** "a, b and c" in the page's language. */
export function listInWords(items: readonly string[], { t }: Pick<Speech, 't'>): string {
  if (items.length <= 1) return items.join('');
  return t('describe.and', { a: items.slice(0, -1).join(', '), b: items[items.length - 1]! });
}

/**
 * One line for an event: its date at its own precision, kind, title and figures.
 * @example describeEvent(event, speech) // '30 October 2023, shipment: First convoy leaves Sumgait (14 trucks; more than 555,000 m of cable and wire)'
 */
export function describeEvent(event: ModelEvent, speech: Speech): string {
  const { t, format } = speech;
  const figures: string[] = [];
  if (event.amount) figures.push(formatMoney(event.amount, format));
  for (const line of event.cargo ?? []) figures.push(formatQuantity(line, format));
  const tail = figures.length ? ` (${figures.join('; ')})` : '';
  // An undated event gets the words its date cell has (date.undated).
  const date = formatFuzzyDate(event.date, format);
  const kind = t(`kindWord.${event.kind}`);
  return t('describe.event', { date, kind, title: event.title }) + tail;
}

/**
 * What the map shows at a step, in words. `occupied`: the hatched areas in
 * view (see `occupiedInView`), each said to be occupied, as the map shows.
 * @example describeMap(model.steps[0], [], speech) // 'Map highlighting Azerbaijan and Ukraine. Places marked: …'
 */
export function describeMap(
  state: StepState,
  occupied: readonly (Pick<OccupiedShape, 'name' | 'partOf' | 'heldBy' | 'since'> & {
    id?: string;
  })[],
  speech: Speech,
): string {
  const { t, countryNames } = speech;
  const list = (items: readonly string[]) => listInWords(items, speech);
  const parts: string[] = [];
  const countries = state.countries.map((code) => countryName(code, countryNames));
  parts.push(
    countries.length
      ? t('describe.mapOf', { countries: list(countries) })
      : t('describe.mapOfRegion'),
  );
  for (const area of occupied) {
    parts.push(
      t('describe.occupied', {
        area: areaName(area, speech),
        partOf: countryName(area.partOf, countryNames),
        heldBy: countryName(area.heldBy, countryNames),
        since: area.since,
      }),
    );
  }
  if (state.places.length) {
    const countryWide = placesWithoutCity(state.places, countryNames);
    const places = list(state.places.map((p) => p.name));
    parts.push(
      countryWide.length
        ? t('describe.placesNoCity', { places, countries: list(countryWide) })
        : t('describe.places', { places }),
    );
  }
  if (state.flows.length) {
    // Group arcs by origin and destination so five convoys read as one sentence.
    const groups = new Map<string, typeof state.flows>();
    for (const flow of state.flows) {
      const key = t('describe.route', { from: flow.from.name, to: flow.to.name });
      groups.set(key, [...(groups.get(key) ?? []), flow]);
    }
    for (const [routes, flows] of groups) {
      const n = flows.length;
      let weights = '';
      const known = flows.filter((f) => f.weight !== null);
      if (state.flowWeight === 'trucks' && known.length) {
        weights = t('describe.byTrucks', { counts: list(known.map((f) => String(f.weight))) });
      } else if (state.flowWeight === 'value' && known.length) {
        weights = t('describe.byValue');
      }
      parts.push(t(n === 1 ? 'describe.arcsOne' : 'describe.arcsMany', { n, routes, weights }));
    }
    parts.push(t('describe.routeDisclaimer'));
  }
  return parts.join(' ');
}

/**
 * What the timeline shows at a step, in words: its range, series and the
 * highlighted events with their figures.
 */
export function describeTimeline(
  state: StepState,
  model: Pick<StoryModel, 'eventsById'>,
  speech: Speech,
): string {
  const { t, format } = speech;
  const from = new Date(state.range[0]);
  const to = new Date(state.range[1]);
  const month = (d: Date) =>
    formatFuzzyDate(
      `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
      format,
    );
  const series = state.series.map((s) => t(`series.${s}`));
  const parts = [
    t('describe.timeline', {
      from: month(from),
      to: month(to),
      series: listInWords(series, speech),
    }),
  ];
  const highlighted = state.highlight
    .map((id) => model.eventsById.get(id))
    .filter((e): e is ModelEvent => e !== undefined);
  if (highlighted.length) {
    const events = highlighted.map((e) => describeEvent(e, speech)).join('; ');
    parts.push(t('describe.highlighted', { events }));
  }
  if (highlighted.some((e) => e.when === null)) parts.push(t('describe.undatedApart'));
  return parts.join(' ');
}

/**
 * The graphic's text equivalents at a step: what its map and its timeline
 * show, in words. `occupied`: the hatched areas in view, as for describeMap.
 */
export type DescribeGraphic = (
  step: StepState,
  occupied: Parameters<typeof describeMap>[1],
) => { map: string; timeline: string };

/**
 * Writes the graphic's text equivalents from the data (describeMap,
 * describeTimeline): the build's pages and the mounted app. The story
 * page's islands read the same words from the step cards instead
 * (src/dom/readStepCards.ts), which the build wrote with this.
 */
export function describeGraphicFromData(
  model: Pick<StoryModel, 'eventsById'>,
  speech: Speech,
): DescribeGraphic {
  return (step, occupied) => ({
    map: describeMap(step, occupied, speech),
    timeline: describeTimeline(step, model, speech),
  });
}
