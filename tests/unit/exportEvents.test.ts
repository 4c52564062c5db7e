import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  EVENT_COLUMNS,
  toCsv,
  toEventRows,
  toJsonExport,
  type EventRow,
} from '../../src/data/exportEvents.ts';
import type { AidEvent, Correction, Dataset } from '../../src/data/schema.ts';

const event = (overrides: Partial<AidEvent> & Pick<AidEvent, 'id' | 'date'>): AidEvent => ({
  kind: 'shipment',
  title: 'A title',
  text: 'Some text.',
  sources: [{ source: 'trend' }],
  ...overrides,
});

const DATASET: Dataset = {
  story: {
    headline: 'Cables, generators, transformers: *Azerbaijan’s* energy aid to Ukraine, 2023–2026',
    standfirst: 'What was decided, shipped and reported.',
    byline: 'Data desk',
    lastUpdated: '2026-02-01',
    language: 'en',
    notes: [],
  },
  sources: [
    {
      id: 'trend',
      publisher: 'Trend',
      title: 'Aid sent',
      url: 'https://en.trend.az/a',
      published: '2025-08-13',
      kind: 'news-agency',
    },
    {
      id: 'column',
      publisher: 'Caspian Post',
      title: 'Column',
      url: 'https://caspianpost.com/b?x=1,2',
      published: '2026',
      kind: 'opinion',
    },
  ],
  places: [
    { id: 'baku', name: 'Baku', lon: 49.87, lat: 40.41, country: 'AZ', kind: 'capital' },
    { id: 'kyiv', name: 'Kyiv', lon: 30.52, lat: 50.45, country: 'UA', kind: 'capital' },
  ],
  rates: [{ currency: 'AZN', perUsd: 1.7, from: '2017', source: 'trend' }],
  steps: [],
  corrections: [],
  events: [
    event({
      id: 'convoy-2026-01',
      date: '2026-01-16/2026-01-27',
      kind: 'shipment',
      title: 'Convoy of *14 trucks*',
      text: 'According to [Trend](https://en.trend.az/a), 14 trucks left.',
      origin: 'baku',
      destination: 'kyiv',
      order: 'order-2025-08',
      cargo: [
        { item: 'cable-and-wire-m', quantity: 555_000, qualifier: 'more-than' },
        { item: 'trucks', quantity: 14 },
        { item: 'transformer-substations' },
      ],
      sources: [{ source: 'trend' }, { source: 'column' }],
    }),
    event({
      id: 'order-2025-08',
      date: '2025-08',
      kind: 'order',
      title: 'Order of 70 million manats',
      text: 'An order.',
      amount: { value: 70_000_000, currency: 'AZN', qualifier: 'more-than' },
      statedEquivalent: { value: 41_200_000, currency: 'USD', qualifier: 'about' },
    }),
    event({
      id: 'b-total',
      date: '2025-08-13',
      kind: 'reported-total',
      title: 'Total',
      text: 'A total.',
      amount: { value: 45_000_000, currency: 'USD', qualifier: 'more-than' },
    }),
    event({
      id: 'a-total',
      date: '2025-08-13',
      kind: 'reported-total',
      title: 'Euro total',
      text: 'No rate for euros.',
      amount: { value: 5_000_000, currency: 'EUR', qualifier: 'about' },
      origin: 'unknown-place',
    }),
    event({
      id: 'context-2023',
      date: '2023',
      kind: 'context',
      title: 'Context',
      text: 'Context.',
    }),
  ],
};

