import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/model/problem.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { DATA_FILES } from '../../src/data/schema.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';

const ZOD_INTERNALS =
  /Invalid input|Invalid option|Unrecognized key|Too (big|small)|expected \w+, received/;

function brief(problems: Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.file}:${p.line}:${p.column} ${p.path} ${p.code}`);
}

describe('validateDataset', () => {
  it('validateDataset(valid files) returns the dataset and no problems', () => {
    const files = toFiles(validDataset());
    const result = validateDataset(files);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(validDataset());
  });

  it('validateDataset({…"title": "  First convoy  "…}) returns the trimmed text', () => {
    const dataset = validDataset();
    dataset.events[1]!.title = '  First convoy  ';
    expect(validateDataset(toFiles(dataset)).dataset?.events[1]?.title).toBe('First convoy');
  });

  it('validateDataset({}) reports each missing file, sorted by file name', () => {
    const { dataset, problems } = validateDataset({});
    expect(dataset).toBeNull();
    expect(brief(problems)).toEqual([
      'error corrections.json:1:1  missing-file',
      'error events.json:1:1  missing-file',
      'error places.json:1:1  missing-file',
      'error rates.json:1:1  missing-file',
      'error sources.json:1:1  missing-file',
      'error steps.json:1:1  missing-file',
      'error story.json:1:1  missing-file',
    ]);
  });

  it('validateDataset(three broken files) reports every problem at once, sorted by file then line', () => {
    const dataset = validDataset();
    dataset.events[0]!.amount!.currency = 'GBP' as 'USD';
    dataset.rates[0]!.source = 'cbr';
    const files = toFiles(dataset);
    files['places.json'] = files['places.json']!.replace('"kind": "capital"', '"kind": "capital",');
    const { dataset: result, problems } = validateDataset(files);
    expect(result).toBeNull();
    expect(brief(problems)).toEqual([
      'error events.json:11:21 events[0].amount.currency invalid-choice',
      'error places.json:17:24  json-trailing-comma',
      'error rates.json:7:17 rates[0].source unknown-source',
    ]);
  });

  it('validateDataset(places.json malformed) still checks the other files against each other', () => {
    const dataset = validDataset();
    dataset.steps[0]!.timeline.highlight = ['nothing-like-this'];
    const files = toFiles(dataset);
    files['places.json'] = '{';
    const codes = validateDataset(files).problems.map((p) => p.code);
    expect(codes).toEqual(['json-unexpected-end', 'unknown-event']);
  });

  it('validateDataset(files with only warnings) still returns the dataset', () => {
    const dataset = validDataset();
    dataset.sources.push({ ...dataset.sources[0]!, id: 'never-cited' });
    const result = validateDataset(toFiles(dataset));
    expect(brief(result.problems)).toEqual([
      'warning sources.json:29:13 sources[3].id unused-source',
    ]);
    expect(result.dataset?.sources).toHaveLength(4);
  });

  it('validateDataset({…two unknown keys…}) reports one problem per key, at the key', () => {
    const files = toFiles(validDataset());
    files['rates.json'] = files['rates.json']!.replace(
      '"perUsd": 1.7,',
      '"perUsd": 1.7, "perUSD": 1.7, "comment": "x",',
    );
    const problems = validateDataset(files).problems;
    expect(brief(problems)).toEqual([
      'error rates.json:5:22 rates[0].perUSD unknown-field',
      'error rates.json:5:37 rates[0].comment unknown-field',
    ]);
    expect(problems[0]?.hint).toBe('remove it, or check its spelling: did you mean "perUsd"?');
    expect(problems[1]?.hint).toBe(
      'remove it, or check its spelling; fields allowed here: currency, perUsd, from, to, source, note',
    );
  });

  it('validateDataset({…steps[0] without "map"…}) shows the shape to add', () => {
    const dataset = validDataset();
    delete (dataset.steps[0] as Partial<(typeof dataset.steps)[0]>).map;
    const [problem] = validateDataset(toFiles(dataset)).problems;
    expect(problem).toMatchObject({
      code: 'missing-field',
      path: 'steps[0].map',
      line: 3,
      column: 5,
    });
    expect(problem?.hint).toBe(
      'add "map": { "extent": …, "countries": …, "places": …, "flows": … }',
    );
  });

  it('validateDataset({…"sources":[{"source":…}] missing…}) says what the field is for', () => {
    const dataset = validDataset();
    delete (dataset.events[0]!.sources[0] as Partial<(typeof dataset.events)[0]['sources'][0]>)
      .source;
    const [problem] = validateDataset(toFiles(dataset)).problems;
    expect(problem).toMatchObject({ code: 'missing-field', path: 'events[0].sources[0].source' });
    expect(problem?.hint).toBe('add "source": "…" (Id of a record in sources.json)');
  });

  it('validateDataset(anything) never shows Zod internals', () => {
    const files = toFiles(validDataset());
    files['events.json'] = JSON.stringify({
      events: [{ id: 5, date: null, kind: [], sources: {} }, 'x'],
    });
    files['story.json'] = JSON.stringify({ language: 'English', notes: [{}], extra: true });
    files['steps.json'] = JSON.stringify({
      steps: [{ map: { countries: ['ua'] }, timeline: { series: ['x'] } }],
    });
    const problems = validateDataset(files).problems;
    expect(problems.length).toBeGreaterThan(10);
    for (const p of problems) {
      expect(p.message).not.toMatch(ZOD_INTERNALS);
      expect(p.hint ?? '').not.toMatch(ZOD_INTERNALS);
      expect(p.hint).toBeTruthy();
    }
  });

  it('validateDataset(files) does not mutate its input', () => {
    const files = toFiles(validDataset());
    const before = structuredClone(files);
    const result = validateDataset(files);
    expect(files).toEqual(before);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('validateDataset(null, numbers, getters that throw) never throws', () => {
    const weird: unknown[] = [
      null,
      undefined,
      42,
      'events.json',
      { 'events.json': 5 },
      { 'events.json': '{"events": [{"__proto__": {"id": "x"}}]}' },
      {
        get 'story.json'(): string {
          throw new Error('boom');
        },
      },
    ];
    for (const [index, input] of weird.entries()) {
      const result = validateDataset(input as Record<string, string>);
      expect(result.dataset).toBeNull();
      expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
      // Only the getter that throws may end as an internal error: everything
      // else must be explained to the editor, not caught by the safety net.
      const internal = result.problems.some((p) => p.code === 'internal-error');
      expect(internal, `input ${index}`).toBe(index === 6);
    }
    for (const input of [null, undefined, 42, 'events.json']) {
      const codes = validateDataset(input as unknown as Record<string, string>).problems.map(
        (p) => p.code,
      );
      expect(codes).toEqual(Array(Object.keys(DATA_FILES).length).fill('missing-file'));
    }
  });
});
