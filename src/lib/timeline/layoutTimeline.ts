/**
 * Lays out the timeline for a time range and a width: the axis ticks, one
 * lane per kind of event (orders, shipments, reported totals, statements
 * and context), labels for reported totals that keep their qualifier
 * ("about $34m", "more than $45m"), and small cargo charts on the same
 * axis. Pure numbers and strings; Timeline.svg.svelte only draws them.
 */
import type { EventKind, TimelineSeries } from '../../data/schema.ts';
import type { CargoPoint, ModelEvent } from '../model/buildStoryModel.ts';
import { CARGO_SERIES_KEYS, type CargoSeriesKey } from '../model/cargoSeries.ts';
import type { CargoReportComparison } from '../model/compareCargoWithReports.ts';
import { CARGO_LABELS, describeCargoChart } from '../format/describeCargoChart.ts';
import { describeUndated } from '../format/describeUndated.ts';
import { dateMidpoint } from '../model/fuzzyDate.ts';
import { formatCompactMoney } from '../format/formatCompact.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';

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
  /** Labels at the ends of the axis sit inside it instead of hanging over the edge. */
  anchor: 'start' | 'middle' | 'end';
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

/** Within this many pixels of either end, a tick's label is anchored inside the axis. */
const EDGE = 22;

/**
 * Month, quarter or year ticks, whichever fits about one label per 56 px.
 * Year starts are major ticks labelled with the year.
 */
export function timeTicks(
  scale: TimeScale,
  minGap = 56,
  monthNames: readonly string[] = MONTH_ABBR,
): Tick[] {
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
      const x = scale(time);
      ticks.push({
        time,
        x,
        label: major ? String(d.getUTCFullYear()) : step === 12 ? '' : (monthNames[m] ?? ''),
        major,
        anchor: x < EDGE ? 'start' : x > scale.width - EDGE ? 'end' : 'middle',
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

/** The series that shows each kind of event: a step's timeline shows a kind only if it lists its series. */
export const SERIES_OF_KIND: Record<EventKind, TimelineSeries> = {
  order: 'orders',
  shipment: 'shipments',
  'reported-total': 'totals',
  statement: 'statements',
  context: 'context',
};

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
  /** Where the label is centred: on the mark, or shifted to stay inside the axis. */
  labelX: number;
  labelY: number;
  inRange: boolean;
}

export interface CargoChart {
  key: CargoSeriesKey;
  label: string;
  unit: string;
  /** Top-left corner of the chart's cell; the chart's own coordinates start there. */
  x: number;
  y: number;
  /** Width of the cell and height of the chart under its text lines. */
  width: number;
  height: number;
  /** What the chart says in words ("Trucks: at least 126 in the reports that give a figure"), wrapped to the cell. */
  lines: string[];
  /** Top of the chart area, below the text lines, in the cell's coordinates. */
  chartTop: number;
  /** Step-line of the running total, as an SVG path in the cell's coordinates. */
  path: string;
  /** Running total at the end of the story: the top of the chart, and the figure in its words. */
  max: number;
  /** True when the total rests on a "more than" or "about" figure. */
  approximate: boolean;
  /** The chart's words for a list of all of them, when the charts do not fit (describeCargoChart.ts). */
  phrase: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  scale: TimeScale;
  ticks: Tick[];
  lanes: { key: LaneKey; label: string; y: number }[];
  marks: EventMark[];
  cargo: CargoChart[];
  /**
   * When the charts do not fit `maxHeight`, the cargo totals in words
   * instead, wrapped to the width (empty otherwise).
   */
  cargoSummary: string[];
  /** Highlighted events that are undated: no mark, a line under the axis naming them instead (empty when none). */
  undated: { eventIds: string[]; lines: string[]; y: number };
  axisY: number;
}

const LANE_GAP = 30;
const LANE_GAP_NARROW = 26;
const TOP = 24;
const TOP_NARROW = 21;
/** Reported totals carry labels above and below their marks: their lane needs more room. */
const TOTALS_ABOVE = 14;
const TOTALS_BELOW = 16;
const AXIS_HEIGHT = 24;
const CARGO_HEIGHT = 22;
/** Phones: flatter cargo charts, so the map keeps some height. */
const CARGO_HEIGHT_NARROW = 16;
const NARROW = 480;
const CARGO_LINE = 13;
const CARGO_GAP = 10;
const CARGO_COLUMN_GAP = 14;
/** Below this width per column, cargo charts stack in one column. */
const MIN_CARGO_COLUMN = 140;
const LABEL_FONT = 11.5;
const CARGO_FONT = 11;

/**
 * Width of a label in pixels without a DOM. Bold system fonts average about
 * 0.6 em per character in these labels; regular ones about 0.55 em.
 */
export function estimateLabelWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.56);
}

