/**
 * A corpus of broken data: each case breaks one thing in a fresh copy of the
 * valid fixture and checks that the validator names the file, line, column,
 * field and problem an editor needs to fix it.
 */
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../../src/data/locateJson.ts';
import type { Problem } from '../../src/lib/model/problem.ts';
import type { DataFileName, Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';

type Files = Record<string, string | Uint8Array | undefined>;

interface Case {
  /** What the input looks like, for the test name. */
  input: string;
  /** Breaks a fresh copy of the fixture: set a value, remove a field, or edit the text. */
  set?: [JsonPath, unknown];
  remove?: JsonPath;
  mutate?: (dataset: Dataset) => void;
  edit?: (files: Files) => void;
  /** The problem expected; `message` and `hint` are matched as parts of the real ones. */
  expected: Omit<Problem, 'severity' | 'related'> & { severity?: Problem['severity'] };
}

/** Walks to the parent of `path` in the dataset, seen as plain JSON. */
function parentOf(
  dataset: Dataset,
  path: JsonPath,
): [Record<string | number, unknown>, string | number] {
  let node = dataset as unknown as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) throw new Error('empty path');
  return [node, last];
}

function replaceIn(files: Files, file: DataFileName, search: string, replacement: string): void {
  const text = files[file];
  if (typeof text !== 'string') throw new Error(`${file} is not text`);
  if (!text.includes(search)) throw new Error(`fixture has no ${search} in ${file}`);
  files[file] = text.replace(search, replacement);
}

/** The file as bytes, with `search` replaced by `bytes` (to write what no UTF-8 text can hold). */
function replaceWithBytes(files: Files, file: DataFileName, search: string, bytes: number[]): void {
  const text = files[file];
  if (typeof text !== 'string' || !text.includes(search))
    throw new Error(`fixture has no ${search}`);
  const [before = '', after = ''] = text.split(search);
  const encoder = new TextEncoder();
  files[file] = Uint8Array.from([...encoder.encode(before), ...bytes, ...encoder.encode(after)]);
}

/** The file as UTF-16 little-endian with its byte-order mark, as Windows Notepad saves "Unicode". */
function toUtf16(files: Files, file: DataFileName): void {
  const text = files[file];
  if (typeof text !== 'string') throw new Error(`${file} is not text`);
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(unit & 0xff, unit >> 8);
  }
  files[file] = Uint8Array.from(bytes);
}

function build(c: Case): Files {
  const dataset = validDataset();
  if (c.set) {
    const [parent, key] = parentOf(dataset, c.set[0]);
    parent[key] = c.set[1];
  }
  if (c.remove) {
    const [parent, key] = parentOf(dataset, c.remove);
    delete parent[key];
  }
  c.mutate?.(dataset);
  const files: Files = toFiles(dataset);
  c.edit?.(files);
  return files;
}

