import type { CargoPoint } from '../model/buildStoryModel.ts';
import { CARGO_SERIES_KEYS, type CargoSeriesKey } from '../model/cargoSeries.ts';
import type { CargoReportComparison } from '../model/compareCargoWithReports.ts';
import {
  CARGO_LABELS,
  describeCargoChart,
  type CargoChartWords,
} from '../format/describeCargoChart.ts';
import type { MeasureText } from '../format/estimateTextWidth.ts';
import { wrapLabel } from '../format/wrapLabel.ts';
import { scaleTime } from './scaleTime.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';
import { CARGO_FONT, FIRST_BASELINE, LINE_HEIGHT, NARROW } from './timelineMetrics.ts';

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
  /** Baseline of each of `lines`, in the cell's coordinates. */
  lineY: number[];
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

const CARGO_HEIGHT = 22;
/** Phones: flatter cargo charts, so the map keeps some height. */
const CARGO_HEIGHT_NARROW = 16;
const CARGO_GAP = 10;
const CARGO_COLUMN_GAP = 14;
/** Below this width per column, cargo charts stack in one column. */
const MIN_CARGO_COLUMN = 140;

/**
 * A cargo chart as planned once for a width (planCargoCharts): all of it
 * but its line, which layoutCargoCharts draws for each range, with the
 * line's heights already written.
 */
export interface PlannedCargoChart {
  chart: Omit<CargoChart, 'path'>;
  /** Each point's time and the height of its running total, as the path writes it. */
  times: number[];
  heights: string[];
  /** Height of a total of zero, where a line with no point before the range starts. */
  zero: string;
}

/**
 * Small step charts of each cargo series' running total, in one or two
 * columns from `top` down, each with its words above it: everything but
 * their lines, which do not depend on the time range (layoutCargoCharts
 * draws those). A glide between steps lays the timeline out on every
 * frame, and the words, their wrapping and each series' maximum are then
 * worked out once instead of on each frame.
 * @example planCargoCharts(model.cargo, { width: 320, top: 120, measure: estimateTextWidth })
 */
export function planCargoCharts(
  cargo: Record<CargoSeriesKey, CargoPoint[]>,
  options: {
    width: number;
    top: number;
    measure: MeasureText;
    cargoReports?: readonly CargoReportComparison[];
    /** Each chart's words, worked out once (StoryModel.cargoWords); otherwise from `cargoReports`. */
    words?: Readonly<Record<CargoSeriesKey, CargoChartWords>>;
    /** Without `words`, the charts' words in this language (timelineWords.ts); English without. */
    language?: TimelineWords;
  },
): PlannedCargoChart[] {
  const { width, measure } = options;
  const charts: PlannedCargoChart[] = [];
  const keys = CARGO_SERIES_KEYS.filter((k) => cargo[k].length);
  const columns = width >= 2 * MIN_CARGO_COLUMN + CARGO_COLUMN_GAP ? 2 : 1;
  const cellWidth = (width - (columns - 1) * CARGO_COLUMN_GAP) / columns;
  const chartHeight = width < NARROW ? CARGO_HEIGHT_NARROW : CARGO_HEIGHT;
  const cells = keys.map((key) => {
    const points = cargo[key];
    // The scale and the words are the whole story's ("in all"), so a
    // zoomed range shows how far along the total it is.
    const max = Math.max(...points.map((p) => p.cumulative));
    const approximate = points.some((p) => p.approximate);
    const words =
      options.words?.[key] ??
      describeCargoChart(key, points, options.cargoReports, options.language);
    const lines = wrapLabel(words.caption, cellWidth, CARGO_FONT, measure);
    return { key, points, max, approximate, lines, phrase: words.phrase };
  });
  let top = options.top;
  for (let i = 0; i < cells.length; i += columns) {
    const row = cells.slice(i, i + columns);
    const lineCount = Math.max(...row.map((c) => c.lines.length));
    const chartTop = lineCount * LINE_HEIGHT + 3;
    row.forEach((cell, column) => {
      const yOf = (v: number) =>
        (chartTop + chartHeight - (cell.max > 0 ? (v / cell.max) * chartHeight : 0)).toFixed(1);
      charts.push({
        chart: {
          key: cell.key,
          ...CARGO_LABELS[cell.key],
          x: column * (cellWidth + CARGO_COLUMN_GAP),
          y: top,
          width: cellWidth,
          height: chartHeight,
          lines: cell.lines,
          lineY: cell.lines.map((_, n) => FIRST_BASELINE + n * LINE_HEIGHT),
          chartTop,
          max: cell.max,
          approximate: cell.approximate,
          phrase: cell.phrase,
        },
        times: cell.points.map((p) => p.time),
        heights: cell.points.map((p) => yOf(p.cumulative)),
        zero: yOf(0),
      });
    });
    top += chartTop + chartHeight + CARGO_GAP;
  }
  return charts;
}

/**
 * The planned cargo charts (planCargoCharts) with their lines over `range`.
 * @example layoutCargoCharts(planCargoCharts(model.cargo, options), range)[0].path // "M0,25.0H12.3V20.1…H153.0"
 */
export function layoutCargoCharts(
  planned: readonly PlannedCargoChart[],
  range: [number, number],
): CargoChart[] {
  return planned.map(({ chart, times, heights, zero }) => {
    const cellScale = scaleTime(range, chart.width);
    // The line starts at the running total reached before the range and
    // stops at the range's end, so it never leaves its cell. One pass and
    // no objects: this runs every frame of a glide, over thousands of
    // shipments in large data sets.
    let start = zero;
    let steps = '';
    for (let i = 0; i < times.length; i++) {
      const x = cellScale(times[i]!);
      if (x < 0) start = heights[i]!;
      else if (x <= chart.width) steps += `H${x.toFixed(1)}V${heights[i]!}`;
    }
    return { ...chart, path: `M0,${start}${steps}H${chart.width.toFixed(1)}` };
  });
}
