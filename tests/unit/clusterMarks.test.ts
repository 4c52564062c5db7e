import { describe, expect, it } from 'vitest';
import { buildStoryModel, type ModelEvent } from '../../src/lib/model/buildStoryModel.ts';
import { layoutTimeline, type EventMark } from '../../src/lib/timeline/layoutTimeline.ts';
import {
  BIN_WIDTH,
  MAX_SINGLE_MARKS,
  binHeight,
  binMarks,
  countShownEvents,
  isDenseTimeline,
  type MarkBin,
} from '../../src/lib/timeline/clusterMarks.ts';
import type { TimelineSeries } from '../../src/data/schema.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());
const ALL: TimelineSeries[] = ['orders', 'shipments', 'totals', 'statements', 'context', 'cargo'];

/** `n` copies of the small data set's events, spread over 2024 one day apart. */
function manyEvents(n: number): ModelEvent[] {
  const day = 86_400_000;
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const base = model.events[i % model.events.length]!;
    const t = start + (i % 366) * day;
    return { ...base, id: `${base.id}-${i}`, when: { ...base.when!, start: t, end: t + day - 1 } };
  });
}

describe('countShownEvents', () => {
  it('count what layoutTimeline marks in range, whatever the series', () => {
    const events = manyEvents(400);
    const range: [number, number] = [Date.UTC(2024, 2, 1), Date.UTC(2024, 5, 30)];
    for (const series of [
      ALL,
      ['shipments'],
      ['orders', 'totals'],
      ['context'],
    ] as TimelineSeries[][]) {
      const layout = layoutTimeline(events, model.cargo, {
        range,
        width: 600,
        series,
        highlight: [],
      });
      expect(countShownEvents(events, range, series), series.join()).toBe(layout.marks.length);
    }
  });

  it('isDenseTimeline is false for the real-sized data and true past MAX_SINGLE_MARKS', () => {
    expect(isDenseTimeline(model.events, model.domain, ALL)).toBe(false);
    const events = manyEvents(MAX_SINGLE_MARKS + 1);
    const year: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
    expect(isDenseTimeline(events, year, ALL)).toBe(true);
    expect(isDenseTimeline(events.slice(0, MAX_SINGLE_MARKS), year, ALL)).toBe(false);
  });
});

describe('binMarks', () => {
  const mark = (x: number, lane: EventMark['lane'], extra: Partial<EventMark> = {}): EventMark => ({
    eventId: `e${x}-${lane}`,
    kind: 'shipment',
    lane,
    x,
    x1: x,
    x2: x,
    y: lane === 'orders' ? 24 : 54,
    highlighted: false,
    label: null,
    labelX: x,
    labelY: 0,
    ...extra,
  });

  it('counts marks per lane in bins of BIN_WIDTH pixels, lane by lane top down, each left to right', () => {
    const marks = [
      mark(6, 'shipments', { highlighted: true }),
      mark(0.5, 'shipments'),
      mark(5.9, 'shipments'),
      mark(1, 'orders'),
    ];
    const before = structuredClone(marks);
    expect(binMarks(marks)).toEqual([
      {
        key: 'orders:0',
        lane: 'orders',
        x: 0,
        width: BIN_WIDTH,
        y: 24,
        count: 1,
        highlighted: false,
      },
      {
        key: 'shipments:0',
        lane: 'shipments',
        x: 0,
        width: BIN_WIDTH,
        y: 54,
        count: 2,
        highlighted: false,
      },
      {
        key: 'shipments:1',
        lane: 'shipments',
        x: 6,
        width: BIN_WIDTH,
        y: 54,
        count: 1,
        highlighted: true,
      },
    ]);
    expect(marks).toEqual(before);
  });

  it('binMarks(marks of a moving range) keys each bar by its place in its lane, so the bars stay as the range moves', () => {
    // Frame by frame, the same events slide left by 4 px: bins come and go between the lanes' bars.
    const frame = (shift: number) =>
      binMarks([
        ...[3, 10, 40, 41, 70].map((x) => mark(x - shift, 'shipments')),
        ...[20, 55].map((x) => mark(x - shift, 'orders')),
      ]);
    const keys = (bins: MarkBin[]) => bins.map((b) => b.key);
    expect(keys(frame(0))).toEqual([
      'orders:0',
      'orders:1',
      'shipments:0',
      'shipments:1',
      'shipments:2',
      'shipments:3',
    ]);
    // 4 px on, every bin is another: each lane has as many, so the keys are the same.
    expect(keys(frame(4)).slice(0, 6)).toEqual(keys(frame(0)));
    expect(frame(4).map((b) => b.x)).not.toEqual(frame(0).map((b) => b.x));
  });

  it('loses no event: the counts add up to the marks in range, and keys are unique', () => {
    const events = manyEvents(5000);
    const layout = layoutTimeline(events, model.cargo, {
      range: [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)],
      width: 700,
      series: ALL,
      highlight: events.slice(0, 50).map((e) => e.id),
    });
    const bins = binMarks(layout.marks);
    const inRange = events.filter(
      (e) => e.when && e.when.end >= Date.UTC(2024, 0, 1) && e.when.start <= Date.UTC(2024, 11, 31),
    ).length;
    expect(layout.marks.length).toBe(inRange);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(inRange);
    expect(new Set(bins.map((b) => b.key)).size).toBe(bins.length);
    expect(bins.length).toBeLessThan(inRange / 4);
    expect(bins.some((b) => b.highlighted)).toBe(true);
  });
});

describe('binHeight', () => {
  it('grows with the count, slowly, up to the maximum', () => {
    expect(binHeight(0)).toBe(0);
    expect(binHeight(1)).toBe(4);
    expect(binHeight(2)).toBe(8);
    expect(binHeight(8)).toBe(16);
    expect(binHeight(1000)).toBe(20);
    expect(binHeight(1000, 30)).toBe(30);
  });
});
