/**
 * The error-message corpus for the checks editors meet beyond the schema:
 * steps out of date order and "flashback", sources nothing cites, events
 * that look entered twice, quotes longer than an excerpt, amounts without a
 * rate, events without sources, and steps pointing at nothing. Each case
 * changes one thing in a fresh copy of the valid fixture and checks what an
 * editor reads: severity, file:line:column (and the text found there),
 * field, message, hint, the records involved, and the terminal line.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/formatProblem.ts';
import type { AidEvent, DataFileName, Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';

interface Case {
  /** What the editor did, for the test name. */
  input: string;
  change: (dataset: Dataset) => void;
  expected: {
    severity: 'error' | 'warning';
    code: string;
    file: DataFileName;
    line: number;
    column: number;
    /** The text that starts at line:column in the file, so the numbers cannot drift unnoticed. */
    at: string;
    path: string;
    message: string;
    hint: string;
    related?: string[];
  };
  /** Every problem code the change causes, when it is more than this one. */
  codes?: string[];
}

function eventById(dataset: Dataset, id: string): AidEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`fixture has no event ${id}`);
  return event;
}

const CASES: Case[] = [
  // ── Steps out of date order, and "flashback" ──
  {
    input: 'a step that jumps back to 2023 without "flashback": true',
    change: (d) => {
      delete d.steps[1]!.flashback;
    },
    expected: {
      severity: 'warning',
      code: 'steps-out-of-order',
      file: 'steps.json',
      line: 52,
      column: 22,
      at: '[',
      path: 'steps[1].timeline.highlight',
      message:
        'steps out of date order: step 2 ("first-order") highlights order-2023-07-17 (2023-07-17), earlier than the earliest event of step 1 ("opening"), convoy-2025-08-13 (2025-08-13)',
      hint: 'reorder the steps or their highlights; if the jump back is deliberate, add "flashback": true to this step',
      related: ['first-order', 'opening', 'order-2023-07-17', 'convoy-2025-08-13'],
    },
  },
  {
    input: 'a fourth step back in 2023 after a flashback step (flashback covers only its own step)',
    change: (d) => {
      d.steps.push({
        id: 'first-convoy',
        title: 'October 2023',
        text: 'The first convoy.',
        map: { extent: ['kyiv'], countries: ['UA'], places: ['kyiv'], flows: [] },
        timeline: { highlight: ['convoy-2023-10-30'], series: ['shipments'] },
      });
    },
    expected: {
      severity: 'warning',
      code: 'steps-out-of-order',
      file: 'steps.json',
      line: 103,
      column: 22,
      at: '[',
      path: 'steps[3].timeline.highlight',
      message:
        'step 4 ("first-convoy") highlights convoy-2023-10-30 (2023-10-30), earlier than the earliest event of step 3 ("totals"), total-2025-08-13 (2025-08-13)',
      hint: 'add "flashback": true to this step',
      related: ['first-convoy', 'totals', 'convoy-2023-10-30', 'total-2025-08-13'],
    },
  },
  // ── A source nothing cites ──
  {
    input: 'a source that no event and no rate cites',
    change: (d) => {
      d.sources.push({
        id: 'report-az-2026-01-27',
        publisher: 'Report.az',
        title: 'Convoy leaves for Ukraine',
        url: 'https://example.org/report-az',
        published: '2026-01-27',
        kind: 'news-agency',
      });
    },
    expected: {
      severity: 'warning',
      code: 'unused-source',
      file: 'sources.json',
      line: 29,
      column: 13,
      at: '"report-az-2026-01-27"',
      path: 'sources[3].id',
      message: 'source "report-az-2026-01-27" is not cited by any event or rate',
      hint: 'cite it from the events it supports, or remove it if it is no longer needed',
      related: ['report-az-2026-01-27'],
    },
  },
  {
    input: 'the only event citing a source cites another one instead',
    change: (d) => {
      eventById(d, 'convoy-2023-10-30').sources[0]!.source = 'trend-2025-08-13';
      eventById(d, 'order-2023-07-17').sources[0]!.source = 'trend-2025-08-13';
    },
    expected: {
      severity: 'warning',
      code: 'unused-source',
      file: 'sources.json',
      line: 4,
      column: 13,
      at: '"azertag-2023-10-30"',
      path: 'sources[0].id',
      message: 'source "azertag-2023-10-30" is not cited by any event or rate',
      hint: 'or remove it if it is no longer needed',
      related: ['azertag-2023-10-30'],
    },
  },
  // ── Two events that look like duplicates ──
  {
    input: 'the August 2025 order entered a second time under another id',
    change: (d) => {
      d.events.push({ ...structuredClone(eventById(d, 'order-2025-08-11')), id: 'decree-2025-08' });
    },
    expected: {
      severity: 'warning',
      code: 'possible-duplicate-event',
      file: 'events.json',
      line: 106,
      column: 13,
      at: '"decree-2025-08"',
      path: 'events[5].id',
      message:
        'event "decree-2025-08" looks like a duplicate of "order-2025-08-11": same date (2025-08-11), kind (order) and amount (3.4 million AZN)',
      hint: 'if they are the same event, merge them and keep every citation; if not, make the titles say how they differ',
      related: ['decree-2025-08', 'order-2025-08-11'],
    },
  },
  // ── A quote longer than an excerpt ──
  {
    input: 'a 30-word excerpt',
    change: (d) => {
      eventById(d, 'convoy-2023-10-30').sources[0]!.excerpt = Array.from(
        { length: 30 },
        (_, i) => `word${i + 1}`,
      ).join(' ');
    },
    expected: {
      severity: 'warning',
      code: 'long-excerpt',
      file: 'events.json',
      line: 40,
      column: 22,
      at: '"word1 word2',
      path: 'events[1].sources[0].excerpt',
      message: 'the excerpt is 30 words long; excerpts should be short quotes (at most 25 words)',
      hint: 'quote only the words that carry the fact, or summarise in "note" in our own words',
      related: ['convoy-2023-10-30'],
    },
  },
  // ── An amount whose currency has no rate for its date ──
  {
    input: 'an amount in euros, and no EUR rate',
    change: (d) => {
      eventById(d, 'order-2023-07-17').amount = {
        value: 5_000_000,
        currency: 'EUR',
        qualifier: 'about',
      };
    },
    expected: {
      severity: 'warning',
      code: 'no-rate',
      file: 'events.json',
      line: 11,
      column: 21,
      at: '"EUR"',
      path: 'events[0].amount.currency',
      message:
        'no EUR rate in rates.json covers 2023-07-17, so this amount cannot be converted to US dollars',
      hint: 'add a EUR rate to rates.json whose "from"/"to" include 2023-07-17, citing its source',
      related: ['order-2023-07-17'],
    },
  },
  {
    input: 'a manat amount dated after the only AZN rate ends',
    change: (d) => {
      d.rates[0]!.to = '2024-12';
    },
    expected: {
      severity: 'warning',
      code: 'no-rate',
      file: 'events.json',
      line: 52,
      column: 21,
      at: '"AZN"',
      path: 'events[2].amount.currency',
      message: 'no AZN rate in rates.json covers 2025-08-11',
      hint: 'add a AZN rate to rates.json whose "from"/"to" include 2025-08-11',
      related: ['order-2025-08-11'],
    },
  },
  // ── An event without a source ──
  {
    input: 'an event with no "sources" at all',
    change: (d) => {
      delete (eventById(d, 'total-2025-08-13') as Partial<AidEvent>).sources;
    },
    expected: {
      severity: 'error',
      code: 'missing-field',
      file: 'events.json',
      line: 83,
      column: 5,
      at: '{',
      path: 'events[4].sources',
      message: 'required field "sources" is missing',
      hint: 'add "sources": [ … ]',
    },
  },
  {
    input: 'a citation with neither an excerpt nor a note',
    change: (d) => {
      delete eventById(d, 'order-2025-08-11').sources[0]!.note;
    },
    expected: {
      severity: 'warning',
      code: 'citation-without-evidence',
      file: 'events.json',
      line: 61,
      column: 9,
      at: '{',
      path: 'events[2].sources[0]',
      message: 'the citation of "trend-2025-08-13" has neither an excerpt nor a note',
      hint: 'add "excerpt" (a short quote in the source\'s own words) or "note" (what it reports, in our words)',
      related: ['order-2025-08-11'],
    },
  },
  // ── Steps pointing at nothing ──
  {
    input: 'an event removed while a step still highlights it',
    change: (d) => {
      d.events = d.events.filter((e) => e.id !== 'total-2025-08-13');
    },
    expected: {
      severity: 'error',
      code: 'unknown-event',
      file: 'steps.json',
      line: 79,
      column: 11,
      at: '"total-2025-08-13"',
      path: 'steps[2].timeline.highlight[0]',
      message: 'event "total-2025-08-13" is not in events.json',
      hint: 'fix the id, or add the event to events.json',
      related: ['totals'],
    },
  },
  {
    input: 'a step that shows a place not yet in places.json',
    change: (d) => {
      d.steps[0]!.map.places.push('lviv');
    },
    expected: {
      severity: 'error',
      code: 'unknown-place',
      file: 'steps.json',
      line: 19,
      column: 11,
      at: '"lviv"',
      path: 'steps[0].map.places[2]',
      message: 'place "lviv" is not in places.json',
      hint: 'add a place with id "lviv" to places.json (known: sumgait-technology-park, kyiv)',
      related: ['opening'],
    },
  },
  {
    input: 'a step whose camera frames a misspelt place',
    change: (d) => {
      d.steps[2]!.map.extent = ['kiyv'];
    },
    expected: {
      severity: 'error',
      code: 'unknown-place',
      file: 'steps.json',
      line: 69,
      column: 11,
      at: '"kiyv"',
      path: 'steps[2].map.extent[0]',
      message: 'place "kiyv" is not in places.json',
      hint: 'did you mean "kyiv"?',
      related: ['totals'],
    },
  },
  {
    input: 'a step drawing the arc of a shipment that has no destination',
    change: (d) => {
      delete eventById(d, 'convoy-2025-08-13').destination;
    },
    expected: {
      severity: 'error',
      code: 'flow-without-route',
      file: 'steps.json',
      line: 21,
      column: 11,
      at: '"convoy-2025-08-13"',
      path: 'steps[0].map.flows[0]',
      message: 'event "convoy-2025-08-13" has no destination, so the map cannot draw its flow',
      hint: 'add "origin" and "destination" (place ids) to event "convoy-2025-08-13", or remove it from "flows"',
      related: ['opening', 'convoy-2025-08-13'],
    },
  },
];

