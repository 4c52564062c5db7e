import { describe, expect, it } from 'vitest';
import { checkCargoBelowReports } from '../../src/data/checkCargoTotals.ts';
import { compareCargoWithReports } from '../../src/lib/model/compareCargoWithReports.ts';
import { checkDataset } from '../../src/data/checkDataset.ts';
import type { AidEvent, CargoLine } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';

function shipment(id: string, date: string, cargo: CargoLine[], order?: string): AidEvent {
  return {
    id,
    date,
    kind: 'shipment',
    title: id,
    text: 'A shipment.',
    cargo,
    ...(order ? { order } : {}),
    sources: [{ source: 'agency', note: 'Reports it.' }],
  };
}

function cumulative(id: string, date: string, cargo: CargoLine[]): AidEvent {
  return {
    id,
    date,
    kind: 'reported-total',
    title: id,
    text: 'Cargo so far.',
    total: { scope: 'cumulative', measure: 'cargo' },
    cargo,
    sources: [{ source: 'agency', note: 'Reports it.' }],
  };
}

// The shape of the real data: AzerNews counted 70 generators and 120
// transformers and stations by 7 February 2025, while the shipments on
// record by then give no generators and 72 transformers (plus two lines
// without a count).
const events: AidEvent[] = [
  shipment('convoy-a', '2023-11-21', [
    { item: 'transformers', quantity: 18, qualifier: 'exact' },
    { item: 'transformer-substations', note: 'a set, no number' },
    { item: 'cable-and-wire-m', quantity: 900000, qualifier: 'more-than' },
  ]),
  shipment('convoy-b', '2024-02-20', [
    { item: 'transformers-and-substations', quantity: 54, qualifier: 'exact' },
    { item: 'cable-and-wire-m', quantity: 2453000, qualifier: 'more-than' },
  ]),
  shipment('convoy-c', '2025-02-07', [{ item: 'transformers', note: 'no number' }]),
  cumulative('so-far', '2025-02-07', [
    { item: 'transformers-and-substations', quantity: 120, qualifier: 'exact' },
    { item: 'generators', quantity: 70, qualifier: 'exact' },
    { item: 'cable-and-wire-m', quantity: 3300000, qualifier: 'more-than' },
  ]),
  shipment('convoy-later', '2025-08-13', [
    { item: 'generators', quantity: 25, qualifier: 'exact' },
  ]),
];

describe('compareCargoWithReports', () => {
  it('compareCargoWithReports(events) sets each reported cargo figure beside the shipments dated by then', () => {
    const before = structuredClone(events);
    const rows = compareCargoWithReports(events).map((c) => [c.key, c.reported.value, c.summed]);
    expect(rows).toEqual([
      ['transformers', 120, { value: 72, precision: 'exact', uncounted: 2 }],
      ['generators', 70, { value: 0, precision: 'exact', uncounted: 0 }],
      ['cable-km', 3300, { value: 3353, precision: 'more-than', uncounted: 0 }],
    ]);
    expect(events).toEqual(before);
  });

  it('compareCargoWithReports(an order total) sums only that order’s shipments', () => {
    const withOrder = [
      shipment(
        'one',
        '2023-10-30',
        [{ item: 'trucks', quantity: 14, qualifier: 'exact' }],
        'order-x',
      ),
      shipment('other', '2023-11-01', [{ item: 'trucks', quantity: 50, qualifier: 'exact' }]),
      {
        ...cumulative('order-total', '2024-02-20', [
          { item: 'trucks', quantity: 107, qualifier: 'exact' },
        ]),
        total: { scope: 'order', order: 'order-x', measure: 'cargo' },
      } satisfies AidEvent,
    ];
    const [row] = compareCargoWithReports(withOrder);
    expect(row).toMatchObject({ scope: 'order', reported: { value: 107 }, summed: { value: 14 } });
  });
});

describe('checkCargoBelowReports', () => {
  it('checkCargoBelowReports(shipments short of a reported total) warns once per figure, at its quantity', () => {
    const problems = checkCargoBelowReports({ events });
    expect(problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['warning', 'cargo-below-report', 'events[3].cargo[0].quantity'],
      ['warning', 'cargo-below-report', 'events[3].cargo[1].quantity'],
    ]);
    expect(problems[0]?.message).toContain(
      'so-far gives 120 transformers and substations as of 2025-02-07, but the shipments dated up to 2025-02-07 add up to 72 (and 2 cargo lines without a count)',
    );
    expect(problems[1]?.message).toContain('gives 70 generators');
    expect(problems[1]?.message).toContain('add up to 0.');
    expect(problems[0]?.related).toEqual(['so-far']);
  });

  it.each<[string, CargoLine, number]>([
    ['the sum equals the figure', { item: 'generators', quantity: 0, qualifier: 'exact' }, 0],
    ['an "up to" figure is a ceiling', { item: 'generators', quantity: 70, qualifier: 'up-to' }, 0],
    ['the sum is below the figure', { item: 'generators', quantity: 1, qualifier: 'about' }, 1],
  ])('checkCargoBelowReports: %s', (_case, line, count) => {
    expect(checkCargoBelowReports({ events: [cumulative('so-far', '2025', [line])] })).toHaveLength(
      count,
    );
  });

  it('validateDataset locates the warning in events.json (file:line:column)', () => {
    const dataset = validDataset();
    dataset.events.push(
      cumulative('so-far', '2026-02', [{ item: 'generators', quantity: 500, qualifier: 'exact' }]),
    );
    expect(checkDataset(dataset).map((p) => p.code)).toContain('cargo-below-report');
    const { problems } = validateDataset(toFiles(dataset));
    const warning = problems.find((p) => p.code === 'cargo-below-report');
    expect(warning).toMatchObject({
      file: 'events.json',
      path: `events[${dataset.events.length - 1}].cargo[0].quantity`,
    });
    expect(warning!.line).toBeGreaterThan(1);
    expect(warning!.column).toBeGreaterThan(1);
  });
});
