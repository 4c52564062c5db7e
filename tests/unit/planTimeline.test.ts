import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import {
  layoutPlannedTimeline,
  layoutTimeline,
  planTimeline,
  type TimelineLayout,
  type TimelineOptions,
} from '../../src/lib/timeline/layoutTimeline.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());
const [first, last] = [model.domain[0], model.domain[1]];
const DAY = 86_400_000;

/** Ranges a glide passes through, from the whole story to a few months and back. */
const RANGES: [number, number][] = [
  [first, last],
  [first + 60 * DAY, last - 200 * DAY],
  [first + 120 * DAY, first + 240 * DAY],
  [first - 30 * DAY, first + 90 * DAY],
  [first, last],
];

/** A layout as data: its scale (a function) by its domain and width. */
function asData(layout: TimelineLayout) {
  return { ...layout, scale: [layout.scale.domain, layout.scale.width] };
}

/** Reported totals every month of 2024, so their labels compete for the label rows. */
function crowdedTotals() {
  const base = model.events.find((e) => e.kind === 'reported-total')!;
  return Array.from({ length: 12 }, (_, i) => ({
    ...base,
    id: `total-${i}`,
    when: { ...base.when!, start: Date.UTC(2024, i, 1), end: Date.UTC(2024, i, 2) },
  }));
}

describe('planTimeline and layoutPlannedTimeline', () => {
  it.each([
    [
      'every series, 734 px',
      { width: 734, series: ['orders', 'shipments', 'totals', 'statements', 'context', 'cargo'] },
    ],
    [
      'shipments and cargo, 304 px, short',
      { width: 304, series: ['shipments', 'cargo'], maxHeight: 120 },
    ],
    ['no labels, 412 px', { width: 412, series: ['orders', 'totals', 'cargo'], labels: false }],
  ] as [string, Omit<TimelineOptions, 'highlight'>][])(
    'one planTimeline(%s) laid out for each range of a glide gives what a fresh layoutTimeline gives there',
    (_, options) => {
      const plan = planTimeline(model.events, model.cargo, { ...options, highlight: ['convoy-1'] });
      for (const range of RANGES) {
        expect(asData(layoutPlannedTimeline(plan, range))).toEqual(
          asData(
            layoutTimeline(model.events, model.cargo, {
              ...options,
              highlight: ['convoy-1'],
              range,
            }),
          ),
        );
      }
    },
  );

  it('one plan serves frame after frame: a range laid out again gives the same labels', () => {
    const events = crowdedTotals();
    const options: TimelineOptions = { width: 359, series: ['totals'], highlight: [] };
    const plan = planTimeline(events, model.cargo, options);
    const before = structuredClone(plan);
    const year: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)];
    const firstTime = layoutPlannedTimeline(plan, year);
    layoutPlannedTimeline(plan, [Date.UTC(2024, 3, 1), Date.UTC(2024, 8, 1)]);
    const again = layoutPlannedTimeline(plan, year);
    expect(firstTime.marks.filter((m) => m.label).length).toBeGreaterThanOrEqual(2);
    expect(asData(again)).toEqual(asData(firstTime));
    expect(asData(again)).toEqual(
      asData(layoutTimeline(events, model.cargo, { ...options, range: year })),
    );
    expect(plan).toEqual(before);
  });

  it('a plan does not depend on the range: the height stays and the cargo lines alone move', () => {
    const plan = planTimeline(model.events, model.cargo, {
      width: 640,
      series: ['shipments', 'cargo'],
      highlight: [],
    });
    const [a, b] = [
      layoutPlannedTimeline(plan, RANGES[0]!),
      layoutPlannedTimeline(plan, RANGES[2]!),
    ];
    expect(a.height).toBe(plan.height);
    expect(b.height).toBe(plan.height);
    expect(b.cargo.map((c) => c.lines)).toEqual(a.cargo.map((c) => c.lines));
    expect(b.cargo.map((c) => c.path)).not.toEqual(a.cargo.map((c) => c.path));
  });
});
