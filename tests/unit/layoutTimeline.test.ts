import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/buildStoryModel.ts';
import { layoutTimeline, scaleTime, timeTicks } from '../../src/lib/layoutTimeline.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());

describe('scaleTime and timeTicks', () => {
  it('scaleTime([a, b], 300) maps a to 0 and b to 300', () => {
    const scale = scaleTime([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 300);
    expect(scale(Date.UTC(2024, 0, 1))).toBe(0);
    expect(scale(Date.UTC(2025, 0, 1))).toBe(300);
  });

  it.each([
    [200, 12],
    [320, 6],
    [1280, 3],
  ])('timeTicks over three years at %d px picks ticks every %d months', (width, months) => {
    const scale = scaleTime([Date.UTC(2023, 6, 1), Date.UTC(2026, 1, 28)], width);
    const ticks = timeTicks(scale);
    const gaps = ticks.slice(1).map((t, i) => {
      const a = new Date(ticks[i]!.time);
      const b = new Date(t.time);
      return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
    });
    expect(new Set(gaps)).toEqual(new Set([months]));
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2024', '2025', '2026']);
  });

  it('timeTicks over a range starting mid-December gives each month once (ticks are keyed by time)', () => {
    const scale = scaleTime([Date.UTC(2025, 11, 12), Date.UTC(2026, 2, 1)], 640);
    const times = timeTicks(scale).map((t) => t.time);
    expect(new Set(times).size).toBe(times.length);
    expect(times[0]).toBe(Date.UTC(2026, 0, 1));
  });

  it('a range inside one year names the year on its first tick', () => {
    const ticks = timeTicks(scaleTime([Date.UTC(2023, 6, 1), Date.UTC(2023, 11, 31)], 600));
    expect(ticks[0]!.label).toBe('Jul 2023');
  });
});

describe('layoutTimeline', () => {
  it('layoutTimeline(events, {width: 320}) puts every mark inside the width and highlights the step’s events', () => {
    const layout = layoutTimeline(model.events, model.cargo, {
      range: model.domain,
      width: 320,
      series: ['orders', 'shipments', 'totals'],
      highlight: ['convoy-1'],
    });
    expect(layout.lanes.map((l) => l.key)).toEqual(['orders', 'shipments', 'totals']);
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x).toBeLessThanOrEqual(320);
    }
    expect(layout.marks.filter((m) => m.highlighted).map((m) => m.eventId)).toEqual(['convoy-1']);
    expect(layout.cargo).toEqual([]);
  });

  it('a reported total is labelled with its qualifier in words', () => {
    const layout = layoutTimeline(model.events, model.cargo, {
      range: model.domain,
      width: 640,
      series: ['totals'],
      highlight: [],
    });
    expect(layout.marks.find((m) => m.eventId === 'total-2024')!.label).toBe(
      'more than 70m manats',
    );
  });

  it('a range-dated event spans from its first to its last possible day', () => {
    const layout = layoutTimeline(model.events, model.cargo, {
      range: model.domain,
      width: 1000,
      series: ['shipments'],
      highlight: [],
    });
    const mark = layout.marks.find((m) => m.eventId === 'shipment-2026')!;
    expect(mark.x2).toBeGreaterThan(mark.x1);
    expect(mark.x).toBeCloseTo((mark.x1 + mark.x2) / 2, 6);
  });

  it('events outside a zoomed range are marked out of range', () => {
    const [, convoys] = model.steps;
    const layout = layoutTimeline(model.events, model.cargo, {
      range: convoys!.range,
      width: 600,
      series: convoys!.series,
      highlight: convoys!.highlight,
    });
    const inRange = layout.marks.filter((m) => m.inRange).map((m) => m.eventId);
    expect(inRange).toEqual(['convoy-1', 'convoy-2']);
    expect(layout.cargo.map((c) => c.key)).toEqual([
      'cable-km',
      'transformers',
      'generators',
      'trucks',
    ]);
    expect(layout.height).toBeGreaterThan(layout.cargo.at(-1)!.y);
  });

  it('grows the axis when an editor adds a later event', () => {
    const dataset = smallDataset();
    dataset.events.push({ ...dataset.events[0]!, id: 'convoy-2027', date: '2027-03-02' });
    const later = buildStoryModel(dataset);
    expect(later.domain[1]).toBe(Date.UTC(2027, 3, 1) - 1);
    const layout = layoutTimeline(later.events, later.cargo, {
      range: later.domain,
      width: 640,
      series: ['shipments'],
      highlight: [],
    });
    expect(layout.ticks.filter((t) => t.major).map((t) => t.label)).toContain('2027');
  });
});
