import { describe, expect, it } from 'vitest';
import { checkCorrections, type CorrectionCheckOptions } from '../../src/data/checkCorrections.ts';
import { correctionSchema } from '../../src/data/correctionsSchema.ts';
import type { Correction } from '../../src/data/schema.ts';
import { validDataset } from './fixtures/validDataset.ts';

const TODAY = '2026-03-10';

const correction = (overrides: Partial<Correction> = {}): Correction => ({
  id: 'order-amount',
  date: '2026-02-01',
  wrong: 'The story gave the order as $7 million.',
  now: 'It was $7.6 million, as Azertag reported.',
  records: { events: ['order-2023-07-17'] },
  ...overrides,
});

function check(corrections: Correction[], options: Partial<CorrectionCheckOptions> = {}) {
  const data = { ...validDataset(), corrections };
  const before = structuredClone(data);
  const problems = checkCorrections(data, undefined, { today: TODAY, ...options });
  expect(data).toEqual(before);
  return problems.map((p) => `${p.severity} ${p.code} ${p.path}`);
}

describe('checkCorrections', () => {
  const cases: [string, Correction[], Partial<CorrectionCheckOptions>, string[]][] = [
    ['no corrections', [], {}, []],
    ['a correction naming records that exist', [correction()], {}, []],
    [
      'every kind of record',
      [
        correction({
          records: {
            steps: ['totals'],
            events: ['order-2023-07-17'],
            places: ['kyiv'],
            sources: ['trend-2025-08-13'],
            notes: ['totals'],
          },
        }),
      ],
      {},
      [],
    ],
    [
      'an unknown event id',
      [correction({ records: { events: ['order-2023-07-71'] } })],
      {},
      ['error unknown-corrected-record corrections[0].records.events[0]'],
    ],
    [
      'a place id given as an event',
      [correction({ records: { events: ['kyiv'] } })],
      {},
      ['error unknown-corrected-record corrections[0].records.events[0]'],
    ],
    [
      'unknown step, place, source and note ids',
      [correction({ records: { steps: ['x'], places: ['lviv'], sources: ['y'], notes: ['z'] } })],
      {},
      [
        'error unknown-corrected-record corrections[0].records.steps[0]',
        'error unknown-corrected-record corrections[0].records.places[0]',
        'error unknown-corrected-record corrections[0].records.sources[0]',
        'error unknown-corrected-record corrections[0].records.notes[0]',
      ],
    ],
    [
      'a removed event that was published',
      [correction({ records: { events: ['convoy-2026-01'] } })],
      { publishedIds: { events: new Set(['convoy-2026-01']) } },
      [],
    ],
    [
      'a date after today',
      [correction({ date: '2026-03-11' })],
      {},
      ['error correction-in-future corrections[0].date'],
    ],
    [
      'a date of today',
      [correction({ date: TODAY })],
      {},
      ['warning correction-after-last-updated corrections[0].date'],
    ],
    [
      'a date before the first publication',
      [correction({ date: '2026-01-31' })],
      { firstPublished: '2026-02-01' },
      ['error correction-before-publication corrections[0].date'],
    ],
    [
      'a date on the day of the first publication',
      [correction()],
      { firstPublished: '2026-02-01' },
      [],
    ],
    [
      'a date after story.lastUpdated (2026-02-01)',
      [correction({ date: '2026-02-02' })],
      {},
      ['warning correction-after-last-updated corrections[0].date'],
    ],
    [
      'two corrections with one id',
      [correction(), correction()],
      {},
      ['error duplicate-id corrections[1].id'],
    ],
  ];

  it.each(cases)('checkCorrections(%s)', (_name, corrections, options, expected) => {
    expect(check(corrections, options)).toEqual(expected);
  });

  it('suggests the id an editor most likely meant', () => {
    const data = {
      ...validDataset(),
      corrections: [correction({ records: { events: ['order-2023-07-71'] } })],
    };
    const [problem] = checkCorrections(data, undefined, { today: TODAY });
    expect(problem?.message).toBe(
      'the correction names event "order-2023-07-71", which is not in events.json',
    );
    expect(problem?.hint).toContain('did you mean "order-2023-07-17"?');
  });
});

describe('correctionSchema', () => {
  const cases: [string, unknown, boolean][] = [
    ['a whole correction', correction(), true],
    ['a month for a date', { ...correction(), date: '2026-02' }, false],
    ['a day that does not exist', { ...correction(), date: '2026-02-30' }, false],
    ['no records', { ...correction(), records: {} }, false],
    ['only empty lists of records', { ...correction(), records: { events: [] } }, false],
    ['an unknown kind of record', { ...correction(), records: { rates: ['azn'] } }, false],
    ['empty "now"', { ...correction(), now: ' ' }, false],
  ];
  it.each(cases)('correctionSchema.safeParse(%s) succeeds: %s', (_name, input, ok) => {
    expect(correctionSchema.safeParse(input).success).toBe(ok);
  });
});
