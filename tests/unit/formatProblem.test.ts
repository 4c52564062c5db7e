import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../src/data/formatProblem.ts';
import type { Problem } from '../../src/lib/model/problem.ts';

const error: Problem = {
  severity: 'error',
  code: 'invalid-choice',
  file: 'events.json',
  line: 12,
  column: 5,
  path: 'events[3].amount.currency',
  message: 'must be one of USD, AZN, EUR',
  hint: 'write it exactly as listed',
};
const warning: Problem = {
  severity: 'warning',
  code: 'unused-source',
  file: 'sources.json',
  line: 4,
  column: 13,
  path: 'sources[0].id',
  message: 'source "x" is not cited by any event or rate',
};
const wholeFile: Problem = {
  severity: 'error',
  code: 'missing-file',
  file: 'rates.json',
  line: 1,
  column: 1,
  path: '',
  message: 'the file is missing',
  hint: 'create it',
};

describe('formatProblem', () => {
  const cases: [string, Problem, string | undefined, string][] = [
    [
      'an error',
      error,
      undefined,
      'data/events.json:12:5  events[3].amount.currency  must be one of USD, AZN, EUR  (hint: write it exactly as listed)',
    ],
    [
      'a warning without hint',
      warning,
      undefined,
      'warning  data/sources.json:4:13  sources[0].id  source "x" is not cited by any event or rate',
    ],
    [
      'a whole-file problem',
      wholeFile,
      undefined,
      'data/rates.json:1:1  the file is missing  (hint: create it)',
    ],
    [
      'an error in another folder',
      error,
      'fixtures/',
      'fixtures/events.json:12:5  events[3].amount.currency  must be one of USD, AZN, EUR  (hint: write it exactly as listed)',
    ],
  ];
  for (const [what, problem, dir, expected] of cases) {
    it(`formatProblem(${what}${dir ? `, '${dir}'` : ''}) is ${JSON.stringify(expected)}`, () => {
      const before = structuredClone(problem);
      expect(formatProblem(problem, dir)).toBe(expected);
      expect(problem).toEqual(before);
    });
  }
});

describe('formatReport', () => {
  it('formatReport([error, warning, wholeFile]) lists them and ends with "2 errors, 1 warning in data/"', () => {
    const lines = formatReport([error, warning, wholeFile]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(formatProblem(error));
    expect(lines[3]).toBe('2 errors, 1 warning in data/');
  });

  it('formatReport([]) is "0 errors, 0 warnings in data/"', () => {
    expect(formatReport([])).toBe('0 errors, 0 warnings in data/');
  });

  it('formatReport([warning, warning], "tmp/data") counts "0 errors, 2 warnings in tmp/data/"', () => {
    expect(formatReport([warning, warning], 'tmp/data').split('\n').at(-1)).toBe(
      '0 errors, 2 warnings in tmp/data/',
    );
  });
});
