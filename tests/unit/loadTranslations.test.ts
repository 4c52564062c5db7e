/**
 * Which languages are published, and what check:data asks of them: none
 * while a language has no text files (so a copy of data/ without
 * translations builds in English); all of them, and its UI strings, once
 * it has one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import { applyTranslation } from '../../src/data/translations/applyTranslation.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function copyData(withTranslations: boolean): string {
  dir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
  cpSync('data', dir, { recursive: true });
  if (!withTranslations) rmSync(path.join(dir, 'translations'), { recursive: true });
  return dir;
}

const located = (problems: { file: string; code: string; severity: string }[]) =>
  problems
    .filter((p) => p.file.startsWith('translations/'))
    .map((p) => `${p.severity} ${p.file} ${p.code}`);

it('without translations only English is published, and nothing is missing', () => {
  const result = loadDataDir(copyData(false));
  expect(located(result.problems)).toEqual([]);
  expect(Object.keys(result.translations)).toEqual([]);
  expect(result.dataset).not.toBeNull();
});

it('one text file publishes the language: the other files and its UI strings are then errors', () => {
  const data = copyData(false);
  mkdirSync(path.join(data, 'translations', 'uk'), { recursive: true });
  writeFileSync(
    path.join(data, 'translations', 'uk', 'places.json'),
    JSON.stringify({ language: 'uk', places: [] }),
  );
  const problems = located(loadDataDir(data).problems);
  expect(problems).toContain('error translations/uk/story.json translation-missing-file');
  expect(problems).toContain('error translations/uk/ui.json translation-missing-file');
  expect(problems).toContain('error translations/uk/places.json translation-missing');
  expect(problems.some((p) => p.includes('az-Latn'))).toBe(false);
});

it('the real data publishes uk and az-Latn with no error', () => {
  const result = loadDataDir(copyData(true));
  expect(Object.keys(result.translations).sort()).toEqual(['az-Latn', 'uk']);
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
});

it('a published language translates the corrections: a missing corrections.json is an error', () => {
  const data = copyData(true);
  rmSync(path.join(data, 'translations', 'uk', 'corrections.json'));
  const problems = located(loadDataDir(data).problems);
  expect(problems).toContain('error translations/uk/corrections.json translation-missing-file');
  expect(problems.some((p) => p.includes('az-Latn/corrections.json'))).toBe(false);
});

it('a correction with no translation is an error at its list, and a changed English one a warning', () => {
  const data = copyData(true);
  const file = path.join(data, 'translations', 'az-Latn', 'corrections.json');
  writeFileSync(file, JSON.stringify({ language: 'az-Latn', corrections: [] }));
  const english = path.join(data, 'corrections.json');
  const log = JSON.parse(readFileSync(english, 'utf8')) as {
    corrections: { wrong: string }[];
  };
  log.corrections[0]!.wrong += ' (edited)';
  writeFileSync(english, JSON.stringify(log));
  const problems = located(loadDataDir(data).problems);
  expect(problems).toContain('error translations/az-Latn/corrections.json translation-missing');
  expect(problems).toContain('warning translations/uk/corrections.json translation-outdated');
});

it('no English corrections: a language needs no corrections.json', () => {
  const data = copyData(true);
  writeFileSync(path.join(data, 'corrections.json'), JSON.stringify({ corrections: [] }));
  for (const tag of ['uk', 'az-Latn']) {
    rmSync(path.join(data, 'translations', tag, 'corrections.json'));
  }
  const result = loadDataDir(data);
  expect(located(result.problems).filter((p) => p.startsWith('error'))).toEqual([]);
});

it('the translated corrections replace the English words, keeping ids, dates and records', () => {
  const result = loadDataDir(copyData(true));
  const english = result.dataset!.corrections[0]!;
  const uk = applyTranslation(result.dataset!, result.translations.uk!, 'uk').corrections[0]!;
  expect(uk.id).toBe(english.id);
  expect(uk.date).toBe(english.date);
  expect(uk.records).toEqual(english.records);
  expect(uk.wrong).not.toBe(english.wrong);
  expect(uk.now).toContain('has already surpassed $45 million');
  expect(uk.now).toContain('переклад наш');
});
