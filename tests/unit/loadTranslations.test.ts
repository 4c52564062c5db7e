/**
 * Which languages are published, and what check:data asks of them: none
 * while a language has no text files (so a copy of data/ without
 * translations builds in English); all of them, and its UI strings, once
 * it has one.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadDataDir } from '../../src/build/readDataDir.ts';

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
