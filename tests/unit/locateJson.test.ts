import { describe, expect, it } from 'vitest';
import {
  formatPath,
  locateJsonPath,
  parseJsonWithLocations,
  positionAt,
  type JsonPath,
} from '../../src/data/locateJson.ts';

describe('formatPath', () => {
  const cases: [JsonPath, string][] = [
    [[], ''],
    [['events'], 'events'],
    [['events', 3, 'amount'], 'events[3].amount'],
    [['events', 3, 'amount', 'currency'], 'events[3].amount.currency'],
    [['$schema'], '$schema'],
    [['notes', 0, 'odd key'], 'notes[0]["odd key"]'],
    [[0, 1], '[0][1]'],
  ];
  for (const [path, expected] of cases) {
    it(`formatPath(${JSON.stringify(path)}) is ${JSON.stringify(expected)}`, () => {
      const copy = [...path];
      expect(formatPath(path)).toBe(expected);
      expect(path).toEqual(copy);
    });
  }
});

describe('positionAt', () => {
  const cases: [string, number, number, number][] = [
    ['{}', 0, 1, 1],
    ['{\n  "a": 1\n}', 4, 2, 3],
    ['{\r\n  "a": 1\r\n}', 5, 2, 3],
    ['{\r  "a": 1\r}', 4, 2, 3],
    ['abc', 99, 1, 4],
  ];
  for (const [text, offset, line, column] of cases) {
    it(`positionAt(${JSON.stringify(text)}, ${offset}) is ${line}:${column}`, () => {
      expect(positionAt(text, offset)).toEqual({ line, column });
    });
  }
});

describe('parseJsonWithLocations(text).locate', () => {
  const text =
    '{\n  "events": [\n    { "amount": { "currency": "GBP" } },\n    { "id": "x" }\n  ]\n}\n';
  const parsed = parseJsonWithLocations(text, 'events.json');
  const cases: [JsonPath, 'value' | 'key', number, number, string][] = [
    [['events', 0, 'amount', 'currency'], 'value', 3, 31, 'the value'],
    [['events', 0, 'amount', 'currency'], 'key', 3, 19, 'the key'],
    [['events', 0, 'amount', 'qualifier'], 'value', 3, 17, 'the object missing the key'],
    [['events', 1, 'id'], 'value', 4, 13, 'a later item'],
    [['events', 7, 'id'], 'value', 2, 13, 'the list, when the item is missing'],
    [[], 'value', 1, 1, 'the whole file'],
  ];
  for (const [path, target, line, column, what] of cases) {
    it(`locate(${JSON.stringify(path)}, '${target}') is ${line}:${column}, ${what}`, () => {
      expect(parsed.locate(path, target)).toEqual({ line, column });
    });
  }

  it('parseJsonWithLocations(valid) returns the value and no problems', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ events: [{ amount: { currency: 'GBP' } }, { id: 'x' }] });
  });
});

describe('locateJsonPath', () => {
  const text = '{\n  "events": [\n    { "id": "a", "amount": { "value": 1 } }\n  ]\n}';
  const cases: [JsonPath, 'value' | 'key', number, number][] = [
    [['events', 0, 'id'], 'value', 3, 13],
    [['events', 0, 'amount', 'value'], 'value', 3, 39],
    [['events', 0, 'amount', 'currency'], 'value', 3, 28],
    [['events', 0, 'amount'], 'key', 3, 18],
  ];
  for (const [path, target, line, column] of cases) {
    it(`locateJsonPath(text, ${JSON.stringify(path)}, '${target}') is ${line}:${column}`, () => {
      expect(locateJsonPath(text, path, target)).toEqual({ line, column });
    });
  }

  it('locateJsonPath(broken text, path) still finds what comes before the break', () => {
    expect(locateJsonPath('{\n  "a": 1,\n  "b": [2, 3\n', ['b', 1])).toEqual({
      line: 3,
      column: 12,
    });
  });
});

