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
 * Small step charts of each cargo series' running total over `range`, in
 * one or two columns from `top` down, each with its words above it.
 * @example layoutCargoCharts(model.cargo, { range, width: 320, top: 120, measure: estimateTextWidth })
 */
export function layoutCargoCharts(
  cargo: Record<CargoSeriesKey, CargoPoint[]>,
  options: {
    range: [number, number];
    width: number;
    top: number;
    measure: MeasureText;
    cargoReports?: readonly CargoReportComparison[];
    /** Each chart's words, worked out once (StoryModel.cargoWords); otherwise from `cargoReports`. */
    words?: Readonly<Record<CargoSeriesKey, CargoChartWords>>;
    /** Without `words`, the charts' words in this language (timelineWords.ts); English without. */
    language?: TimelineWords;
  },
): CargoChart[] {
  const { range, width, measure } = options;
  const charts: CargoChart[] = [];
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
      charts.push({
        key: cell.key,
        ...CARGO_LABELS[cell.key],
        x: column * (cellWidth + CARGO_COLUMN_GAP),
        y: top,
        width: cellWidth,
        height: chartHeight,
        lines: cell.lines,
        lineY: cell.lines.map((_, n) => FIRST_BASELINE + n * LINE_HEIGHT),
        chartTop,
        path,
        max: cell.max,
        approximate: cell.approximate,
        phrase: cell.phrase,
      });
    });
    top += chartTop + chartHeight + CARGO_GAP;
  }
  return charts;
}
