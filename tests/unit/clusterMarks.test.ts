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

  it('counts marks per lane in bins of BIN_WIDTH pixels', () => {
    const bins = binMarks([
      mark(0.5, 'shipments'),
      mark(5.9, 'shipments'),
      mark(6, 'shipments', { highlighted: true }),
      mark(1, 'orders'),
    ]);
    expect(bins).toEqual([
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
      {
        key: 'orders:0',
        lane: 'orders',
        x: 0,
        width: BIN_WIDTH,
        y: 24,
        count: 1,
        highlighted: false,
      },
    ]);
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
