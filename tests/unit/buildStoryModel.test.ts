import { describe, expect, it } from 'vitest';
import { buildCargoSeries, buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

describe('buildStoryModel', () => {
  it('buildStoryModel(dataset) sorts events by date and converts amounts to USD', () => {
    const dataset = smallDataset();
    const copy = structuredClone(dataset);
    const model = buildStoryModel(dataset);
    expect(model.events.map((e) => e.id)).toEqual([
      'order-1',
      'convoy-1',
      'convoy-2',
      'total-2024',
      'shipment-2026',
    ]);
    expect(model.eventsById.get('order-1')!.usd).toBe(7.6e6);
    expect(model.eventsById.get('total-2024')!.usd).toBeCloseTo(70e6 / 1.7, 0);
    expect(model.eventsById.get('convoy-1')!.usd).toBeNull();
    expect(dataset).toEqual(copy);
  });

  it('events on the same dates keep one order, by id, whatever order the file lists them in', () => {
    const dataset = smallDataset();
    const convoy = dataset.events.find((e) => e.id === 'convoy-1')!;
    const twins = ['b-twin', 'a-twin', 'c-twin'].map((id) => ({ ...convoy, id }));
    dataset.events.push(...twins);
    const forwards = buildStoryModel(dataset).events.map((e) => e.id);
    dataset.events.reverse();
    const backwards = buildStoryModel(dataset).events.map((e) => e.id);
    expect(backwards).toEqual(forwards);
    const sameDay = forwards.filter((id) => id.endsWith('-twin') || id === 'convoy-1');
    expect(sameDay).toEqual(['a-twin', 'b-twin', 'c-twin', 'convoy-1']);
  });

  it('the domain runs from the first month to the end of the last event’s month', () => {
    const model = buildStoryModel(smallDataset());
    expect(model.domain).toEqual([Date.UTC(2023, 6, 1), Date.UTC(2026, 1, 1) - 1]);
  });

  it('resolves each step into places, flows with truck weights, and a time range', () => {
    const model = buildStoryModel(smallDataset());
    const [opening, convoys] = model.steps;
    expect(opening!.flows.map((f) => [f.eventId, f.from.id, f.to.id, f.weight])).toEqual([
      ['shipment-2026', 'sumgait', 'ukraine', null],
    ]);
    expect(opening!.range).toEqual(model.domain);
    expect(convoys!.flowWeight).toBe('trucks');
    expect(convoys!.flows.map((f) => f.weight)).toEqual([14, 23]);
    expect(convoys!.extent.map((p) => p.id)).toEqual(['sumgait', 'kyiv']);
    expect(convoys!.range).toEqual([Date.UTC(2023, 6, 1), Date.UTC(2024, 0, 1) - 1]);
  });

  it('drops references to records that do not exist instead of crashing', () => {
    const dataset = smallDataset();
    dataset.steps[0]!.map.flows.push('ghost');
    dataset.steps[0]!.map.places.push('nowhere');
    dataset.steps[0]!.timeline.highlight.push('ghost');
    const [opening] = buildStoryModel(dataset).steps;
    expect(opening!.flows).toHaveLength(1);
    expect(opening!.places).toHaveLength(2);
    expect(opening!.highlight).toEqual(['shipment-2026']);
  });
});

describe('buildCargoSeries', () => {
  // The 2026 shipment lists no trucks: a point that adds nothing, counted as a shipment without a count.
  it.each([
    ['trucks', [14, 37, 37], false, 1],
    ['cable-km', [555, 1455], true, 0],
    ['transformers', [18], false, 0],
    ['generators', [11], false, 0],
  ] as const)(
    'buildCargoSeries(events, %j) sums shipments in date order',
    (key, cumulative, approximate, uncounted) => {
      const model = buildStoryModel(smallDataset());
      const series = buildCargoSeries(model.events, key);
      expect(series.map((p) => p.cumulative)).toEqual(cumulative);
      expect(series.at(-1)!.approximate).toBe(approximate);
      expect(series.at(-1)!.sum.uncounted).toBe(uncounted);
    },
  );
});
