/**
 * Lays out the timeline for a time range and a width: the axis ticks, one
 * lane per kind of event (orders, shipments, reported totals, statements
 * and context), labels for reported totals that keep their qualifier
 * ("about $34m", "more than $45m"), and small cargo charts on the same
 * axis. Pure numbers and strings, every position included;
 * Timeline.svg.svelte only draws them. In two passes: planTimeline works
 * out what the range does not change, once per step and width, and
 * layoutPlannedTimeline the rest, on every frame of a glide between steps.
 * Each part has its own file: stackLanes (timelineLanes.ts),
 * planEventMarks and layoutEventMarks, planCargoCharts and
 * layoutCargoCharts, timeTicks, scaleTime.
 */
import type { TimelineSeries } from '../../data/schema.ts';
import type { CargoPoint, ModelEvent } from '../model/buildStoryModel.ts';
import type { CargoSeriesKey } from '../model/cargoSeries.ts';
import type { CargoReportComparison } from '../model/compareCargoWithReports.ts';
import type { CargoChartWords } from '../format/describeCargoChart.ts';
import { describeUndated } from '../format/describeUndated.ts';
import { estimateTextWidth, type MeasureText } from '../format/estimateTextWidth.ts';
import { wrapLabel } from '../format/wrapLabel.ts';
import { scaleTime, type TimeScale } from './scaleTime.ts';
import { timeTicks, type Tick } from './timeTicks.ts';
import { stackLanes, type LaneKey } from './timelineLanes.ts';
import {
  layoutEventMarks,
  planEventMarks,
  type EventMark,
  type EventMarksPlan,
} from './layoutEventMarks.ts';
import {
  layoutCargoCharts,
  planCargoCharts,
  type CargoChart,
  type PlannedCargoChart,
} from './layoutCargoCharts.ts';
import { AXIS_HEIGHT, CARGO_FONT, FIRST_BASELINE, LINE_HEIGHT } from './timelineMetrics.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';

// Other modules import these from here; each now lives in its own file.
export { scaleTime, type TimeScale } from './scaleTime.ts';
export { timeTicks, type Tick } from './timeTicks.ts';
export { LANES, SERIES_OF_KIND, type LaneKey } from './timelineLanes.ts';
export type { EventMark } from './layoutEventMarks.ts';
export type { CargoChart } from './layoutCargoCharts.ts';
export { wrapLabel } from '../format/wrapLabel.ts';
export type { MeasureText } from '../format/estimateTextWidth.ts';

export interface TimelineLayout {
  width: number;
  height: number;
  scale: TimeScale;
  ticks: Tick[];
  /** Baseline of the tick labels, below the axis line. */
  tickLabelY: number;
  lanes: { key: LaneKey; label: string; y: number; labelY: number }[];
  marks: EventMark[];
  cargo: CargoChart[];
  /**
   * When the charts do not fit `maxHeight`, the cargo totals in words
   * instead, wrapped to the width (empty otherwise).
   */
  cargoSummary: string[];
  /** Baseline of each line of `cargoSummary`. */
  cargoSummaryY: number[];
  /**
   * Highlighted events that are undated: no mark, a line under the axis
   * naming them instead (empty when none), its first baseline at `y`, each
   * line's at `lineY`.
   */
  undated: { eventIds: string[]; lines: string[]; y: number; lineY: number[] };
  axisY: number;
}

/** The axis line sits this far below the last lane. */
const AXIS_BELOW_LANES = 14;
/** Tick labels' baseline, below the axis line. */
const TICK_LABEL_Y = 19;
/** Space between the axis and the undated line. */
const UNDATED_GAP = 8;
const CARGO_ABOVE = 6;
const BOTTOM = 6;
const SUMMARY_BOTTOM = 4;

/** Room the timeline's SVG keeps on each side of its axis, so end marks and labels are not cut. */
export const TIMELINE_PADDING = 8;

/**
 * The axis width for a timeline `width` pixels wide: inside the padding,
 * never under 120 px.
 * @example timelineAxisWidth(320) // 304
 */
export function timelineAxisWidth(width: number): number {
  return Math.max(120, width - 2 * TIMELINE_PADDING);
}

/** What layoutTimeline needs besides the range. */
export interface TimelineOptions {
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
  /** The charts' words, worked out once by the story model; without them, from `cargoReports` on every call. */
  cargoWords?: Readonly<Record<CargoSeriesKey, CargoChartWords>>;
  /** The words in the page's language (timelineWords.ts); English without. */
  words?: TimelineWords;
}

