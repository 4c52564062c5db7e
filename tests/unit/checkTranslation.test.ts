/**
 * The translation checks on small fixtures: missing records and fields
 * (errors), unknown ids (errors), citations out of the English order
 * (error), an outdated translation (warning), an unstamped file
 * (warning); the stamp that clears the warning; the UI catalogue check.
 */
import { describe, expect, it } from 'vitest';
import { checkTranslation } from '../../src/data/translations/checkTranslation.ts';
import { checkUiCatalogue } from '../../src/data/translations/checkUiCatalogue.ts';
import { stampTranslation } from '../../src/data/translations/stampTranslation.ts';
import { fingerprint } from '../../src/data/translations/fingerprint.ts';
import { parseJsonWithLocations } from '../../src/data/locateJson.ts';
import en from '../../data/ui/en.json';
import uk from '../../data/translations/uk/ui.json';
import az from '../../data/translations/az-Latn/ui.json';

const ENGLISH_STEPS = {
  steps: [
    { id: 'first', title: 'First convoy', text: 'It left Sumgait.', map: {}, timeline: {} },
    { id: 'second', title: 'Second convoy', text: 'It left Baku.', map: {}, timeline: {} },
  ],
};
const ENGLISH_EVENTS = {
  events: [
    {
      id: 'convoy',
      title: 'Convoy',
      text: 'Trucks left.',
      sources: [
        { source: 'trend', note: 'Reports the convoy.' },
        { source: 'apa', excerpt: 'verbatim' },
      ],
    },
  ],
};

function check(file: 'steps.json' | 'events.json', english: unknown, translated: unknown) {
  const text = JSON.stringify(translated, null, 2);
  const { locate } = parseJsonWithLocations(text, file);
  return checkTranslation({ file, tag: 'uk', english, translated, locate });
}

const codes = (problems: { code: string; severity: string }[]) =>
  problems.map((p) => `${p.severity} ${p.code}`).sort();

const stamp = (id: 'first' | 'second') =>
  fingerprint({
    title: ENGLISH_STEPS.steps.find((s) => s.id === id)!.title,
    text: ENGLISH_STEPS.steps.find((s) => s.id === id)!.text,
  });

describe('checkTranslation', () => {
  it('a complete, stamped translation has no problems', () => {
    const problems = check('steps.json', ENGLISH_STEPS, {
      language: 'uk',
      steps: [
        {
          id: 'first',
          from: stamp('first'),
          title: 'Перша колона',
          text: 'Вона вирушила з Сумгаїта.',
        },
        {
          id: 'second',
          from: stamp('second'),
          title: 'Друга колона',
          text: 'Вона вирушила з Баку.',
        },
      ],
    });
    expect(problems).toEqual([]);
  });

  it('a missing record is an error, located at the list, naming the id', () => {
    const problems = check('steps.json', ENGLISH_STEPS, {
      language: 'uk',
      steps: [{ id: 'first', from: stamp('first'), title: 'Перша колона', text: 'Текст.' }],
    });
    expect(codes(problems)).toEqual(['error translation-missing']);
    expect(problems[0]).toMatchObject({
      file: 'translations/uk/steps.json',
      line: 3,
      column: 12,
      path: 'steps',
    });
    expect(problems[0]!.message).toContain('"second"');
  });

  it('a missing field is an error at its record', () => {
    const problems = check('steps.json', ENGLISH_STEPS, {
      language: 'uk',
      steps: [
        { id: 'first', from: stamp('first'), title: 'Перша колона' },
        { id: 'second', from: stamp('second'), title: 'Друга колона', text: 'Текст.' },
      ],
    });
    expect(codes(problems)).toEqual(['error translation-missing-field']);
    expect(problems[0]).toMatchObject({ path: 'steps[0]', line: 4 });
    expect(problems[0]!.message).toBe('text of step "first" is not translated');
  });

  it('an id the English lacks is an error at the id', () => {
    const problems = check('steps.json', ENGLISH_STEPS, {
      language: 'uk',
      steps: [
        { id: 'first', from: stamp('first'), title: 'А', text: 'Б' },
        { id: 'second', from: stamp('second'), title: 'В', text: 'Г' },
        { id: 'thrid', title: 'Д', text: 'Е' },
      ],
    });
    expect(codes(problems)).toEqual(['error translation-unknown-id']);
    expect(problems[0]).toMatchObject({ path: 'steps[2].id' });
    expect(problems[0]!.hint).toContain("English record's id");
  });

  it('an outdated translation is a warning at its from, with the stamp hint', () => {
    const problems = check('steps.json', ENGLISH_STEPS, {
      language: 'uk',
      steps: [
        {
          id: 'first',
          from: fingerprint({ title: 'First convoy', text: 'It left.' }),
          title: 'А',
          text: 'Б',
        },
        { id: 'second', from: stamp('second'), title: 'В', text: 'Г' },
      ],
    });
    expect(codes(problems)).toEqual(['warning translation-outdated']);
    expect(problems[0]).toMatchObject({ path: 'steps[0].from' });
    expect(problems[0]!.hint).toContain('npm run translations:stamp');
  });

  it('records without from are one warning for the file', () => {
    const problems = check('steps.json', ENGLISH_STEPS, {
      language: 'uk',
      steps: [
        { id: 'first', title: 'А', text: 'Б' },
        { id: 'second', title: 'В', text: 'Г' },
      ],
    });
    expect(codes(problems)).toEqual(['warning translation-unstamped']);
    expect(problems[0]!.message).toMatch(/^2 records have no "from"/);
  });

  it('citations follow the English; a note the English lacks is an error', () => {
    const from = fingerprint({
      title: 'Convoy',
      text: 'Trucks left.',
      'sources[0].note': 'Reports the convoy.',
    });
    const ok = check('events.json', ENGLISH_EVENTS, {
      language: 'uk',
      events: [
        {
          id: 'convoy',
          from,
          title: 'Колона',
          text: 'Вантажівки вирушили.',
          sources: [{ source: 'trend', note: 'Повідомляє про колону.' }, { source: 'apa' }],
        },
      ],
    });
    expect(ok).toEqual([]);
    const swapped = check('events.json', ENGLISH_EVENTS, {
      language: 'uk',
      events: [
        {
          id: 'convoy',
          from,
          title: 'Колона',
          text: 'Т',
          sources: [{ source: 'apa', note: 'Н' }, { source: 'trend' }],
        },
      ],
    });
    expect(codes(swapped)).toEqual(['error translation-citations']);
    const extraNote = check('events.json', ENGLISH_EVENTS, {
      language: 'uk',
      events: [
        {
          id: 'convoy',
          from,
          title: 'Колона',
          text: 'Т',
          sources: [{ source: 'trend' }, { source: 'apa', note: 'Н' }],
        },
      ],
    });
    expect(codes(extraNote)).toEqual([
      'error translation-missing-field',
      'error translation-unknown-field',
    ]);
  });
});

