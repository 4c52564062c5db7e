/**
 * Hostile text in data/: the text checks (src/data/checkText.ts) flag what
 * they must and nothing else, and the validator, given any hostile string
 * in any text field, answers with located problems and never throws.
 */
import { describe, expect, it } from 'vitest';
import { checkString, checkText } from '../../src/data/checkText.ts';
import { buildJsonSchema, describeFields } from '../../src/data/describeSchema.ts';
import { formatPath } from '../../src/data/locateJson.ts';
import { DATA_FILES, type DataFileName, type Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { HOSTILE_STRINGS, type TextCode } from '../fixtures/hostile-strings.ts';
import { getAt, listTextFields, setAt, type TextField } from '../helpers/textFields.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';

const TEXT_CODES: readonly TextCode[] = [
  'unsafe-link',
  'control-character',
  'bidi-control',
  'broken-character',
  'bidi-isolate',
  'replacement-character',
  'html-tag',
  'html-entity',
  'long-word',
  'zero-width-character',
];
const ERROR_CODES: readonly TextCode[] = [
  'unsafe-link',
  'control-character',
  'bidi-control',
  'broken-character',
];
const FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** The valid fixture with every optional text field filled in. */
function fullDataset(): Dataset {
  const dataset = validDataset();
  dataset.sources[0]!.note = 'A note on the source.';
  dataset.rates[0]!.note = 'A note on the rate.';
  dataset.events[1]!.cargo![0]!.note = 'A note on the cargo.';
  dataset.events[1]!.sources[0]!.note = 'A note beside the excerpt.';
  dataset.corrections = [
    {
      id: 'order-amount',
      date: '2026-02-01',
      wrong: 'The order was given as $7 million.',
      now: 'It was $7.6 million.',
      records: { events: ['order-2023-07-17'] },
    },
  ];
  return dataset;
}

function parsedFiles(dataset: Dataset): Record<DataFileName, unknown> {
  const texts = toFiles(dataset);
  return Object.fromEntries(FILE_NAMES.map((f) => [f, JSON.parse(texts[f])])) as Record<
    DataFileName,
    unknown
  >;
}

/** The dataset seen as files, so file paths work on it. */
function asFiles(dataset: Dataset): Record<DataFileName, unknown> {
  return {
    'story.json': dataset.story,
    'sources.json': { sources: dataset.sources },
    'places.json': { places: dataset.places },
    'events.json': { events: dataset.events },
    'rates.json': { rates: dataset.rates },
    'steps.json': { steps: dataset.steps },
    'corrections.json': { corrections: dataset.corrections },
  };
}

/** `events[].title` for ['events', 3, 'title']. */
const kindOf = (field: TextField) =>
  `${field.file}:${formatPath(field.path).replace(/\[\d+\]/g, '[]')}`;

/** One field of each kind: the validator reads every instance of a kind the same way. */
function oneFieldPerKind(): TextField[] {
  const seen = new Map<string, TextField>();
  for (const field of listTextFields(parsedFiles(fullDataset()))) {
    if (!seen.has(kindOf(field))) seen.set(kindOf(field), field);
  }
  return [...seen.values()];
}

describe('checkString', () => {
  const cases: [string, string, string[]][] = [
    ['Plain text with *emphasis* and [a link](https://example.org).', 'text', []],
    ['[x](javascript:alert(1))', 'text', ['unsafe-link']],
    ['[](javascript:alert(1))', 'text', []],
    ['a\u0000b', 'title', ['control-character']],
    ['tab\tand\nnewline and\r\nWindows line ends', 'text', []],
    ['\u202Etxt.exe', 'name', ['bidi-control']],
    ['\u2068isolated\u2069', 'name', ['bidi-isolate']],
    ['\uDC00', 'title', ['broken-character']],
    ['caf\uFFFD', 'title', ['replacement-character']],
    ['<em>x</em>', 'text', ['html-tag']],
    ['1 < 2 and 3 > 2', 'text', []],
    ['AT&T and R&D', 'text', []],
    ['&nbsp;', 'text', ['html-entity']],
    ['x'.repeat(41), 'text', ['long-word']],
    ['x'.repeat(40), 'text', []],
    ['[a link with a long address](https://example.org/' + 'a'.repeat(80) + ')', 'text', []],
    ['https://example.org/' + 'a'.repeat(80), 'url', []],
    ['🇦🇿'.repeat(30), 'text', []],
  ];
  it.each(cases)('checkString(%j, %j) flags %j', (text, key, codes) => {
    expect(checkString(text, key).map((f) => f.code)).toEqual(codes);
  });

  it('checkString names the character it found, in U+ notation', () => {
    const [finding] = checkString('x\u202Ey', 'title');
    expect(finding?.message).toContain('U+202E (right-to-left override)');
  });

  it('checkString suggests a link for a bare long address', () => {
    const [finding] = checkString(`https://example.org/${'a'.repeat(60)}`, 'text');
    expect(finding?.hint).toContain('[the report](https://…)');
  });

  it.each(HOSTILE_STRINGS.map((h) => [h.name, h] as const))(
    'checkString(%s) gives exactly the expected codes',
    (_name, hostile) => {
      const codes = checkString(hostile.text, 'text').map((f) => f.code);
      expect([...codes].sort()).toEqual([...hostile.flags].sort());
    },
  );
});

describe('checkText', () => {
  it('checkText(data, locate) locates each problem at its value and leaves the data as it was', () => {
    const dataset = validDataset();
    dataset.steps[1]!.text = 'See [this](javascript:alert(1)).';
    dataset.places[0]!.name = 'Sumgait\u0000';
    const before = structuredClone(dataset);
    const calls: string[] = [];
    const problems = checkText(dataset, (file, path) => {
      calls.push(`${file}:${formatPath(path)}`);
      return { line: 7, column: 3 };
    });
    expect(dataset).toEqual(before);
    expect(problems.map((p) => [p.severity, p.code, p.file, p.path, p.line, p.column])).toEqual([
      ['error', 'control-character', 'places.json', 'places[0].name', 7, 3],
      ['error', 'unsafe-link', 'steps.json', 'steps[1].text', 7, 3],
    ]);
    expect(calls).toEqual(['places.json:places[0].name', 'steps.json:steps[1].text']);
  });

  it('validateDataset points at the line and column of the hostile value', () => {
    const dataset = validDataset();
    dataset.events[2]!.title = '<img src=x onerror=alert(1)>';
    const files = toFiles(dataset);
    const problem = validateDataset(files).problems.find((p) => p.code === 'html-tag');
    const lines = files['events.json'].split('\n');
    const line = lines[(problem?.line ?? 0) - 1] ?? '';
    expect(line.slice((problem?.column ?? 0) - 1)).toMatch(/^"<img src=x/);
    expect(problem).toMatchObject({ severity: 'warning', path: 'events[2].title' });
  });
});

describe('validateDataset with a hostile string in every text field', () => {
  const fields = oneFieldPerKind();

  it('the fixture covers every text field the schema has', () => {
    const fromSchema = FILE_NAMES.flatMap((file) =>
      describeFields(buildJsonSchema(file))
        .filter((row) => row.type.startsWith('text') && row.path !== '$schema')
        .map((row) => `${file}:${row.path}`),
    );
    expect(fields.map(kindOf).sort()).toEqual(fromSchema.sort());
  });

  it.each(HOSTILE_STRINGS.map((h) => [h.name, h] as const))(
    'validateDataset(%s in each text field) flags it there, refuses errors, keeps the rest verbatim',
    (_name, hostile) => {
      for (const field of fields) {
        const dataset = fullDataset();
        setAt(asFiles(dataset)[field.file], field.path, hostile.text);
        const files = toFiles(dataset);
        const where = `${hostile.name} in ${kindOf(field)}`;

        const result = validateDataset(files);

        expect(
          result.problems.filter((p) => p.code === 'internal-error'),
          where,
        ).toEqual([]);
        for (const p of result.problems) {
          expect(p.line >= 1 && p.column >= 1, where).toBe(true);
          expect(p.line, where).toBeLessThanOrEqual(
            files[p.file as DataFileName].split('\n').length,
          );
        }
        const here = result.problems.filter(
          (p) => p.file === field.file && p.path === formatPath(field.path),
        );
        // Zod counts code points, not UTF-16 units.
        const fits = [...hostile.text.trim()].length <= field.maxLength;
        if (fits) {
          const codes = here.map((p) => p.code).filter((c) => (TEXT_CODES as string[]).includes(c));
          expect([...new Set(codes)].sort(), where).toEqual([...hostile.flags].sort());
        } else {
          expect(
            here.some((p) => p.severity === 'error' && p.code !== 'internal-error'),
            where,
          ).toBe(true);
        }
        const refused = !fits || hostile.flags.some((c) => ERROR_CODES.includes(c));
        expect(result.dataset === null, where).toBe(refused);
        if (result.dataset) {
          const kept = getAt(asFiles(result.dataset)[field.file], field.path);
          expect([hostile.text, hostile.text.trim()], where).toContain(kept);
        }
      }
    },
  );
});