/**
 * A timeline laid out but for its time range (planTimeline): the lanes,
 * the axis, the undated line, the cargo charts' words and cells, the marks
 * the series can have, and so the height. None of it depends on the
 * range, which glides between steps: layoutPlannedTimeline lays out only
 * what does, on every frame.
 */
export interface TimelinePlan extends Omit<TimelineLayout, 'scale' | 'ticks' | 'marks' | 'cargo'> {
  marks: EventMarksPlan;
  cargo: PlannedCargoChart[];
  monthsShort?: readonly string[];
}

/**
 * Plans a timeline for a width, series and highlights, whatever its range.
 * @example layoutPlannedTimeline(planTimeline(model.events, model.cargo, { width: 320, series: ['orders'], highlight: [] }), range)
 */
export function planTimeline(
  events: readonly ModelEvent[],
  cargo: Record<CargoSeriesKey, CargoPoint[]>,
  options: TimelineOptions,
): TimelinePlan {
  const { width, series } = options;
  const measure = options.measure ?? estimateTextWidth;
  const { lanes, bottom } = stackLanes(series, width, options.words);
  const marks = planEventMarks(events, {
    lanes,
    series,
    highlight: new Set(options.highlight),
    measure,
    labels: options.labels ?? true,
    words: options.words,
  });

  const axisY = bottom + AXIS_BELOW_LANES;
  const undatedLines = wrapLabel(
    options.words
      ? options.words.undated(marks.undated.titles)
      : describeUndated(marks.undated.titles),
    width,
    CARGO_FONT,
    measure,
  );
  const undatedY = axisY + AXIS_HEIGHT + UNDATED_GAP;
  const undated = {
    eventIds: marks.undated.eventIds,
    lines: undatedLines,
    y: undatedY,
    lineY: undatedLines.map((_, i) => undatedY + i * LINE_HEIGHT),
  };
  const belowAxis = axisY + AXIS_HEIGHT + undatedLines.length * LINE_HEIGHT;
  const cargoCharts = series.includes('cargo')
    ? planCargoCharts(cargo, {
        width,
        top: belowAxis + CARGO_ABOVE,
        measure,
        cargoReports: options.cargoReports,
        words: options.cargoWords,
        language: options.words,
      })
    : [];
  let cargoSummary: string[] = [];
  const last = cargoCharts[cargoCharts.length - 1]?.chart;
  let height = last ? last.y + last.chartTop + last.height + BOTTOM : belowAxis;
  if (last && options.maxHeight !== undefined && height > options.maxHeight) {
    const phrases = cargoCharts.map((c) => c.chart.phrase);
    const list = phrases.join('; ');
    const summary = options.words ? options.words.cargo.summary(list) : `Cargo: ${list}.`;
    cargoSummary = wrapLabel(summary, width, CARGO_FONT, measure);
    cargoCharts.length = 0;
    height = belowAxis + SUMMARY_BOTTOM + cargoSummary.length * LINE_HEIGHT;
    // Not even the words fit (a very short screen): the lanes alone, the figures are in the text.
    if (height > options.maxHeight) {
      cargoSummary = [];
      height = belowAxis;
    }
  }
  return {
    width,
    height,
    tickLabelY: TICK_LABEL_Y,
    lanes: lanes.map(({ key, label, y, labelY }) => ({ key, label, y, labelY })),
    marks,
    cargo: cargoCharts,
    cargoSummary,
    cargoSummaryY: cargoSummary.map((_, i) => belowAxis + FIRST_BASELINE + i * LINE_HEIGHT),
    undated,
    axisY,
    monthsShort: options.words?.monthsShort,
  };
}

/**
 * A planned timeline (planTimeline) laid out for the time range `range`.
 * @example layoutPlannedTimeline(plan, [Date.UTC(2024, 0, 1), Date.UTC(2024, 6, 1)]).marks
 */
export function layoutPlannedTimeline(plan: TimelinePlan, range: [number, number]): TimelineLayout {
  const { marks, cargo, monthsShort, ...fixed } = plan;
  const scale = scaleTime(range, plan.width);
  return {
    ...fixed,
    scale,
    ticks: timeTicks(scale, 56, monthsShort),
    marks: layoutEventMarks(marks, scale),
    cargo: layoutCargoCharts(cargo, range),
  };
}

/**
 * Lays out events and cargo for the visible range.
 * @example layoutTimeline(model.events, model.cargo, {range, width: 320, series: ['orders','shipments'], highlight: []})
 */
export function layoutTimeline(
  events: readonly ModelEvent[],
  cargo: Record<CargoSeriesKey, CargoPoint[]>,
  options: TimelineOptions & { range: [number, number] },
): TimelineLayout {
  return layoutPlannedTimeline(planTimeline(events, cargo, options), options.range);
}