describe('stampTranslation', () => {
  it('writes the current fingerprint, keeps the layout, and clears the warnings', () => {
    const text = JSON.stringify(
      {
        language: 'uk',
        steps: [
          { id: 'first', title: 'А', text: 'Б' },
          { id: 'second', from: '000000000000', title: 'В', text: 'Г' },
        ],
      },
      null,
      2,
    );
    const { text: stamped, stamped: ids } = stampTranslation('steps.json', ENGLISH_STEPS, text);
    expect(ids).toEqual(['first', 'second']);
    expect(stamped).toContain(`"from": "${stamp('first')}"`);
    expect(stamped.split('\n')[1]).toBe('  "language": "uk",');
    expect(check('steps.json', ENGLISH_STEPS, JSON.parse(stamped))).toEqual([]);
    // Stamping again changes nothing; --id stamps only the named records.
    expect(stampTranslation('steps.json', ENGLISH_STEPS, stamped).stamped).toEqual([]);
    expect(
      stampTranslation('steps.json', ENGLISH_STEPS, text, new Set(['second'])).stamped,
    ).toEqual(['second']);
  });
});

describe('checkUiCatalogue', () => {
  const english = { 'page.notes': 'Notes on the data', 'page.allSteps': 'All {n} steps' };
  const run = (translated: unknown) => {
    const text = JSON.stringify(translated, null, 2);
    return checkUiCatalogue(
      english,
      translated,
      'uk',
      parseJsonWithLocations(text, 'ui.json').locate,
    );
  };
  it('accepts the same keys with the same placeholders', () => {
    expect(
      run({
        language: 'uk',
        strings: { 'page.notes': 'Примітки', 'page.allSteps': 'Усі кроки ({n})' },
      }),
    ).toEqual([]);
  });
  it('reports a missing key, a lost placeholder and an unknown key', () => {
    const problems = run({
      language: 'uk',
      strings: { 'page.allSteps': 'Усі кроки', 'page.extra': 'x' },
    });
    expect(codes(problems)).toEqual([
      'error ui-string-missing',
      'error ui-string-placeholder',
      'error ui-string-unknown',
    ]);
    expect(problems.find((p) => p.code === 'ui-string-unknown')).toMatchObject({
      path: 'strings["page.extra"]',
      line: 5,
    });
  });
  it('reports a placeholder the English does not have (a misspelt or repeated one shows as text)', () => {
    const problems = run({
      language: 'uk',
      strings: { 'page.notes': 'Примітки {lable}', 'page.allSteps': 'Усі кроки ({n})' },
    });
    expect(codes(problems)).toEqual(['error ui-string-placeholder']);
    expect(problems[0]!.message).toContain('{lable}');
    const twice = run({
      language: 'uk',
      strings: { 'page.notes': 'Примітки', 'page.allSteps': 'Усі кроки ({n}) {n}' },
    });
    expect(codes(twice)).toEqual(['error ui-string-placeholder']);
  });
  it.each([
    ['grammar.genitiveAfter', 'about,up-to'],
    ['grammar.genitiveAfter', 'близько'],
    ['grammar.genitiveAfter', 'about exact'],
    ['grammar.nounAfterMillion', 'багато'],
  ])('refuses %s = %j: grammar the formatters read, not words', (key, value) => {
    const withGrammar = {
      ...english,
      'grammar.genitiveAfter': 'none',
      'grammar.nounAfterMillion': 'other',
    };
    const strings = {
      'page.notes': 'Примітки',
      'page.allSteps': 'Усі кроки ({n})',
      'grammar.genitiveAfter': 'about up-to',
      'grammar.nounAfterMillion': 'many',
      [key]: value,
    };
    const text = JSON.stringify({ language: 'uk', strings }, null, 2);
    const problems = checkUiCatalogue(
      withGrammar,
      { language: 'uk', strings },
      'uk',
      parseJsonWithLocations(text, 'ui.json').locate,
    );
    expect(codes(problems)).toEqual(['error ui-grammar-value']);
    expect(problems[0]).toMatchObject({ path: `strings["${key}"]` });
  });
  it('the real uk and az-Latn catalogues match the English one', () => {
    for (const [tag, catalogue] of [
      ['uk', uk],
      ['az-Latn', az],
    ] as const) {
      const text = JSON.stringify(catalogue);
      expect(
        checkUiCatalogue(
          en.strings,
          catalogue,
          tag,
          parseJsonWithLocations(text, 'ui.json').locate,
        ),
      ).toEqual([]);
    }
  });
});
