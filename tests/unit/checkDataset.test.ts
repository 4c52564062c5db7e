import { describe, expect, it } from 'vitest';
import {
  checkCitations,
  checkDataset,
  checkDuplicateEvents,
  checkMapRegion,
  checkRateCoverage,
  checkReportedTotals,
  checkSourceReferences,
  checkStepOrder,
  checkUnusedSources,
  describeAmount,
  suggestClosest,
} from '../../src/data/checkDataset.ts';
import type { AidEvent, Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { reportedTotalsDataset, toFiles, validDataset } from './fixtures/validDataset.ts';

function event(dataset: Dataset, id: string): AidEvent {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id} in the fixture`);
  return found;
}

describe('checkDataset', () => {
  it('checkDataset(validDataset()) finds nothing and leaves its input alone', () => {
    const dataset = validDataset();
    const before = structuredClone(dataset);
    expect(checkDataset(dataset)).toEqual([]);
    expect(dataset).toEqual(before);
  });

  it('checkDataset({ events, places }) runs only the checks those files allow', () => {
    const { events, places } = validDataset();
    const broken = structuredClone(events);
    broken[1]!.destination = 'kiev';
    broken[0]!.sources[0]!.source = 'nowhere';
    const codes = checkDataset({ events: broken, places }).map((p) => p.code);
    expect(codes).toContain('unknown-place');
    expect(codes).not.toContain('unknown-source');
  });
});

describe('checkReportedTotals', () => {
  it('checkReportedTotals(real figures) warns that the 2024 total contradicts the running totals', () => {
    const dataset = reportedTotalsDataset();
    const before = structuredClone(dataset);
    const problems = checkReportedTotals(dataset);
    expect(problems).toHaveLength(1);
    const [warning] = problems;
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'total-contradiction',
      file: 'events.json',
      path: 'events[6].amount',
      // Every figure involved, the later overall totals too (the column's "surpassed $45 million").
      related: [
        'total-2024',
        'total-2023-12',
        'total-2025-02-07',
        'total-2025-08-13',
        'total-2026-01',
      ],
    });
    for (const fragment of [
      'the total for 2024 (total-2024)',
      'more than 70 million AZN',
      '≈ $41.18 million at 1.70 AZN per USD',
      "the source's own equivalent: more than $40 million",
      'from about $34 million (2023-12, total-2023-12)',
      'to more than $40 million (2025-02-07, total-2025-02-07)',
      'across 2024, about $6 million',
      'Later running totals are also lower than the total before 2024 plus the 2024 figure (about $75.18 million)',
      'Taken at face value, these figures conflict',
      'only a lower bound',
    ]) {
      expect(warning?.message).toContain(fragment);
    }
    expect(warning?.hint).toContain('Notes on the data');
    expect(dataset).toEqual(before);
  });

  it('validateDataset(real figures) keeps the dataset and locates the warning at the 2024 amount', () => {
    const { dataset, problems } = validateDataset(toFiles(reportedTotalsDataset()));
    expect(dataset).not.toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'total-contradiction', line: 133, column: 17 });
  });

  it('checkReportedTotals(a 2024 total that fits the growth) finds nothing', () => {
    const dataset = reportedTotalsDataset();
    event(dataset, 'total-2024').amount = { value: 8_500_000, currency: 'AZN', qualifier: 'about' };
    delete event(dataset, 'total-2024').statedEquivalent;
    expect(checkReportedTotals(dataset)).toEqual([]);
  });

  it('checkReportedTotals(a running total that falls) warns at the lower, later total', () => {
    const dataset = reportedTotalsDataset();
    event(dataset, 'total-2025-08-13').amount!.value = 39_000_000;
    const problems = checkReportedTotals(dataset).filter((p) => p.code === 'total-falls');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      path: 'events[8].amount',
      related: ['total-2025-08-13', 'total-2025-02-07'],
    });
    expect(problems[0]?.message).toContain('a running total that falls');
    expect(problems[0]?.message).toContain('more than $39 million as of 2025-08-13');
    expect(problems[0]?.message).toContain('more than $40 million as of 2025-02-07');
  });

  it('checkReportedTotals(a year-dated "end of 2023" total) still counts it as the start of 2024', () => {
    const dataset = reportedTotalsDataset();
    event(dataset, 'total-2023-12').date = '2023';
    const [warning] = checkReportedTotals(dataset);
    expect(warning?.related?.slice(0, 3)).toEqual([
      'total-2024',
      'total-2023-12',
      'total-2025-02-07',
    ]);
  });
});

describe('checkStepOrder', () => {
  it('checkStepOrder(opening step from 2025, then a flashback step to 2023) accepts the declared jump back', () => {
    expect(checkStepOrder(validDataset())).toEqual([]);
  });

  it('checkStepOrder(a jump back without "flashback": true) warns and says how to declare it', () => {
    const dataset = validDataset();
    delete dataset.steps[1]!.flashback;
    const problems = checkStepOrder(dataset);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'steps-out-of-order',
      path: 'steps[1].timeline.highlight',
    });
    expect(problems[0]?.hint).toContain('"flashback": true');
  });

  it('checkStepOrder(third step earlier than the second) warns "steps out of date order"', () => {
    const dataset = validDataset();
    dataset.steps[1]!.timeline.highlight = ['total-2025-08-13'];
    dataset.steps[2]!.timeline.highlight = ['order-2023-07-17'];
    const problems = checkStepOrder(dataset);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      code: 'steps-out-of-order',
      path: 'steps[2].timeline.highlight',
    });
    expect(problems[0]?.message).toContain('steps out of date order');
  });
});

describe('editorial warnings', () => {
  it('checkUnusedSources(a source nothing cites) warns at its id', () => {
    const dataset = validDataset();
    dataset.sources.push({ ...dataset.sources[0]!, id: 'unused' });
    expect(checkUnusedSources(dataset)).toMatchObject([
      { severity: 'warning', code: 'unused-source', path: 'sources[3].id', related: ['unused'] },
    ]);
  });

  it('checkDuplicateEvents(two orders on one day for one amount) warns at the second', () => {
    const dataset = validDataset();
    dataset.events.push({ ...event(dataset, 'order-2023-07-17'), id: 'order-2023-07-17-again' });
    const problems = checkDuplicateEvents(dataset);
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        code: 'possible-duplicate-event',
        path: 'events[5].id',
        related: ['order-2023-07-17-again', 'order-2023-07-17'],
      },
    ]);
    expect(problems[0]?.message).toContain(
      'same date (2023-07-17), kind (order) and amount ($7.6 million)',
    );
  });

  it('checkCitations(a 26-word excerpt, a bare citation) warns about both', () => {
    const dataset = validDataset();
    const citations = event(dataset, 'convoy-2023-10-30').sources;
    citations[0]!.excerpt = Array.from({ length: 26 }, (_, i) => `w${i}`).join(' ');
    citations.push({ source: 'cbar-rates' });
    const problems = checkCitations(dataset);
    expect(problems).toMatchObject([
      { code: 'long-excerpt', path: 'events[1].sources[0].excerpt', severity: 'warning' },
      { code: 'citation-without-evidence', path: 'events[1].sources[1]', severity: 'warning' },
    ]);
    expect(problems[0]?.message).toContain('excerpts should be short quotes');
  });

  it('checkCitations(a 25-word excerpt) accepts it', () => {
    const dataset = validDataset();
    event(dataset, 'convoy-2023-10-30').sources[0]!.excerpt = Array(25).fill('word').join(' ');
    expect(checkCitations(dataset)).toEqual([]);
  });

  it('checkRateCoverage(EUR amount without a rate) warns; USD never needs one', () => {
    const dataset = validDataset();
    event(dataset, 'order-2023-07-17').amount!.currency = 'EUR';
    event(dataset, 'order-2025-08-11').statedEquivalent!.currency = 'USD';
    expect(checkRateCoverage(dataset)).toMatchObject([
      { code: 'no-rate', path: 'events[0].amount.currency', severity: 'warning' },
    ]);
  });

  it('checkRateCoverage(AZN amount before the rate starts) warns', () => {
    const dataset = validDataset();
    dataset.rates[0]!.from = '2024';
    const problems = checkRateCoverage(dataset);
    expect(problems).toEqual([]);
    event(dataset, 'order-2025-08-11').date = '2023-08-11';
    expect(checkRateCoverage(dataset)).toMatchObject([
      { code: 'no-rate', path: 'events[2].amount.currency' },
    ]);
  });

  it('checkMapRegion(Copenhagen with lon and lat swapped) warns and says they look swapped', () => {
    const dataset = validDataset();
    dataset.places.push({ ...dataset.places[1]!, id: 'copenhagen', lon: 55.68, lat: 12.57 });
    const problems = checkMapRegion(dataset);
    expect(problems).toMatchObject([
      { code: 'outside-map', path: 'places[2].lat', severity: 'warning' },
    ]);
    expect(problems[0]?.hint).toContain('look swapped');
  });

  it('checkMapRegion(Washington) warns at lon', () => {
    const dataset = validDataset();
    dataset.places.push({ ...dataset.places[0]!, id: 'washington', lon: -77.04, lat: 38.9 });
    expect(checkMapRegion(dataset)).toMatchObject([{ code: 'outside-map', path: 'places[2].lon' }]);
  });
});

describe('checkSourceReferences', () => {
  it('checkSourceReferences(sources without "trend-2025-08-13") names every citing record at every citation', () => {
    const dataset = validDataset();
    dataset.sources = dataset.sources.filter((s) => s.id !== 'trend-2025-08-13');
    const problems = checkSourceReferences(dataset);
    expect(problems.map((p) => p.path)).toEqual([
      'events[2].sources[0].source',
      'events[3].sources[0].source',
      'events[4].sources[0].source',
    ]);
    for (const problem of problems) {
      expect(problem.message).toBe(
        'source "trend-2025-08-13" is not in sources.json; cited by events: order-2025-08-11, convoy-2025-08-13, total-2025-08-13',
      );
      expect(problem.related).toEqual([
        'order-2025-08-11',
        'convoy-2025-08-13',
        'total-2025-08-13',
      ]);
    }
  });
});

describe('helpers', () => {
  const suggestions: [string, string[], string | undefined][] = [
    ['destinaton', ['origin', 'destination', 'order'], 'destination'],
    ['kiev', ['kyiv', 'baku'], 'kyiv'],
    ['usd', ['USD', 'AZN', 'EUR'], 'USD'],
    ['GBP', ['USD', 'AZN', 'EUR'], undefined],
    ['sumgait', ['sumgait-technology-park', 'kyiv'], 'sumgait-technology-park'],
    ['zzzzzz', ['kyiv', 'baku'], undefined],
    // A new place is not a typo of an old one.
    ['lviv', ['kyiv', 'baku'], undefined],
    ['convy-2026-01', ['convoy-2026-01'], 'convoy-2026-01'],
  ];
  for (const [input, candidates, expected] of suggestions) {
    it(`suggestClosest(${JSON.stringify(input)}, ${JSON.stringify(candidates)}) is ${JSON.stringify(expected)}`, () => {
      expect(suggestClosest(input, candidates)).toBe(expected);
    });
  }

  it('describeAmount keeps the source wording', () => {
    expect(describeAmount({ value: 70_000_000, currency: 'AZN', qualifier: 'more-than' })).toBe(
      'more than 70 million AZN',
    );
    expect(describeAmount({ value: 34_000_000, currency: 'USD', qualifier: 'about' })).toBe(
      'about $34 million',
    );
    expect(describeAmount({ value: 7_600_000, currency: 'USD', qualifier: 'exact' })).toBe(
      '$7.6 million',
    );
    expect(describeAmount({ value: 555_000, currency: 'EUR', qualifier: 'up-to' })).toBe(
      'up to 555,000 EUR',
    );
  });
});
