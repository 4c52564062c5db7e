/**
 * Every position Timeline.svg.svelte draws comes from the layout: lane
 * names, tick labels, the undated line, the cargo summary and the cargo
 * captions, each on a baseline of its own and none over another.
 */
import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import {
  layoutTimeline,
  timelineAxisWidth,
  TIMELINE_PADDING,
} from '../../src/lib/timeline/layoutTimeline.ts';
import { stackLanes } from '../../src/lib/timeline/timelineLanes.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());
const all = ['orders', 'shipments', 'totals', 'statements', 'context', 'cargo'] as const;

describe('timeline positions', () => {
  it.each([
    [320, 304],
    [1000, 1000 - 2 * TIMELINE_PADDING],
    [100, 120],
  ])('timelineAxisWidth(%d) is %d', (width, axis) => {
    expect(timelineAxisWidth(width)).toBe(axis);
  });

  it.each([
    [[], []],
    [['orders'], [24]],
    [
      ['orders', 'shipments', 'totals'],
      [24, 54, 98],
    ],
  ] as const)(
    'stackLanes(%j, 640) puts the lanes at %j, each name above its line',
    (series, ys) => {
      const copy = [...series];
      const { lanes, bottom } = stackLanes(series, 640);
      expect(lanes.map((l) => l.y)).toEqual(ys);
      for (const lane of lanes) expect(lane.labelY).toBeLessThan(lane.y);
      expect(bottom).toBeGreaterThanOrEqual(Math.max(0, ...ys));
      expect(series).toEqual(copy);
    },
  );

  it('layoutTimeline(cargo, short maxHeight) gives each summary line a baseline below the axis, 13 px apart', () => {
    const options = { range: model.domain, width: 359, series: [...all], highlight: [] };
    const full = layoutTimeline(model.events, model.cargo, options);
    const short = layoutTimeline(model.events, model.cargo, {
      ...options,
      maxHeight: full.height - 1,
    });
    expect(short.cargoSummaryY).toHaveLength(short.cargoSummary.length);
    expect(short.cargoSummaryY[0]).toBeGreaterThan(short.axisY + short.tickLabelY);
    for (let i = 1; i < short.cargoSummaryY.length; i++)
      expect(short.cargoSummaryY[i]! - short.cargoSummaryY[i - 1]!).toBe(13);
    expect(short.cargoSummaryY.at(-1)!).toBeLessThanOrEqual(short.height);
  });

  it('layoutTimeline(cargo) gives each caption line a baseline above its chart', () => {
    const layout = layoutTimeline(model.events, model.cargo, {
      range: model.domain,
      width: 250,
      series: [...all],
      highlight: [],
    });
    expect(layout.cargo.length).toBeGreaterThan(0);
    for (const chart of layout.cargo) {
      expect(chart.lineY).toHaveLength(chart.lines.length);
      expect(chart.lineY.at(-1)!).toBeLessThanOrEqual(chart.chartTop);
    }
    expect(layout.lanes.every((l) => l.labelY > 0)).toBe(true);
  });
});