describe('parseJsonWithLocations(malformed)', () => {
  const cases: [string, string, number, number, string, string][] = [
    // text, code, line, column, message fragment, hint fragment
    [
      '{\n  "a": 1\n  "b": 2\n}',
      'json-missing-comma',
      3,
      3,
      'expected a comma or }',
      'line 2, column 8',
    ],
    [
      '[\n  1\n  2\n]',
      'json-missing-comma',
      3,
      3,
      'expected a comma or ]',
      'a comma may be missing',
    ],
    ['{\n  "a": 1,\n}', 'json-trailing-comma', 2, 9, 'comma before }', 'remove this comma'],
    ['[1, 2,\n]', 'json-trailing-comma', 1, 6, 'comma before ]', 'remove this comma'],
    ['{\n  // note\n  "a": 1\n}', 'json-comment', 2, 3, 'comments are not allowed', '"note" field'],
    ['{ /* x */ "a": 1 }', 'json-comment', 1, 3, 'comments are not allowed', 'remove the comment'],
    ['{\n  "a": [1, 2', 'json-unexpected-end', 2, 13, 'unexpected end of file', 'line 2, column 8'],
    [
      '{"a": "abc',
      'json-unexpected-end',
      1,
      7,
      'unexpected end of file inside a text value',
      'closing double quote',
    ],
    ['', 'json-empty', 1, 1, 'the file is empty', 'restore'],
    ['  \n', 'json-empty', 1, 1, 'the file is empty', 'restore'],
    ["{'a': 1}", 'json-bad-quotes', 1, 2, 'single quote', 'double quotes'],
    ['{"a": “x”}', 'json-bad-quotes', 1, 7, 'curly quote', 'word processor'],
    ['{a: 1}', 'json-bad-quotes', 1, 2, 'field name a is not in double quotes', 'write it as "a"'],
    ['{"a": True}', 'json-syntax', 1, 7, '"True" is not a JSON word', 'write true in lower case'],
    ['{"a": yes}', 'json-syntax', 1, 7, 'unexpected word "yes"', 'double quotes: "yes"'],
    ['{"a": 01}', 'json-bad-number', 1, 7, 'cannot start with 0', 'leading zero'],
    ['{"a": 1,000}', 'json-bad-number', 1, 8, 'thousands separator', 'digits only'],
    ['{"a": 1.}', 'json-bad-number', 1, 7, '"1." is not a valid number', 'both sides'],
    ['{"a": .5}', 'json-bad-number', 1, 7, '".5" is not a valid number', 'digits only'],
    ['{"a": +1}', 'json-bad-number', 1, 7, '"+1" is not a valid number', 'no plus sign'],
    ['{"a": 0x10}', 'json-bad-number', 1, 7, '"0x10" is not a valid number', 'digits only'],
    ['{"a": NaN}', 'json-bad-number', 1, 7, 'NaN is not allowed', 'plain number'],
    ['{"a": "x\ny"}', 'json-bad-string', 1, 7, 'not closed before the end of the line', '\\n'],
    ['{"a": "x\ty"}', 'json-bad-string', 1, 9, 'text contains a tab', 'spaces'],
    ['{"a": "x\\qy"}', 'json-bad-string', 1, 9, '"\\q" is not a valid escape', 'backslash'],
    ['{"a": "\\u12G4"}', 'json-bad-string', 1, 8, 'not a valid \\u escape', 'four hex digits'],
    [
      '{"a": 1} {"b": 2}',
      'json-syntax',
      1,
      10,
      'unexpected text after the end of the data',
      'single value',
    ],
    ['{"a": [1, 2}', 'json-syntax', 1, 12, 'found } where ] was expected', 'line 1, column 7'],
    ['{"a" 1}', 'json-syntax', 1, 6, 'expected a colon', '"name": value'],
    ['[1,,2]', 'json-syntax', 1, 4, 'expected a value', 'text in double quotes'],
    ['\uFEFF{"a": 1}', 'json-syntax', 1, 1, 'byte-order mark', 'UTF-8'],
    [
      '{"a": 1, "a": 2}',
      'json-duplicate-key',
      1,
      10,
      'field "a" appears twice',
      'line 1, column 2',
    ],
  ];
  for (const [text, code, line, column, message, hint] of cases) {
    it(`parseJsonWithLocations(${JSON.stringify(text)}) reports ${code} at ${line}:${column}`, () => {
      const { problems, value } = parseJsonWithLocations(text, 'x.json');
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem).toMatchObject({ severity: 'error', file: 'x.json', code, line, column });
      expect(problem?.message).toContain(message);
      expect(problem?.hint).toContain(hint);
      if (code !== 'json-duplicate-key') expect(value).toBeUndefined();
    });
  }

  it('parseJsonWithLocations("{\\"a\\": 1e999}") accepts the number as Infinity (the schema rejects it)', () => {
    expect(parseJsonWithLocations('{"a": 1e999}', 'x.json')).toMatchObject({
      value: { a: Infinity },
      problems: [],
    });
  });
});
