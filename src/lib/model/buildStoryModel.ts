/**
 * Turns the validated dataset into what the story draws: events with parsed
 * dates, lookups by id, the cargo series, and each step resolved into the
 * concrete map and timeline state it asks for. Built once by the story
 * root; every component reads from it.
 */
import type { TimelineWords } from '../i18n/timelineWords.ts';
import type { AidEvent, Dataset, Place, Source, Step, TimelineSeries } from '../../data/schema.ts';
import type { Problem } from './problem.ts';
import { dateMidpoint, parseFuzzyDate, UNDATED, type ParsedDate } from './fuzzyDate.ts';
import { convertToUsd } from './convertToUsd.ts';
import { CARGO_SERIES_KEYS, type CargoSeriesKey } from './cargoSeries.ts';
import { describeCargoChart, type CargoChartWords } from '../format/describeCargoChart.ts';
import { cargoTerms } from './cargoTerms.ts';
import { compareCargoWithReports, type CargoReportComparison } from './compareCargoWithReports.ts';
import { addCargoTerm, EMPTY_CARGO_SUM, type CargoSum } from './sumCargo.ts';

export interface ModelEvent extends AidEvent {
  /** The date parsed; null for an "undated" event, which the timeline lists apart from its axis. */
  when: ParsedDate | null;
  /** The amount in US dollars at the recorded rate, or null when unknown. */
  usd: number | null;
}

export interface Flow {
  eventId: string;
  from: Place;
  to: Place;
  /** Trucks or USD, depending on the step's flowWeight; null when the source gives none. */
  weight: number | null;
}

export interface StepState {
  step: Step;
  index: number;
  /** Places the camera must show. */
  extent: Place[];
  countries: string[];
  places: Place[];
  flows: Flow[];
  flowWeight: 'trucks' | 'value' | 'none';
  /** Visible time range in ms (UTC). */
  range: [number, number];
  highlight: string[];
  series: TimelineSeries[];
}

export interface CargoPoint {
  eventId: string;
  time: number;
  /** Quantity in this shipment (the counts it gives), and the running sum up to and including it. */
  quantity: number;
  cumulative: number;
  /** True when any line behind the sum says "more than", "about", … */
  approximate: boolean;
  /** The running sum with its precision and the shipments without a count so far (sumCargo.ts). */
  sum: CargoSum;
}

export type { CargoSeriesKey };

export interface StoryModel {
  dataset: Dataset;
  warnings: Problem[];
  events: ModelEvent[];
  eventsById: Map<string, ModelEvent>;
  placesById: Map<string, Place>;
  sourcesById: Map<string, Source>;
  /** Whole time span of the data, padded to whole months. */
  domain: [number, number];
  cargo: Record<CargoSeriesKey, CargoPoint[]>;
  /** Cargo totals that sources report, each beside the sum of the shipments it covers. */
  cargoReports: CargoReportComparison[];
  /** Each cargo chart's words, which do not change with the range shown: worked out once here, not every frame. */
  cargoWords: Record<CargoSeriesKey, CargoChartWords>;
  steps: StepState[];
}

function startOfMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function endOfMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1;
}

/**
 * Running sums of one kind of cargo over the shipment events, in date
 * order, by the rule in sumCargo.ts. A shipment of that kind without a
 * count is a point too: it adds nothing to the line but makes the sum
 * "in the reports that give a figure".
 */
export function buildCargoSeries(events: ModelEvent[], key: CargoSeriesKey): CargoPoint[] {
  const points: CargoPoint[] = [];
  let sum = EMPTY_CARGO_SUM;
  for (const event of events) {
    if (event.kind !== 'shipment' || !event.when) continue;
    const terms = cargoTerms(event, key);
    if (!terms.length) continue;
    let quantity = 0;
    for (const term of terms) {
      sum = addCargoTerm(sum, term);
      quantity += term.quantity ?? 0;
    }
    points.push({
      eventId: event.id,
      time: dateMidpoint(event.when),
      quantity,
      cumulative: sum.value,
      approximate: sum.precision !== 'exact',
      sum,
    });
  }
  return points;
}