describe('toEventRows', () => {
  const rows = toEventRows(DATASET);

  it('toEventRows(dataset) has exactly the documented columns, in order', () => {
    expect([...EVENT_COLUMNS]).toEqual([
      'id',
      'date',
      'date_precision',
      'kind',
      'title',
      'text',
      'amount_value',
      'amount_currency',
      'amount_qualifier',
      'amount_usd',
      'stated_equivalent',
      'origin',
      'destination',
      'order',
      'cargo',
      'source_ids',
      'source_urls',
      'corrections',
      'data_version',
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual([...EVENT_COLUMNS]);
  });

  it('toEventRows(dataset) sorts by date (start, then end), then id', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'context-2023',
      'order-2025-08',
      'a-total',
      'b-total',
      'convoy-2026-01',
    ]);
  });

  it('toEventRows(dataset) does not modify the dataset', () => {
    const before = structuredClone(DATASET);
    toEventRows(DATASET);
    expect(DATASET).toEqual(before);
  });

  const byId = new Map(rows.map((r) => [r.id, r]));
  const cases: [string, Partial<EventRow>][] = [
    [
      'convoy-2026-01',
      {
        date: '2026-01-16/2026-01-27',
        date_precision: 'range',
        kind: 'shipment',
        title: 'Convoy of 14 trucks',
        text: 'According to Trend, 14 trucks left.',
        amount_value: null,
        amount_currency: '',
        amount_qualifier: '',
        amount_usd: null,
        stated_equivalent: '',
        origin: 'Baku',
        destination: 'Kyiv',
        order: 'order-2025-08',
        cargo:
          'cable-and-wire-m: more-than 555000; trucks: exact 14; transformer-substations: not given',
        source_ids: 'trend ; column',
        source_urls: 'https://en.trend.az/a ; https://caspianpost.com/b?x=1,2',
      },
    ],
    [
      'order-2025-08',
      {
        date_precision: 'month',
        amount_value: 70_000_000,
        amount_currency: 'AZN',
        amount_qualifier: 'more-than',
        amount_usd: 41_176_471,
        stated_equivalent: 'about 41200000 USD',
        origin: '',
        cargo: '',
      },
    ],
    ['b-total', { date_precision: 'day', amount_value: 45_000_000, amount_usd: 45_000_000 }],
    ['a-total', { amount_value: 5_000_000, amount_usd: null, origin: 'unknown-place' }],
    ['context-2023', { date_precision: 'year', source_ids: 'trend' }],
  ];
  for (const [id, expected] of cases) {
    it(`toEventRows(dataset) row ${id} has ${JSON.stringify(expected)}`, () => {
      expect(byId.get(id)).toMatchObject(expected);
    });
  }
});

const TRICKY = [
  'comma, inside',
  'a "quoted" word',
  '"starts with a quote',
  'line one\nline two',
  'line one\r\nline two',
  'carriage\rreturn',
  'ends with a newline\n',
  '=HYPERLINK("http://evil.example","click")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTab first',
  '\rCR first',
  "'already quoted",
  '  leading spaces',
  'Ünïcødé — “curly” ‘quotes’ 中文 مرحبا',
  '',
];

/** What a spreadsheet should show: the text, with a quote before formula starts. */
const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function rowWith(title: string, text: string): EventRow {
  return {
    id: 'x',
    date: '2025',
    date_precision: 'year',
    kind: 'context',
    title,
    text,
    amount_value: 1_000_000,
    amount_currency: 'USD',
    amount_qualifier: 'exact',
    amount_usd: null,
    stated_equivalent: '',
    origin: text,
    destination: '',
    order: '',
    cargo: '',
    source_ids: 'a ; b',
    source_urls: 'https://a.org/x,y ; https://b.org',
    corrections: '',
    data_version: '2026-02-01',
  };
}

const CORRECTIONS: Correction[] = [
  {
    id: 'convoy-trucks',
    date: '2026-02-20',
    wrong: 'The story gave 13 trucks.',
    now: 'It carried 14 trucks, as Trend reported.',
    records: { events: ['convoy-2026-01'] },
  },
  {
    id: 'order-wording',
    date: '2026-03-02',
    wrong: 'The story called the order a decree.',
    now: 'It is an order.',
    records: { events: ['order-2025-08', 'convoy-2026-01'], steps: ['opening'] },
  },
];

describe('toEventRows with corrections', () => {
  it('toEventRows(dataset with corrections) lists each event’s corrections, newest first, and the data version on every row', () => {
    const rows = toEventRows({ ...DATASET, corrections: CORRECTIONS });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('convoy-2026-01')?.corrections).toBe(
      '2026-03-02 (order-wording): It is an order. ; 2026-02-20 (convoy-trucks): It carried 14 trucks, as Trend reported.',
    );
    expect(byId.get('order-2025-08')?.corrections).toBe(
      '2026-03-02 (order-wording): It is an order.',
    );
    expect(rows.filter((r) => r.corrections === '').length).toBe(rows.length - 2);
    expect(new Set(rows.map((r) => r.data_version))).toEqual(new Set(['2026-03-02']));
  });

  it('toEventRows(dataset without corrections) gives story.lastUpdated as the data version', () => {
    expect(new Set(toEventRows(DATASET).map((r) => r.data_version))).toEqual(
      new Set(['2026-02-01']),
    );
  });
});

