import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { layoutTimeline } from '../../src/lib/timeline/layoutTimeline.ts';
import { scaleTime } from '../../src/lib/timeline/scaleTime.ts';
import { timeTicks } from '../../src/lib/timeline/timeTicks.ts';
import { estimateTextWidth } from '../../src/lib/format/estimateTextWidth.ts';
import { wrapLabel } from '../../src/lib/format/wrapLabel.ts';
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

  it('events outside a zoomed range get no mark', () => {
    const [, convoys] = model.steps;
    const layout = layoutTimeline(model.events, model.cargo, {
      range: convoys!.range,
      width: 600,
      series: convoys!.series,
      highlight: convoys!.highlight,
    });
    expect(layout.marks.map((m) => m.eventId)).toEqual(['convoy-1', 'convoy-2']);
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

describe('layoutTimeline at phone and desktop widths', () => {
  const all = ['orders', 'shipments', 'totals', 'cargo'] as const;

  it.each([280, 359, 734])(
    'timeTicks at %d px anchors the labels at both ends inside the axis',
    (width) => {
      const ticks = timeTicks(scaleTime([Date.UTC(2023, 6, 1), Date.UTC(2024, 1, 29)], width));
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) {
        const w = estimateTextWidth(t.label, 11);
        const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        expect(x0, t.label).toBeGreaterThanOrEqual(-1);
        expect(x0 + w, t.label).toBeLessThanOrEqual(width + 1);
      }
    },
  );

  it.each([240, 359, 734])(
    'layoutTimeline(totals, %d px) keeps total labels inside the width and apart from each other and the lane name',
    (width) => {
      // Crowd the lane: the same total repeated every two months.
      const base = model.events.find((e) => e.kind === 'reported-total')!;
      const crowd = Array.from({ length: 12 }, (_, i) => ({
        ...base,
        id: `total-${i}`,
        when: { ...base.when!, start: Date.UTC(2024, i, 1), end: Date.UTC(2024, i, 2) },
      }));
      const before = structuredClone(crowd);
      const layout = layoutTimeline(crowd, model.cargo, {
        range: [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)],
        width,
        series: ['totals'],
        highlight: [],
      });
      const lane = layout.lanes[0]!;
      const boxes = [
        { x0: 0, x1: estimateTextWidth(lane.label, 11.5), y: lane.y - 14 },
        ...layout.marks
          .filter((m) => m.label)
          .map((m) => {
            const w = estimateTextWidth(m.label!, 11.5, true);
            return { x0: m.labelX - w / 2, x1: m.labelX + w / 2, y: m.labelY };
          }),
      ];
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      for (const [i, a] of boxes.entries()) {
        expect(a.x0).toBeGreaterThanOrEqual(0);
        expect(a.x1).toBeLessThanOrEqual(width);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || Math.abs(a.y - b.y) >= 13;
          expect(apart).toBe(true);
        }
      }
      expect(crowd).toEqual(before);
    },
  );

  it.each([
    [250, 1],
    [359, 2],
    [734, 2],
  ])(
    'layoutTimeline(cargo, %d px) lays the cargo charts out in %d column(s), each inside its cell',
    (width, columns) => {
      const layout = layoutTimeline(model.events, model.cargo, {
        range: model.domain,
        width,
        series: [...all],
        highlight: [],
      });
      expect(new Set(layout.cargo.map((c) => c.x)).size).toBe(columns);
      for (const chart of layout.cargo) {
        expect(chart.x).toBeGreaterThanOrEqual(0);
        expect(chart.x + chart.width).toBeLessThanOrEqual(width + 0.01);
        for (const line of chart.lines) {
          expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(chart.width);
        }
        const xs = [...chart.path.matchAll(/[MH](-?[\d.]+)/g)].map((m) => Number(m[1]));
        expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...xs)).toBeLessThanOrEqual(chart.width + 0.05);
        expect(chart.y).toBeGreaterThan(layout.axisY);
      }
    },
  );

  it('a cargo chart’s words give the story’s whole sum by the cargo totals rule, even in a zoomed range', () => {
    const [, convoys] = model.steps;
    const layout = layoutTimeline(model.events, model.cargo, {
      range: convoys!.range,
      width: 640,
      series: ['shipments', 'cargo'],
      highlight: [],
    });
    const generators = layout.cargo.find((c) => c.key === 'generators')!;
    // The only generators left in 2026, after this step's range: the line stays flat at the bottom.
    expect(generators.lines.join(' ')).toBe('Generators: 11 shipped in all');
    expect(generators.path).toMatch(/^M0,(-?[\d.]+)H[\d.]+$/);
    const cable = layout.cargo.find((c) => c.key === 'cable-km')!;
    expect(cable.lines.join(' ')).toBe('Cable and wire: more than 1,455 km shipped in all');
    // The 2026 shipment gives no truck count: the sum is not "in all".
    const trucks = layout.cargo.find((c) => c.key === 'trucks')!;
    expect(trucks.lines.join(' ')).toBe('Trucks: at least 37 in the reports that give a figure');
  });

  it('layoutTimeline(cargo, cargoReports) gives a source’s own cumulative figure beside the sum, and no "in all" below it', () => {
    const reported = buildStoryModel({
      ...smallDataset(),
      events: [
        ...smallDataset().events,
        {
          id: 'generators-so-far',
          date: '2025-02-07',
          kind: 'reported-total',
          title: 'Generators so far',
          text: 'Cargo so far.',
          total: { scope: 'cumulative', measure: 'cargo' },
          cargo: [{ item: 'generators', quantity: 70, qualifier: 'exact' }],
          sources: [{ source: 'agency', note: 'Reports it.' }],
        },
      ],
    });
    const layout = layoutTimeline(reported.events, reported.cargo, {
      range: reported.domain,
      width: 2000,
      series: ['cargo'],
      highlight: [],
      cargoReports: reported.cargoReports,
    });
    const generators = layout.cargo.find((c) => c.key === 'generators')!;
    expect(generators.lines.join(' ')).toBe(
      'Generators: at least 11 in the reports that give a figure; reported total by 7 February 2025: 70',
    );
  });

  it('layoutTimeline(cargo, maxHeight too small for the charts) gives the totals in words instead', () => {
    const options = { range: model.domain, width: 359, series: [...all], highlight: [] };
    const full = layoutTimeline(model.events, model.cargo, options);
    const short = layoutTimeline(model.events, model.cargo, {
      ...options,
      maxHeight: full.height - 1,
    });
    expect(short.cargo).toEqual([]);
    expect(short.cargoSummary.join(' ')).toMatch(
      /^Cargo: more than 1,455 km of cable and wire shipped in all; /,
    );
    expect(short.height).toBeLessThan(full.height);
    const tiny = layoutTimeline(model.events, model.cargo, { ...options, maxHeight: full.axisY });
    expect(tiny.cargo).toEqual([]);
    expect(tiny.cargoSummary).toEqual([]);
  });

  it('wrapLabel(text, width) breaks at spaces into lines no wider than the width', () => {
    const lines = wrapLabel('Transformers and substations: 84 shipped in all', 120, 11);
    expect(lines.join(' ')).toBe('Transformers and substations: 84 shipped in all');
    for (const line of lines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(120);
  });
});

describe('layoutTimeline without labels', () => {
  it('labels no reported total and leaves every mark where it was', () => {
    const options = {
      range: model.domain,
      width: 640,
      series: ['orders', 'shipments', 'totals', 'statements', 'context'] as const,
      highlight: [],
    };
    const labelled = layoutTimeline(model.events, model.cargo, {
      ...options,
      series: [...options.series],
    });
    const bare = layoutTimeline(model.events, model.cargo, {
      ...options,
      series: [...options.series],
      labels: false,
    });
    expect(labelled.marks.some((m) => m.label !== null)).toBe(true);
    expect(bare.marks.every((m) => m.label === null)).toBe(true);
    expect(bare.marks.map((m) => [m.eventId, m.x, m.y])).toEqual(
      labelled.marks.map((m) => [m.eventId, m.x, m.y]),
    );
  });
});