function flowWeight(event: ModelEvent, by: StepState['flowWeight']): number | null {
  if (by === 'none') return null;
  if (by === 'value') return event.usd;
  const trucks = event.cargo?.find((line) => line.item === 'trucks');
  return trucks?.quantity ?? null;
}

function resolveStep(
  step: Step,
  index: number,
  model: Pick<StoryModel, 'eventsById' | 'placesById' | 'domain'>,
): StepState {
  const place = (id: string) => model.placesById.get(id);
  const isPlace = (p: Place | undefined): p is Place => p !== undefined;
  const by = step.map.flowWeight ?? 'trucks';
  const flows: Flow[] = [];
  for (const id of step.map.flows) {
    const event = model.eventsById.get(id);
    const from = event?.origin ? place(event.origin) : undefined;
    const to = event?.destination ? place(event.destination) : undefined;
    if (event && from && to) flows.push({ eventId: id, from, to, weight: flowWeight(event, by) });
  }
  const from = step.timeline.from ? parseFuzzyDate(step.timeline.from) : null;
  const to = step.timeline.to ? parseFuzzyDate(step.timeline.to) : null;
  return {
    step,
    index,
    extent: step.map.extent.map(place).filter(isPlace),
    countries: step.map.countries,
    places: step.map.places.map(place).filter(isPlace),
    flows,
    flowWeight: by,
    range: [from ? from.start : model.domain[0], to ? to.end : model.domain[1]],
    highlight: step.timeline.highlight.filter((id) => model.eventsById.has(id)),
    series: step.timeline.series,
  };
}

/**
 * Builds the story model from a validated dataset.
 * @example buildStoryModel(dataset, []).steps[0].flows // arcs of the first step
 */
export function buildStoryModel(
  dataset: Dataset,
  warnings: Problem[] = [],
  /** The page's language for the cargo charts' words (timelineWords.ts); English without. */
  words?: TimelineWords,
): StoryModel {
  const events: ModelEvent[] = [];
  for (const event of dataset.events) {
    const when = event.date === UNDATED ? null : parseFuzzyDate(event.date);
    if (!when && event.date !== UNDATED) continue; // the validator already refused it; never crash the page over it
    const usd = event.amount ? convertToUsd(event.amount, event.date, dataset.rates) : null;
    events.push({ ...event, when, usd });
  }
  // Ties broken by id in code-unit order: localeCompare would load the
  // browser's collation tables on every reader's first visit.
  // Undated events come last.
  events.sort(
    (a, b) =>
      (a.when?.start ?? Infinity) - (b.when?.start ?? Infinity) ||
      (a.when?.end ?? Infinity) - (b.when?.end ?? Infinity) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const placesById = new Map(dataset.places.map((p) => [p.id, p]));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const first = events[0]?.when?.start ?? Date.UTC(2023, 6, 1);
  const last = events.reduce((max, e) => Math.max(max, e.when?.end ?? max), first);
  const domain: [number, number] = [startOfMonth(first), endOfMonth(last)];
  const base = { eventsById, placesById, domain };
  const cargo: Record<CargoSeriesKey, CargoPoint[]> = {
    'cable-km': buildCargoSeries(events, 'cable-km'),
    transformers: buildCargoSeries(events, 'transformers'),
    generators: buildCargoSeries(events, 'generators'),
    trucks: buildCargoSeries(events, 'trucks'),
  };
  const cargoReports = compareCargoWithReports(dataset.events);
  const cargoWords = Object.fromEntries(
    CARGO_SERIES_KEYS.map((key) => [key, describeCargoChart(key, cargo[key], cargoReports, words)]),
  ) as Record<CargoSeriesKey, CargoChartWords>;
  return {
    dataset,
    warnings,
    events,
    eventsById,
    placesById,
    sourcesById,
    domain,
    cargo,
    cargoReports,
    cargoWords,
    steps: dataset.steps.map((step, index) => resolveStep(step, index, base)),
  };
}