/** The text starting at a 1-based line and column. */
function textAt(text: string, line: number, column: number): string {
  return (text.split('\n')[line - 1] ?? '').slice(column - 1);
}

describe('editor checks corpus', () => {
  for (const c of CASES) {
    const { severity, code, file, line, column, path } = c.expected;
    it(`validateDataset(${c.input}) reports ${severity} ${code} at ${file}:${line}:${column} ${path}`, () => {
      const dataset = validDataset();
      c.change(dataset);
      const files = toFiles(dataset);
      const before = structuredClone(files);
      const result = validateDataset(files);

      expect(result.problems.map((p) => p.code)).toEqual(c.codes ?? [code]);
      const found = result.problems.find((p) => p.code === code);
      expect(found).toMatchObject({ severity, code, file, line, column, path });
      expect(found?.message).toContain(c.expected.message);
      expect(found?.hint).toContain(c.expected.hint);
      if (c.expected.related) expect(found?.related).toEqual(c.expected.related);
      expect(textAt(files[file], line, column).startsWith(c.expected.at)).toBe(true);
      // The terminal line an editor clicks through to.
      const prefix = severity === 'warning' ? 'warning  ' : '';
      expect(formatProblem(found!)).toBe(
        `${prefix}data/${file}:${line}:${column}  ${path}  ${found!.message}  (hint: ${found!.hint})`,
      );
      // A warning never stops the story; an error always does.
      expect(result.dataset === null).toBe(severity === 'error');
      expect(files).toEqual(before);
    });
  }
});