const CASES: Case[] = [
  // ── Malformed JSON ──
  {
    input: '{…"id": "order-2023-07-17"⏎"date"…}',
    edit: (f) => replaceIn(f, 'events.json', '"order-2023-07-17",', '"order-2023-07-17"'),
    expected: {
      code: 'json-missing-comma',
      file: 'events.json',
      line: 5,
      column: 7,
      path: '',
      message: 'expected a comma or }',
      hint: 'a comma may be missing after the previous value, which ends at line 4, column 30',
    },
  },
  {
    input: '{…"kind": "capital",⏎}…}',
    edit: (f) => replaceIn(f, 'places.json', '"kind": "capital"', '"kind": "capital",'),
    expected: {
      code: 'json-trailing-comma',
      file: 'places.json',
      line: 17,
      column: 24,
      path: '',
      message: 'JSON does not allow a comma after the last item',
    },
  },
  {
    input: '{…"source": "cbar-rates" // central bank…}',
    edit: (f) => replaceIn(f, 'rates.json', '"cbar-rates"', '"cbar-rates" // central bank'),
    expected: {
      code: 'json-comment',
      file: 'rates.json',
      line: 7,
      column: 30,
      path: '',
      message: 'comments are not allowed in JSON',
    },
  },
  {
    input: '{"steps": [{…  (cut off)',
    edit: (f) => {
      f['steps.json'] = String(f['steps.json'] ?? '')
        .split('\n')
        .slice(0, 10)
        .join('\n');
    },
    expected: {
      code: 'json-unexpected-end',
      file: 'steps.json',
      line: 10,
      column: 17,
      path: '',
      message: 'unexpected end of file',
      hint: 'the list opened at line 8, column 19 is not closed',
    },
  },
  {
    input: '"" (empty story.json)',
    edit: (f) => {
      f['story.json'] = '';
    },
    expected: {
      code: 'json-empty',
      file: 'story.json',
      line: 1,
      column: 1,
      path: '',
      message: 'the file is empty',
    },
  },
  {
    input: '{"headline": “Cables…”…}',
    edit: (f) =>
      replaceIn(
        f,
        'story.json',
        '"Cables, generators, transformers: energy aid to Ukraine"',
        '“Cables”',
      ),
    expected: {
      code: 'json-bad-quotes',
      file: 'story.json',
      line: 2,
      column: 15,
      path: '',
      message: 'curly quote “ where JSON needs a straight quote "',
    },
  },
  {
    input: '{…"value": 7,600,000…}',
    edit: (f) => replaceIn(f, 'events.json', '"value": 7600000', '"value": 7,600,000'),
    expected: {
      code: 'json-bad-number',
      file: 'events.json',
      line: 10,
      column: 19,
      path: '',
      message: 'a number cannot contain a thousands separator',
      hint: 'write digits only, e.g. 7600000',
    },
  },
  {
    input: '{…"date": "2023-07-17", "date": "2023-07-18"…}',
    edit: (f) =>
      replaceIn(
        f,
        'events.json',
        '"date": "2023-07-17",',
        '"date": "2023-07-17", "date": "2023-07-18",',
      ),
    expected: {
      code: 'json-duplicate-key',
      file: 'events.json',
      line: 5,
      column: 29,
      path: 'events[0].date',
      message: 'field "date" appears twice in the same object',
      hint: 'the other is at line 5, column 7',
    },
  },
  {
    input: '{"kind": True…}',
    edit: (f) => replaceIn(f, 'places.json', '"kind": "capital"', '"kind": True'),
    expected: {
      code: 'json-syntax',
      file: 'places.json',
      line: 17,
      column: 15,
      path: '',
      message: '"True" is not a JSON word',
    },
  },
  {
    input: 'rates.json missing',
    edit: (f) => {
      f['rates.json'] = undefined;
    },
    expected: {
      code: 'missing-file',
      file: 'rates.json',
      line: 1,
      column: 1,
      path: '',
      message: 'the file is missing',
      hint: 'create data/rates.json holding { "rates": [ … ] }',
    },
  },
  // ── Schema ──
  {
    input: '{…(no "date")…}',
    remove: ['events', 0, 'date'],
    expected: {
      code: 'missing-field',
      file: 'events.json',
      line: 3,
      column: 5,
      path: 'events[0].date',
      message: 'required field "date" is missing',
      hint: 'add "date": "YYYY-MM-DD"',
    },
  },
  {
    input: '{…"value":"7,600,000"…}',
    set: [['events', 0, 'amount', 'value'], '7,600,000'],
    expected: {
      code: 'wrong-type',
      file: 'events.json',
      line: 10,
      column: 18,
      path: 'events[0].amount.value',
      message: 'must be a number, not the text "7,600,000"',
      hint: 'write 7600000 without quotes',
    },
  },
  {
    input: '{…"byline":5…}',
    set: [['story', 'byline'], 5],
    expected: {
      code: 'wrong-type',
      file: 'story.json',
      line: 4,
      column: 13,
      path: 'byline',
      message: 'must be text in double quotes, not the number 5',
      hint: 'put it in double quotes: "5"',
    },
  },
  {
    input: '{…"amount":null…}',
    set: [['events', 0, 'amount'], null],
    expected: {
      code: 'wrong-type',
      file: 'events.json',
      line: 9,
      column: 17,
      path: 'events[0].amount',
      message: 'must be an object { … }, not null',
      hint: 'leave "amount" out when there is nothing to say',
    },
  },
  {
    input: '[] (events.json holds a list)',
    edit: (f) => {
      f['events.json'] = '[]\n';
    },
    expected: {
      code: 'wrong-type',
      file: 'events.json',
      line: 1,
      column: 1,
      path: '',
      message: 'must be an object { … }, not a list',
      hint: 'the file must hold one object: { "events": [ … ] }',
    },
  },
  {
    input: '{"sources":{}}',
    edit: (f) => {
      f['sources.json'] = '{\n  "sources": {}\n}\n';
    },
    expected: {
      code: 'wrong-type',
      file: 'sources.json',
      line: 2,
      column: 14,
      path: 'sources',
      message: 'must be a list [ … ], not an object',
      hint: 'sources must be a list',
    },
  },
  {
    input: '{…"destinaton":"kyiv"…}',
    edit: (f) => replaceIn(f, 'events.json', '"destination"', '"destinaton"'),
    expected: {
      code: 'unknown-field',
      file: 'events.json',
      line: 35,
      column: 7,
      path: 'events[1].destinaton',
      message: 'unknown field "destinaton"',
      hint: 'remove it, or check its spelling: did you mean "destination"?',
    },
  },
  {
    input: '{…"notes":[{…"txt"…}]}',
    mutate: (d) => {
      const note = d.story.notes[0] as unknown as Record<string, unknown>;
      note.txt = note.text;
      delete note.text;
    },
    expected: {
      code: 'unknown-field',
      file: 'story.json',
      line: 11,
      column: 7,
      path: 'notes[0].txt',
      message: 'unknown field "txt"',
      hint: 'did you mean "text"?',
    },
  },
  {
    input: '{…"date":"2025-02-30"…}',
    set: [['events', 3, 'date'], '2025-02-30'],
    expected: {
      code: 'invalid-date',
      file: 'events.json',
      line: 69,
      column: 15,
      path: 'events[3].date',
      message: '"2025-02-30" is not a real date: February 2025 has 28 days',
      hint: 'write YYYY-MM-DD, YYYY-MM, YYYY, or a range FROM/TO',
    },
  },
  {
    input: '{…"published":"13/08/2025"…}',
    set: [['sources', 2, 'published'], '13/08/2025'],
    expected: {
      code: 'invalid-date',
      file: 'sources.json',
      line: 25,
      column: 20,
      path: 'sources[2].published',
      message: 'it is not written year first',
      hint: 'did you mean "2025-08-13"?',
    },
  },
  {
    input: '{…"currency":"GBP"…}',
    set: [['events', 0, 'amount', 'currency'], 'GBP'],
    expected: {
      code: 'invalid-choice',
      file: 'events.json',
      line: 11,
      column: 21,
      path: 'events[0].amount.currency',
      message: 'must be one of USD, AZN, EUR, not the text "GBP"',
      hint: 'the story converts only USD, AZN, EUR',
    },
  },
  {
    input: '{…"kind":"orders"…}',
    set: [['events', 0, 'kind'], 'orders'],
    expected: {
      code: 'invalid-choice',
      file: 'events.json',
      line: 6,
      column: 15,
      path: 'events[0].kind',
      message:
        'must be one of order, shipment, reported-total, statement, context, not the text "orders"',
      hint: 'did you mean "order"?',
    },
  },
  {
    input: '{…"value":-5…}',
    set: [['events', 0, 'amount', 'value'], -5],
    expected: {
      code: 'negative-number',
      file: 'events.json',
      line: 10,
      column: 18,
      path: 'events[0].amount.value',
      message: 'cannot be negative, but is -5',
    },
  },
  {
    input: '{…"value":1e999…}',
    edit: (f) => replaceIn(f, 'events.json', '"value": 7600000', '"value": 1e999'),
    expected: {
      code: 'not-finite',
      file: 'events.json',
      line: 10,
      column: 18,
      path: 'events[0].amount.value',
      message: 'is too large to be a number',
      hint: 'write the figure in full digits',
    },
  },
  {
    input: '{…"lon":200…}',
    set: [['places', 1, 'lon'], 200],
    expected: {
      code: 'out-of-range',
      file: 'places.json',
      line: 14,
      column: 14,
      path: 'places[1].lon',
      message: 'must be at most 180, but is 200',
      hint: 'check they are not swapped',
    },
  },
  {
    input: '{…"title":""…}',
    set: [['events', 0, 'title'], ''],
    expected: {
      code: 'empty-text',
      file: 'events.json',
      line: 7,
      column: 16,
      path: 'events[0].title',
      message: 'is empty',
    },
  },
  {
    input: '{…"title":"xxxx…(91)"…}',
    set: [['events', 0, 'title'], 'x'.repeat(91)],
    expected: {
      code: 'too-long',
      file: 'events.json',
      line: 7,
      column: 16,
      path: 'events[0].title',
      message: 'is 91 characters long; at most 90 are allowed',
      hint: 'Title is longer than 90 characters; shorten it',
    },
  },
  {
    input: '{…"sources":[]…}',
    set: [['events', 1, 'sources'], []],
    expected: {
      code: 'empty-list',
      file: 'events.json',
      line: 37,
      column: 18,
      path: 'events[1].sources',
      message: 'must list at least 1 item',
      hint: 'every event needs at least one source',
    },
  },
  {
    input: '{…"id":"Order 2023"…}',
    set: [['events', 0, 'id'], 'Order 2023'],
    expected: {
      code: 'invalid-id',
      file: 'events.json',
      line: 4,
      column: 13,
      path: 'events[0].id',
      message: '"Order 2023" is not a valid id',
      hint: 'try "order-2023"',
    },
  },
  {
    input: '{…"url":"www.cbar.az"…}',
    set: [['sources', 1, 'url'], 'www.cbar.az'],
    expected: {
      code: 'invalid-url',
      file: 'sources.json',
      line: 16,
      column: 14,
      path: 'sources[1].url',
      message: 'the text "www.cbar.az" is not a full web address',
      hint: 'try "https://www.cbar.az"',
    },
  },
  {
    input: '{…"language":"English"…}',
    set: [['story', 'language'], 'English'],
    expected: {
      code: 'invalid-format',
      file: 'story.json',
      line: 6,
      column: 15,
      path: 'language',
      message: 'the text "English" is not a two-letter code in lower case',
    },
  },
  // ── Cross-record checks ──
  {
    input: '{"places":[…{"id":"sumgait-technology-park"} twice…]}',
    set: [['places', 1, 'id'], 'sumgait-technology-park'],
    expected: {
      code: 'duplicate-id',
      file: 'places.json',
      line: 12,
      column: 13,
      path: 'places[1].id',
      message:
        'id "sumgait-technology-park" is used twice in places.json; the first is places[0] (line 4)',
    },
  },
  {
    input: '{…"destination":"kiev"…}',
    set: [['events', 1, 'destination'], 'kiev'],
    expected: {
      code: 'unknown-place',
      file: 'events.json',
      line: 35,
      column: 22,
      path: 'events[1].destination',
      message: 'place "kiev" is not in places.json',
      hint: 'did you mean "kyiv"?',
    },
  },
  {
    input: '{"steps":[{"map":{"extent":["sumgait", …]}}]}',
    set: [['steps', 0, 'map', 'extent', 0], 'sumgait'],
    expected: {
      code: 'unknown-place',
      file: 'steps.json',
      line: 9,
      column: 11,
      path: 'steps[0].map.extent[0]',
      message: 'place "sumgait" is not in places.json',
      hint: 'did you mean "sumgait-technology-park"?',
    },
  },
  {
    input: '{…"source":"azertag-2023-10-31"…}',
    set: [['events', 0, 'sources', 0, 'source'], 'azertag-2023-10-31'],
    expected: {
      code: 'unknown-source',
      file: 'events.json',
      line: 16,
      column: 21,
      path: 'events[0].sources[0].source',
      message:
        'source "azertag-2023-10-31" is not in sources.json; cited by events: order-2023-07-17',
      hint: 'did you mean "azertag-2023-10-30"?',
    },
  },
  {
    input: 'sources.json without "trend-2025-08-13"',
    mutate: (d) => {
      d.sources = d.sources.filter((s) => s.id !== 'trend-2025-08-13');
    },
    expected: {
      code: 'unknown-source',
      file: 'events.json',
      line: 100,
      column: 21,
      path: 'events[4].sources[0].source',
      message:
        'source "trend-2025-08-13" is not in sources.json; cited by events: order-2025-08-11, convoy-2025-08-13, total-2025-08-13',
    },
  },
  {
    input: '{"rates":[{…"source":"cbr"…}]}',
    set: [['rates', 0, 'source'], 'cbr'],
    expected: {
      code: 'unknown-source',
      file: 'rates.json',
      line: 7,
      column: 17,
      path: 'rates[0].source',
      message: 'source "cbr" is not in sources.json; cited by rates: rates[0] (AZN from 2017)',
    },
  },
  {
    input: '{"steps":[…{"timeline":{"highlight":["order-2023-07-71", …]}}]}',
    set: [['steps', 1, 'timeline', 'highlight', 0], 'order-2023-07-71'],
    expected: {
      code: 'unknown-event',
      file: 'steps.json',
      line: 54,
      column: 11,
      path: 'steps[1].timeline.highlight[0]',
      message: 'event "order-2023-07-71" is not in events.json',
      hint: 'did you mean "order-2023-07-17"?',
    },
  },
  {
    input: '{"steps":[{"map":{"flows":["convoy-2025-08-31"]}}]}',
    set: [['steps', 0, 'map', 'flows', 0], 'convoy-2025-08-31'],
    expected: {
      code: 'unknown-event',
      file: 'steps.json',
      line: 21,
      column: 11,
      path: 'steps[0].map.flows[0]',
      message: 'event "convoy-2025-08-31" is not in events.json',
    },
  },
  {
    input: '{"steps":[…{"map":{"flows":["order-2023-07-17"]}}]}',
    set: [['steps', 1, 'map', 'flows', 0], 'order-2023-07-17'],
    expected: {
      code: 'flow-without-route',
      file: 'steps.json',
      line: 49,
      column: 11,
      path: 'steps[1].map.flows[0]',
      message:
        'event "order-2023-07-17" has no origin and destination, so the map cannot draw its flow',
    },
  },
  {
    input: '{…"order":"order-2023-07-18"…}',
    set: [['events', 1, 'order'], 'order-2023-07-18'],
    expected: {
      code: 'unknown-event',
      file: 'events.json',
      line: 36,
      column: 16,
      path: 'events[1].order',
      message: 'event "order-2023-07-18" is not in events.json',
      hint: 'did you mean "order-2023-07-17"?',
    },
  },
  {
    input: '{…"order":"convoy-2023-10-30"…}',
    set: [['events', 3, 'order'], 'convoy-2023-10-30'],
    expected: {
      code: 'not-an-order',
      file: 'events.json',
      line: 75,
      column: 16,
      path: 'events[3].order',
      message: '"convoy-2023-10-30" is a shipment event, not an order',
    },
  },
  {
    input: '{…"total":{"scope":"period","measure":"aid-value"}…}',
    set: [['events', 4, 'total'], { scope: 'period', measure: 'aid-value' }],
    expected: {
      code: 'total-missing-period',
      file: 'events.json',
      line: 94,
      column: 16,
      path: 'events[4].total.period',
      message: 'a total with scope "period" needs "period"',
      hint: 'add "period": "2024"',
    },
  },
  {
    input: '{…"total":{"scope":"order","measure":"aid-value"}…}',
    set: [['events', 4, 'total'], { scope: 'order', measure: 'aid-value' }],
    expected: {
      code: 'total-missing-order',
      file: 'events.json',
      line: 94,
      column: 16,
      path: 'events[4].total.order',
      message: 'a total with scope "order" needs "order"',
    },
  },
  {
    input: '{"rates":[{…"from":"2017","to":"2016"…}]}',
    set: [['rates', 0, 'to'], '2016'],
    expected: {
      code: 'rate-range-reversed',
      file: 'rates.json',
      line: 8,
      column: 13,
      path: 'rates[0].to',
      message: 'the rate ends (2016) before it starts (2017)',
    },
  },
  {
    input: '{"steps":[]}',
    mutate: (d) => {
      d.steps = [];
    },
    expected: {
      code: 'no-steps',
      file: 'steps.json',
      line: 2,
      column: 12,
      path: 'steps',
      message: 'there are no steps',
    },
  },
  {
    input: '{"event.json": …} (a file the story does not use)',
    edit: (f) => {
      f['event.json'] = '{}';
    },
    expected: {
      severity: 'warning',
      code: 'unknown-file',
      file: 'event.json',
      line: 1,
      column: 1,
      path: '',
      message: "is not one of the story's data files",
      hint: 'did you mean events.json?',
    },
  },
  // ── Issue 17: the cases that still got through ──
  {
    input: '{…"url":"https://caucasuswatch.de@evil.example/x"…} (a user name hides the host)',
    set: [['sources', 0, 'url'], 'https://caucasuswatch.de@evil.example/x'],
    expected: {
      code: 'url-credentials',
      file: 'sources.json',
      line: 7,
      column: 14,
      path: 'sources[0].url',
      message:
        'the address "https://caucasuswatch.de@evil.example/x" leads to evil.example, not to caucasuswatch.de: the part before "@" is a user name',
      hint: 'write the address without a user name or password',
    },
  },
  {
    input: '{…"text":"[report](https://caucasuswatch.de@evil.example/r)"…} (in a step)',
    set: [['steps', 0, 'text'], 'See the [report](https://caucasuswatch.de@evil.example/r).'],
    expected: {
      code: 'url-credentials',
      file: 'steps.json',
      line: 6,
      column: 15,
      path: 'steps[0].text',
      message:
        'the address "https://caucasuswatch.de@evil.example/r" leads to evil.example, not to caucasuswatch.de: the part before "@" is a user name',
      hint: 'write the address without a user name or password',
    },
  },
  {
    input: '{…"value": 123456789012345678901234567890…} (30 digits)',
    edit: (f) =>
      replaceIn(f, 'events.json', '"value": 7600000', '"value": 123456789012345678901234567890'),
    expected: {
      code: 'out-of-range',
      file: 'events.json',
      line: 10,
      column: 18,
      path: 'events[0].amount.value',
      message: 'must be at most 1,000,000,000,000',
      hint: 'larger than any aid figure',
    },
  },
  {
    input: '{…"cargo":[{"item":"trucks","quantity":1e308}]…}',
    edit: (f) => replaceIn(f, 'events.json', '"quantity": 14', '"quantity": 1e308'),
    expected: {
      code: 'out-of-range',
      file: 'events.json',
      line: 30,
      column: 23,
      path: 'events[1].cargo[0].quantity',
      message: 'must be at most 1,000,000,000',
    },
  },
  {
    input: '{…"cargo":[{"item":"trucks","quantity":14}]…} (no qualifier)',
    edit: (f) =>
      replaceIn(
        f,
        'events.json',
        '"quantity": 14,\n          "qualifier": "exact"',
        '"quantity": 14',
      ),
    expected: {
      code: 'qualifier-missing',
      file: 'events.json',
      line: 30,
      column: 23,
      path: 'events[1].cargo[0].quantity',
      message: 'the quantity 14 has no "qualifier"',
      hint: 'add "qualifier" beside "quantity"',
    },
  },
  {
    input: '{…"cargo":[{"item":"trucks","quantity":2.5}]…}',
    set: [['events', 1, 'cargo', 0, 'quantity'], 2.5],
    expected: {
      code: 'wrong-type',
      file: 'events.json',
      line: 30,
      column: 23,
      path: 'events[1].cargo[0].quantity',
      message: 'must be a whole number, not the number 2.5',
      hint: 'quantity counts whole items or metres',
    },
  },
  {
    input: '{…"perUsd":1e20…}',
    set: [['rates', 0, 'perUsd'], 1e20],
    expected: {
      code: 'out-of-range',
      file: 'rates.json',
      line: 5,
      column: 17,
      path: 'rates[0].perUsd',
      message: 'must be at most 1,000,000',
    },
  },
  {
    input: '{…"amount":{"value":0,…}…}',
    set: [['events', 0, 'amount', 'value'], 0],
    expected: {
      severity: 'warning',
      code: 'zero-amount',
      file: 'events.json',
      line: 10,
      column: 18,
      path: 'events[0].amount.value',
      message: 'the amount is 0',
      hint: 'leave "amount" out',
    },
  },
  {
    input: '"Caf\\xE9" (a Latin-1 byte in events.json)',
    edit: (f) => replaceWithBytes(f, 'events.json', 'First convoy', [0x43, 0x61, 0x66, 0xe9]),
    expected: {
      code: 'not-utf8',
      file: 'events.json',
      line: 25,
      column: 20,
      path: '',
      message: 'this file is not UTF-8: the byte 0xE9 here is not a UTF-8 character',
      hint: 'save the file as UTF-8',
    },
  },
  {
    input: 'story.json saved as UTF-16',
    edit: (f) => toUtf16(f, 'story.json'),
    expected: {
      code: 'not-utf8',
      file: 'story.json',
      line: 1,
      column: 1,
      path: '',
      message: 'this file is not UTF-8 (it is UTF-16',
      hint: 'save the file as UTF-8',
    },
  },
  {
    input: '{"steps":[{"id":"notes",…}]} (an id the page itself uses)',
    set: [['steps', 2, 'id'], 'notes'],
    expected: {
      code: 'id-used-by-page',
      file: 'steps.json',
      line: 64,
      column: 13,
      path: 'steps[2].id',
      message: 'step id "notes" is already an id on the page',
      hint: 'rename the step',
    },
  },
  {
    input: '{"steps":[{"id":"event-kyiv",…}]} (a prefix of the page\'s own ids)',
    set: [['steps', 2, 'id'], 'event-kyiv'],
    expected: {
      code: 'id-used-by-page',
      file: 'steps.json',
      line: 64,
      column: 13,
      path: 'steps[2].id',
      message: 'step id "event-kyiv" starts with "event-"',
      hint: 'rename the step',
    },
  },
  {
    input: '{"steps":[…{"timeline":{"from":"2025-09",…,"highlight":["total-2025-08-13"]}}]}',
    set: [['steps', 2, 'timeline', 'from'], '2025-09'],
    expected: {
      severity: 'warning',
      code: 'highlight-outside-range',
      file: 'steps.json',
      line: 79,
      column: 11,
      path: 'steps[2].timeline.highlight[0]',
      message:
        'event "total-2025-08-13" (2025-08-13) is outside this step\'s timeline (2025-09 to 2026), so it is not drawn',
    },
  },
  {
    input: '{"steps":[…{"timeline":{"highlight":["total-2025-08-13"],"series":["orders"]}}]}',
    set: [['steps', 2, 'timeline', 'series'], ['orders']],
    expected: {
      severity: 'warning',
      code: 'highlight-not-shown',
      file: 'steps.json',
      line: 79,
      column: 11,
      path: 'steps[2].timeline.highlight[0]',
      message:
        'event "total-2025-08-13" is a reported-total, which the series "totals" shows, but this step\'s timeline shows only orders',
      hint: 'add "totals" to "series"',
    },
  },
  {
    input: '{…"date":"2099-01-01"…} (after the story\'s last update)',
    set: [['events', 4, 'date'], '2099-01-01'],
    expected: {
      severity: 'warning',
      code: 'date-after-last-updated',
      file: 'events.json',
      line: 85,
      column: 15,
      path: 'events[4].date',
      message: '2099-01-01 is after the story\'s "last updated" date, 2026-02-01',
    },
  },
  {
    input: '{…"date":"1899-05-01"…}',
    set: [['events', 4, 'date'], '1899-05-01'],
    expected: {
      code: 'invalid-date',
      file: 'events.json',
      line: 85,
      column: 15,
      path: 'events[4].date',
      message: 'the year 1899 is outside the years allowed, 1900–2200',
    },
  },
  {
    input: '{…"text":"Fourteen\\u200Btrucks…"…} (a zero-width space)',
    set: [['events', 1, 'text'], 'Fourteen\u200Btrucks leave Sumgait.'],
    expected: {
      severity: 'warning',
      code: 'zero-width-character',
      file: 'events.json',
      line: 26,
      column: 15,
      path: 'events[1].text',
      message: 'holds the invisible character U+200B (zero width space)',
    },
  },
  {
    input: '[[[[…3,000 levels…]]]]',
    edit: (f) =>
      replaceIn(
        f,
        'events.json',
        '"note": "Reports the order."',
        `"note": ${'['.repeat(3000)}${']'.repeat(3000)}`,
      ),
    expected: {
      code: 'json-too-deep',
      file: 'events.json',
      line: 17,
      column: 78,
      path: '',
      message: 'lists and objects are nested more than 64 levels deep here',
    },
  },
  {
    input: '{…"kind":"reported-total"…} without "total"',
    remove: ['events', 4, 'total'],
    expected: {
      code: 'total-missing',
      file: 'events.json',
      line: 83,
      column: 5,
      path: 'events[4].total',
      message: 'an event of kind "reported-total" needs "total"',
    },
  },
  {
    input: '{…"kind":"order",…,"cargo":[…]…}',
    set: [['events', 0, 'cargo'], [{ item: 'generators', quantity: 5, qualifier: 'exact' }]],
    expected: {
      code: 'field-not-for-kind',
      file: 'events.json',
      line: 20,
      column: 16,
      path: 'events[0].cargo',
      message: 'an event of kind "order" cannot have "cargo"',
    },
  },
];