describe('toCsv', () => {
  it('toCsv([]) is the header row alone', () => {
    expect(toCsv([])).toBe(EVENT_COLUMNS.join(','));
  });

  it('toCsv(rows) quotes only fields that need it and doubles quotes', () => {
    const csv = toCsv([rowWith('plain', 'say "hi", then go')]);
    const line = csv.split('\r\n')[1];
    expect(line).toBe(
      'x,2025,year,context,plain,"say ""hi"", then go",1000000,USD,exact,,,"say ""hi"", then go",,,,a ; b,"https://a.org/x,y ; https://b.org",,2026-02-01',
    );
  });

  it('toCsv(rows) separates records with CRLF and adds no empty record at the end', () => {
    const csv = toCsv([rowWith('a', 'b'), rowWith('c', 'd')]);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('toCsv(rows) writes numbers plainly and never guards them', () => {
    const csv = toCsv([{ ...rowWith('t', 'u'), amount_value: 0, amount_usd: 41_176_471 }]);
    const record = Papa.parse<Record<string, string>>(csv, { header: true }).data[0];
    expect(record?.amount_value).toBe('0');
    expect(record?.amount_usd).toBe('41176471');
  });

  for (const value of TRICKY) {
    it(`toCsv(rows with ${JSON.stringify(value)}) round-trips through Papa.parse`, () => {
      const rows = [rowWith(value, value), rowWith('after', 'the tricky row')];
      const before = structuredClone(rows);
      const csv = toCsv(rows);
      expect(rows).toEqual(before);
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual([...EVENT_COLUMNS]);
      expect(parsed.data).toHaveLength(2);
      const [first, second] = parsed.data;
      expect(first?.title).toBe(guarded(value));
      expect(first?.text).toBe(guarded(value));
      expect(first?.origin).toBe(guarded(value));
      expect(first?.amount_value).toBe('1000000');
      expect(first?.source_urls).toBe('https://a.org/x,y ; https://b.org');
      expect(second?.title).toBe('after');
    });
  }

  it('toCsv(toEventRows(dataset)) round-trips every value through Papa.parse', () => {
    const rows = toEventRows(DATASET);
    const parsed = Papa.parse<Record<string, string>>(toCsv(rows), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(
      rows.map((row) =>
        Object.fromEntries(
          EVENT_COLUMNS.map((c) => {
            const v = row[c];
            return [c, v === null ? '' : typeof v === 'number' ? String(v) : guarded(v)];
          }),
        ),
      ),
    );
  });
});

describe('toJsonExport', () => {
  it('toJsonExport(dataset) is pretty JSON with generated date, columns and the rows', () => {
    const before = structuredClone(DATASET);
    const json = toJsonExport(DATASET);
    expect(DATASET).toEqual(before);
    expect(json).toContain('\n  "columns": [');
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(parsed.generated).toBe('2026-02-01');
    expect(parsed.title).toBe(
      'Cables, generators, transformers: Azerbaijan’s energy aid to Ukraine, 2023–2026',
    );
    expect(parsed.columns).toEqual([...EVENT_COLUMNS]);
    expect(parsed.events).toEqual(toEventRows(DATASET));
    expect(Array.isArray(parsed.notes)).toBe(true);
    expect(parsed).not.toHaveProperty('license');
  });

  it('toJsonExport(dataset) carries the data version and every correction, newest first', () => {
    const corrected = { ...DATASET, corrections: CORRECTIONS };
    const parsed = JSON.parse(toJsonExport(corrected)) as Record<string, unknown>;
    expect(parsed.data_version).toBe('2026-03-02');
    expect(parsed.corrections).toEqual([CORRECTIONS[1], CORRECTIONS[0]]);
    expect(JSON.parse(toJsonExport(DATASET))).toMatchObject({
      data_version: '2026-02-01',
      corrections: [],
    });
  });

  it('toJsonExport(dataset, { license: "CC BY 4.0" }) carries the licence', () => {
    const parsed = JSON.parse(toJsonExport(DATASET, { license: 'CC BY 4.0' })) as Record<
      string,
      unknown
    >;
    expect(parsed.license).toBe('CC BY 4.0');
  });
});