describe('every problem at once, and nothing more (issue 17)', () => {
  it('validateDataset(an event that fails the schema while steps highlight it and flow it) reports only its own problem', () => {
    const dataset = validDataset();
    eventById(dataset, 'convoy-2025-08-13').date = '2025-02-30';
    const { dataset: valid, problems } = validateDataset(toFiles(dataset));
    expect(valid).toBeNull();
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['events[3].date invalid-date']);
  });

  it('validateDataset(a schema error in events[0] and a duplicate of events[3]) names the duplicate by its place in the file', () => {
    const dataset = validDataset();
    (dataset.events[0]!.title as unknown) = 5;
    dataset.events.push({ ...structuredClone(eventById(dataset, 'convoy-2025-08-13')) });
    const { problems } = validateDataset(toFiles(dataset));
    const duplicate = problems.find((p) => p.code === 'duplicate-id');
    expect(duplicate?.path).toBe('events[5].id');
    expect(duplicate?.message).toContain('the first is events[3]');
  });
});

describe('editor checks stay quiet when nothing is wrong', () => {
  const QUIET: [string, (d: Dataset) => void][] = [
    ['a step that jumps back with "flashback": true (the fixture as it is)', () => {}],
    [
      'two steps highlighting the same date',
      (d) => {
        d.steps[2]!.timeline.highlight = ['order-2023-07-17'];
        d.steps[2]!.timeline.series = ['orders', 'totals'];
      },
    ],
    [
      'a 25-word excerpt',
      (d) => {
        eventById(d, 'convoy-2023-10-30').sources[0]!.excerpt = Array.from(
          { length: 25 },
          () => 'word',
        ).join(' ');
      },
    ],
    [
      'two orders on one day for different amounts',
      (d) => {
        d.events.push({
          ...structuredClone(eventById(d, 'order-2025-08-11')),
          id: 'order-2025-08-11-b',
          amount: { value: 1_000_000, currency: 'USD', qualifier: 'exact' },
        });
      },
    ],
    [
      'a source cited only by a rate',
      (d) => {
        expect(d.events.some((e) => e.sources.some((s) => s.source === 'cbar-rates'))).toBe(false);
      },
    ],
    [
      'a USD amount, which needs no rate',
      (d) => {
        d.rates = [];
        d.sources = d.sources.filter((s) => s.id !== 'cbar-rates');
        delete eventById(d, 'order-2025-08-11').amount;
      },
    ], // Issue 17's checks, on input that is right.
    [
      "a highlight dated by month that overlaps the start of the step's range",
      (d) => {
        eventById(d, 'total-2025-08-13').date = '2025-08';
        d.steps[2]!.timeline.from = '2025-08-13';
      },
    ],
    [
      'cargo on a reported total and an amount on a shipment',
      (d) => {
        eventById(d, 'total-2025-08-13').cargo = [
          { item: 'trucks', quantity: 24, qualifier: 'exact' },
        ];
        eventById(d, 'convoy-2025-08-13').amount = {
          value: 1_000_000,
          currency: 'USD',
          qualifier: 'about',
        };
      },
    ],
    [
      'an event dated on the "last updated" day, and a range ending on it',
      (d) => {
        eventById(d, 'total-2025-08-13').date = '2026-01-16/2026-02-01';
        d.story.lastUpdated = '2026-02-01';
      },
    ],
    [
      'emoji joined by zero-width joiners (👩🏽‍🔧) and the largest amount allowed',
      (d) => {
        d.steps[0]!.text = 'Engineers 👩🏽‍🔧 at work.';
        eventById(d, 'order-2023-07-17').amount!.value = 1_000_000_000_000;
      },
    ],
  ];
  for (const [input, change] of QUIET) {
    it(`validateDataset(${input}) reports nothing`, () => {
      const dataset = validDataset();
      change(dataset);
      expect(validateDataset(toFiles(dataset)).problems).toEqual([]);
    });
  }
});
