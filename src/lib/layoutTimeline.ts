/**
 * Lays out the timeline for a time range and a width: the axis ticks, one
 * lane per kind of event (orders, shipments, reported totals, statements
 * and context), labels for reported totals that keep their qualifier
 * ("about $34m", "more than $45m"), and small cargo charts on the same
 * axis. Pure numbers and strings; Timeline.svg.svelte only draws them.
 */
import type { EventKind, TimelineSeries } from './schema.ts';
import type { CargoPoint, CargoSeriesKey, ModelEvent } from './buildStoryModel.ts';
import { dateMidpoint } from './fuzzyDate.ts';
import { formatCompactMoney } from './formatCompact.ts';

export interface TimeScale {
  (time: number): number;
  domain: [number, number];
  width: number;
}

export function scaleTime(domain: [number, number], width: number): TimeScale {
  const span = Math.max(1, domain[1] - domain[0]);
  const scale = ((time: number) => ((time - domain[0]) / span) * width) as TimeScale;
  scale.domain = domain;
  scale.width = width;
  return scale;
}

export interface Tick {
  time: number;
  x: number;
  label: string;
  major: boolean;
}

const MONTH_ABBR = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * Month, quarter or year ticks, whichever fits about one label per 56 px.
 * Year starts are major ticks labelled with the year.
 */
export function timeTicks(scale: TimeScale, minGap = 56): Tick[] {
  const [start, end] = scale.domain;
  const months = Math.max(1, (end - start) / (30.44 * 86_400_000));
  const perMonth = scale.width / months;
  const step =
    perMonth >= minGap ? 1 : perMonth * 3 >= minGap ? 3 : perMonth * 6 >= minGap ? 6 : 12;
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  if (Date.UTC(year, month, 1) < start) month += 1;
  // A range starting after 1 December begins with January of the next year.
  if (month > 11) {
    month = 0;
    year += 1;
  }
  const ticks: Tick[] = [];
  for (let guard = 0; guard < 2400; guard++) {
    const time = Date.UTC(year, month, 1);
    if (time > end) break;
    const d = new Date(time);
    const m = d.getUTCMonth();
    if (m % step === 0) {
      const major = m === 0;
      ticks.push({
        time,
        x: scale(time),
        label: major ? String(d.getUTCFullYear()) : step === 12 ? '' : (MONTH_ABBR[m] ?? ''),
        major,
      });
    }
    month += 1;
    if (month > 11) {
      month = 0;
      year += 1;
    }
  }
  // With a range inside one year, say which year on the first tick.
  if (ticks.length && !ticks.some((t) => t.major)) {
    const t0 = ticks[0]!;
    t0.label = `${t0.label} ${new Date(t0.time).getUTCFullYear()}`;
  }
  return ticks;
}

export type LaneKey = 'orders' | 'shipments' | 'totals' | 'other';

export const LANES: {
  key: LaneKey;
  label: string;
  kinds: EventKind[];
  series: TimelineSeries[];
}[] = [
  { key: 'orders', label: 'Orders', kinds: ['order'], series: ['orders'] },
  { key: 'shipments', label: 'Shipments', kinds: ['shipment'], series: ['shipments'] },
  { key: 'totals', label: 'Reported totals', kinds: ['reported-total'], series: ['totals'] },
  {
    key: 'other',
    label: 'Statements, context',
    kinds: ['statement', 'context'],
    series: ['statements', 'context'],
  },
];

export interface EventMark {
  eventId: string;
  kind: EventKind;
  lane: LaneKey;
  x: number;
  /** End of a date range (x2 > x + 1) or the same as x for a single date. */
  x1: number;
  x2: number;
  y: number;
  highlighted: boolean;
  label: string | null;
  labelY: number;
  inRange: boolean;
}

export interface CargoChart {
  key: CargoSeriesKey;
  label: string;
  unit: string;
  y: number;
  height: number;
  /** Step-line of the running total, as an SVG path. */
  path: string;
  points: { eventId: string; x: number; y: number; cumulative: number; approximate: boolean }[];
  max: number;
  approximate: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  scale: TimeScale;
  ticks: Tick[];
  lanes: { key: LaneKey; label: string; y: number }[];
  marks: EventMark[];
  cargo: CargoChart[];
  axisY: number;
}

const LANE_GAP = 34;
const TOP = 8;
const CARGO_HEIGHT = 34;
const CARGO_GAP = 16;

const CARGO_LABELS: Record<CargoSeriesKey, { label: string; unit: string }> = {
  'cable-km': { label: 'Cable and wire', unit: 'km' },
  transformers: { label: 'Transformers and substations', unit: '' },
  generators: { label: 'Generators', unit: '' },
  trucks: { label: 'Trucks', unit: '' },
};