describe('validator corpus', () => {
  it('validateDataset reports every problem at once: a schema error in one event and a misspelled place in another', () => {
    const dataset = validDataset();
    (dataset.events[0]!.amount as unknown as { value: unknown }).value = '7.6 million';
    dataset.events[1]!.destination = 'ukriane';
    const { dataset: valid, problems } = validateDataset(toFiles(dataset));
    expect(valid).toBeNull();
    expect(
      problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.path}  ${p.code}  ${p.message}`),
    ).toEqual([
      'events.json:10:18  events[0].amount.value  wrong-type  must be a number, not the text "7.6 million"',
      'events.json:35:22  events[1].destination  unknown-place  place "ukriane" is not in places.json',
    ]);
  });

  it('has at least 30 broken inputs, and the unbroken fixture is clean', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(validateDataset(toFiles(validDataset())).problems).toEqual([]);
  });

  for (const c of CASES) {
    const { file, line, column, path, code } = c.expected;
    it(`validateDataset(${c.input}) reports ${file}:${line}:${column} ${path || '(whole file)'} ${code}`, () => {
      const files = build(c);
      const before = structuredClone(files);
      const { dataset, problems } = validateDataset(files);
      const found = problems.find((p) => p.code === code && p.path === path && p.file === file);
      expect(found, JSON.stringify(problems, null, 2)).toBeDefined();
      expect(found).toMatchObject({
        severity: c.expected.severity ?? 'error',
        file,
        line,
        column,
        path,
        code,
      });
      expect(found?.message).toContain(c.expected.message);
      if (c.expected.hint) expect(found?.hint).toContain(c.expected.hint);
      expect(found?.hint ?? '').not.toBe('');
      expect(dataset === null).toBe((c.expected.severity ?? 'error') === 'error');
      expect(files).toEqual(before);
    });
  }
});