/** Measures a label's width in pixels: the browser's own measure, or estimateLabelWidth. */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/** Breaks text into lines no wider than `width`, at spaces. */
export function wrapLabel(
  text: string,
  width: number,
  fontSize: number,
  measure: MeasureText = estimateLabelWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function totalLabel(event: ModelEvent, words?: TimelineWords): string | null {
  if (event.kind !== 'reported-total' || !event.amount) return null;
  return words ? words.compactMoney(event.amount) : formatCompactMoney(event.amount);
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
    /** Room the timeline may take; cargo charts that would not fit become one line of text. */
    maxHeight?: number;
    /** How wide a label is; in the browser, measured with its real font. */
    measure?: MeasureText;
    /** Label reported totals (default); off when the marks are counted in bins instead (clusterMarks.ts). */
    labels?: boolean;
    /** Cargo totals that sources report, shown beside the charts' sums (compareCargoWithReports.ts). */
    cargoReports?: readonly CargoReportComparison[];
    /** The words in the page's language (timelineWords.ts); English without. */
    words?: TimelineWords;
  },
): TimelineLayout {
  const { range, width, series } = options;
  const measure = options.measure ?? estimateLabelWidth;
  const withLabels = options.labels ?? true;
  const highlight = new Set(options.highlight);
  const scale = scaleTime(range, width);
  const narrow = width < NARROW;
  const laneGap = narrow ? LANE_GAP_NARROW : LANE_GAP;
  let y = narrow ? TOP_NARROW : TOP;
  const lanes = LANES.filter((lane) => lane.series.some((s) => series.includes(s))).map(
    (lane, i) => {
      if (i > 0) y += laneGap;
      if (lane.key === 'totals') y += TOTALS_ABOVE;
      const label = options.words?.lane(lane.key) ?? lane.label;
      const placed = { key: lane.key, label, y, kinds: lane.kinds };
      if (lane.key === 'totals') y += TOTALS_BELOW;
      return placed;
    },
  );
  const laneOfKind = new Map<EventKind, (typeof lanes)[number]>();
  for (const lane of lanes) for (const kind of lane.kinds) laneOfKind.set(kind, lane);

  // Labels of reported totals take the first free row: just above the
  // marks, just below them, then higher up; the rows above start after
  // the lane's own name.
  const totals = lanes.find((l) => l.key === 'totals');
  const rows = totals
    ? [
        { y: totals.y - 10, end: measure(totals.label, LABEL_FONT) + 6 },
        { y: totals.y + 19, end: -Infinity },
        { y: totals.y - 25, end: measure(totals.label, LABEL_FONT) + 6 },
      ]
    : [];
  const marks: EventMark[] = [];
  const undatedTitles: string[] = [];
  const undatedIds: string[] = [];
  for (const event of events) {
    const lane = laneOfKind.get(event.kind);
    if (!lane) continue;
    if (!series.includes(SERIES_OF_KIND[event.kind])) continue;
    // Never at a date it does not have: when the step is about it, named in
    // a line under the axis instead.
    if (!event.when) {
      if (highlight.has(event.id)) {
        undatedTitles.push(event.title);
        undatedIds.push(event.id);
      }
      continue;
    }
    const x = scale(dateMidpoint(event.when));
    const x1 = scale(event.when.start);
    const x2 = scale(event.when.end);
    const inRange = event.when.end >= range[0] && event.when.start <= range[1];
    let label = inRange && withLabels ? totalLabel(event, options.words) : null;
    let labelX = x;
    let labelY = lane.y - 10;
    if (label) {
      const w = measure(label, LABEL_FONT, true);
      // Centred on its mark where possible, but never past either end of the axis.
      labelX = Math.max(w / 2, Math.min(width - w / 2, x));
      const row = rows.find((r) => labelX - w / 2 > r.end + 6);
      if (row) {
        row.end = labelX + w / 2;
        labelY = row.y;
      } else label = null;
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
      labelX,
      labelY,
      inRange,
    });
  }

  const axisY = y + 14;
  const undatedLines = wrapLabel(
    options.words ? options.words.undated(undatedTitles) : describeUndated(undatedTitles),
    width,
    CARGO_FONT,
    measure,
  );
  const undated = {
    eventIds: undatedIds,
    lines: undatedLines,
    y: axisY + AXIS_HEIGHT + 8,
  };
  const belowAxis = axisY + AXIS_HEIGHT + undatedLines.length * CARGO_LINE;
  const cargoCharts: CargoChart[] = [];
  if (series.includes('cargo')) {
    const keys = CARGO_SERIES_KEYS.filter((k) => cargo[k].length);
    const columns = width >= 2 * MIN_CARGO_COLUMN + CARGO_COLUMN_GAP ? 2 : 1;
    const cellWidth = (width - (columns - 1) * CARGO_COLUMN_GAP) / columns;
    const cellScale = scaleTime(range, cellWidth);
    const chartHeight = width < NARROW ? CARGO_HEIGHT_NARROW : CARGO_HEIGHT;
    const cells = keys.map((key) => {
      const points = cargo[key];
      // The scale and the words are the whole story's ("in all"), so a
      // zoomed range shows how far along the total it is.
      const max = Math.max(...points.map((p) => p.cumulative));
      const approximate = points.some((p) => p.approximate);
      const words = describeCargoChart(key, points, options.cargoReports, options.words);
      const lines = wrapLabel(words.caption, cellWidth, CARGO_FONT, measure);
      return { key, points, max, approximate, lines, phrase: words.phrase };
    });
    let top = belowAxis + 6;
    for (let i = 0; i < cells.length; i += columns) {
      const row = cells.slice(i, i + columns);
      const lineCount = Math.max(...row.map((c) => c.lines.length));
      const chartTop = lineCount * CARGO_LINE + 3;
      row.forEach((cell, column) => {
        const yOf = (v: number) =>
          chartTop + chartHeight - (cell.max > 0 ? (v / cell.max) * chartHeight : 0);
        // The line starts at the running total reached before the range and
        // stops at the range's end, so it never leaves its cell. One pass and
        // no objects: this runs every frame of a glide, over thousands of
        // shipments in large data sets.
        let startY = yOf(0);
        let steps = '';
        for (const p of cell.points) {
          const x = cellScale(p.time);
          if (x < 0) startY = yOf(p.cumulative);
          else if (x <= cellWidth) steps += `H${x.toFixed(1)}V${yOf(p.cumulative).toFixed(1)}`;
        }
        const path = `M0,${startY.toFixed(1)}${steps}H${cellWidth.toFixed(1)}`;
        cargoCharts.push({
          key: cell.key,
          ...CARGO_LABELS[cell.key],
          x: column * (cellWidth + CARGO_COLUMN_GAP),
          y: top,
          width: cellWidth,
          height: chartHeight,
          lines: cell.lines,
          chartTop,
          path,
          max: cell.max,
          approximate: cell.approximate,
          phrase: cell.phrase,
        });
      });
      top += chartTop + chartHeight + CARGO_GAP;
    }
  }
  let cargoSummary: string[] = [];
  const last = cargoCharts[cargoCharts.length - 1];
  let height = last ? last.y + last.chartTop + last.height + 6 : belowAxis;
  if (last && options.maxHeight !== undefined && height > options.maxHeight) {
    const phrases = cargoCharts.map((c) => c.phrase);
    cargoSummary = wrapLabel(`Cargo: ${phrases.join('; ')}.`, width, CARGO_FONT, measure);
    cargoCharts.length = 0;
    height = belowAxis + 4 + cargoSummary.length * CARGO_LINE;
    // Not even the words fit (a very short screen): the lanes alone, the figures are in the text.
    if (height > options.maxHeight) {
      cargoSummary = [];
      height = belowAxis;
    }
  }
  return {
    width,
    height,
    scale,
    ticks: timeTicks(scale, 56, options.words?.monthsShort),
    lanes: lanes.map(({ key, label, y: laneY }) => ({ key, label, y: laneY })),
    marks,
    cargo: cargoCharts,
    cargoSummary,
    undated,
    axisY,
  };
}
