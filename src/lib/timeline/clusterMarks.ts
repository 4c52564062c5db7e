/**
 * Timelines too dense to mark event by event. A few hundred marks are
 * readable and each can be a button; thousands overlap into a smear, cost
 * seconds to draw on a phone, and no one tabs through them. Past
 * MAX_SINGLE_MARKS events in a step's range, the timeline shows per lane
 * how many events fall in each few pixels (a bar whose height grows with
 * the count), and readers find each event in the table of all events.
 */
import type { TimelineSeries } from '../../data/schema.ts';
import type { ModelEvent } from '../model/buildStoryModel.ts';
import { overlapsRange } from '../model/fuzzyDate.ts';
import type { EventMark } from './layoutEventMarks.ts';
import { SERIES_OF_KIND, type LaneKey } from './timelineLanes.ts';

/** Beyond this many events in view, the timeline counts instead of marking each. */
export const MAX_SINGLE_MARKS = 300;
/** Width of one counting bin, in pixels. */
export const BIN_WIDTH = 6;

/**
 * How many events the timeline shows over `range`.
 * @example countShownEvents(model.events, step.range, step.series) // 12
 */
export function countShownEvents(
  events: readonly ModelEvent[],
  range: readonly [number, number],
  series: readonly TimelineSeries[],
): number {
  const shown = new Set(series);
  let count = 0;
  for (const e of events) {
    if (e.when && shown.has(SERIES_OF_KIND[e.kind]) && overlapsRange(e.when, range)) count++;
  }
  return count;
}

/** True when a step's timeline counts events in bins instead of marking each one. */
export function isDenseTimeline(
  events: readonly ModelEvent[],
  range: readonly [number, number],
  series: readonly TimelineSeries[],
): boolean {
  return countShownEvents(events, range, series) > MAX_SINGLE_MARKS;
}

export interface MarkBin {
  /**
   * The lane and the bin's place among the lane's bins, left to right. A
   * moving range changes which bins a lane has on almost every frame (with
   * 10,000 events, a quarter of them); keyed by place, the timeline moves
   * and resizes the bars it has and adds or removes only at a lane's end,
   * instead of creating and removing a bar for each bin that comes and goes.
   */
  key: string;
  lane: LaneKey;
  /** Left edge and width of the bin, in pixels. */
  x: number;
  width: number;
  /** The lane's centre line. */
  y: number;
  count: number;
  /** Whether any event in the bin is highlighted by the step. */
  highlighted: boolean;
}

/**
 * Counts the marks (the events in view) per lane in bins of `binWidth`
 * pixels: the bins lane by lane, top down, each lane's left to right.
 * @example binMarks(layout.marks, 6) // [{ key: 'orders:0', x: 72, count: 9, … }, …]
 */
export function binMarks(marks: readonly EventMark[], binWidth = BIN_WIDTH): MarkBin[] {
  const bins = new Map<string, MarkBin>();
  for (const mark of marks) {
    const index = Math.floor(mark.x / binWidth);
    const id = `${mark.lane}:${index}`;
    let bin = bins.get(id);
    if (!bin) {
      bin = {
        key: '',
        lane: mark.lane,
        x: index * binWidth,
        width: binWidth,
        y: mark.y,
        count: 0,
        highlighted: false,
      };
      bins.set(id, bin);
    }
    bin.count++;
    if (mark.highlighted) bin.highlighted = true;
  }
  const sorted = [...bins.values()].sort((a, b) => a.y - b.y || a.x - b.x);
  let place = 0;
  sorted.forEach((bin, i) => {
    place = i > 0 && sorted[i - 1]!.lane === bin.lane ? place + 1 : 0;
    bin.key = `${bin.lane}:${place}`;
  });
  return sorted;
}

/**
 * Height of a bin's bar: one event is a short tick, and the height grows
 * with the logarithm of the count up to `max`, so a busy week does not
 * dwarf the rest of the lane.
 * @example binHeight(1) // 4
 */
export function binHeight(count: number, max = 20): number {
  if (count <= 0) return 0;
  return Math.min(max, 4 + 4 * Math.log2(count));
}