function totalLabel(event: ModelEvent): string | null {
  if (event.kind !== 'reported-total' || !event.amount) return null;
  return formatCompactMoney(event.amount);
}

/**
 * Lays out events and cargo for the visible range.
 * @example layoutTimeline(model.events, model.cargo, {range, width: 320, series: ['orders','shipments'], highlight: []})
 */
export function layoutTimeline(
  events: readonly ModelEvent[],
  cargo: Record<CargoSeriesKey, CargoPoint[]>,
  options: {
    range: [number, number];
    width: number;
    series: readonly TimelineSeries[];
    highlight: readonly string[];
  },
): TimelineLayout {
  const { range, width, series } = options;
  const highlight = new Set(options.highlight);
  const scale = scaleTime(range, width);
  const lanes = LANES.filter((lane) => lane.series.some((s) => series.includes(s))).map(
    (lane, i) => ({
      key: lane.key,
      label: lane.label,
      y: TOP + 14 + i * LANE_GAP,
      kinds: lane.kinds,
    }),
  );
  const laneOfKind = new Map<EventKind, (typeof lanes)[number]>();
  for (const lane of lanes) for (const kind of lane.kinds) laneOfKind.set(kind, lane);

  const marks: EventMark[] = [];
  // Labels of reported totals alternate between two rows where they would collide.
  const labelEnds = [-Infinity, -Infinity];
  for (const event of events) {
    const lane = laneOfKind.get(event.kind);
    if (!lane) continue;
    if (event.kind === 'statement' && !series.includes('statements')) continue;
    if (event.kind === 'context' && !series.includes('context')) continue;
    const x = scale(dateMidpoint(event.when));
    const x1 = scale(event.when.start);
    const x2 = scale(event.when.end);
    const inRange = event.when.end >= range[0] && event.when.start <= range[1];
    let label = inRange ? totalLabel(event) : null;
    let labelY = lane.y - 9;
    if (label) {
      const w = label.length * 6.2;
      const row = labelEnds.findIndex((end) => x - w / 2 > end + 4);
      if (row === -1 || x - w / 2 < 0 || x + w / 2 > width) {
        // No room on either row or at the edge: anchor the label inside the panel if possible.
        const clamped = Math.max(w / 2, Math.min(width - w / 2, x));
        const freeRow = labelEnds.findIndex((end) => clamped - w / 2 > end + 4);
        if (freeRow === -1) label = null;
        else {
          labelEnds[freeRow] = clamped + w / 2;
          labelY = lane.y - 9 + freeRow * 24;
        }
      } else {
        labelEnds[row] = x + w / 2;
        labelY = lane.y - 9 + row * 24;
      }
    }
    marks.push({
      eventId: event.id,
      kind: event.kind,
      lane: lane.key as LaneKey,
      x,
      x1,
      x2,
      y: lane.y,
      highlighted: highlight.has(event.id),
      label,
      labelY,
      inRange,
    });
  }

  const lanesBottom =
    TOP + lanes.length * LANE_GAP + (lanes.some((l) => l.key === 'totals') ? 10 : 0);
  const axisY = lanesBottom + 4;
  const cargoCharts: CargoChart[] = [];
  if (series.includes('cargo')) {
    let y = axisY + 34;
    for (const key of Object.keys(CARGO_LABELS) as CargoSeriesKey[]) {
      const points = cargo[key];
      if (!points.length) continue;
      const max = Math.max(...points.map((p) => p.cumulative));
      const yOf = (v: number) => y + CARGO_HEIGHT - (max > 0 ? (v / max) * CARGO_HEIGHT : 0);
      const placed = points.map((p) => ({
        eventId: p.eventId,
        x: scale(p.time),
        y: yOf(p.cumulative),
        cumulative: p.cumulative,
        approximate: p.approximate,
      }));
      let path = `M${Math.min(0, placed[0]!.x).toFixed(1)},${yOf(0).toFixed(1)}`;
      for (const p of placed) path += `H${p.x.toFixed(1)}V${p.y.toFixed(1)}`;
      path += `H${width.toFixed(1)}`;
      cargoCharts.push({
        key,
        ...CARGO_LABELS[key],
        y,
        height: CARGO_HEIGHT,
        path,
        points: placed,
        max,
        approximate: points.some((p) => p.approximate),
      });
      y += CARGO_HEIGHT + CARGO_GAP + 14;
    }
  }
  const last = cargoCharts[cargoCharts.length - 1];
  const height = last ? last.y + last.height + 8 : axisY + 24;
  return {
    width,
    height,
    scale,
    ticks: timeTicks(scale),
    lanes: lanes.map(({ key, label, y }) => ({ key, label, y })),
    marks,
    cargo: cargoCharts,
    axisY,
  };
}
