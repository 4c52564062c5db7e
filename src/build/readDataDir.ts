/**
 * Reads `data/` from disk (Node only): the raw bytes of every file the story
 * uses, for `validateDataset`, which refuses any that are not UTF-8 (reading
 * them as text here would turn a Latin-1 "é" into "�" without a word).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, type ValidationResult } from '../data/validateDataset.ts';
import { DATA_FILES } from '../data/schema.ts';
import { PUBLISHED_FILE } from '../data/publishedSchema.ts';
import { loadTranslations, type LoadedTranslations } from './i18n/loadTranslations.ts';

/**
 * The bytes of each file in DATA_FILES; undefined for a file that does not
 * exist. Other read errors (permissions, a folder with a file's name) throw.
 * @example readDataDir('data') // { 'story.json': Uint8Array […], 'events.json': undefined, … }
 */
export function readDataDir(dir: string): Record<string, Uint8Array | undefined> {
  const files: Record<string, Uint8Array | undefined> = {};
  for (const name of [...Object.keys(DATA_FILES), PUBLISHED_FILE]) {
    try {
      files[name] = readFileSync(join(dir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      files[name] = undefined;
    }
  }
  return files;
}

/** Reads and validates a data directory, with its translations and UI strings. */
export function loadDataDir(
  dir: string,
): ValidationResult & Pick<LoadedTranslations, 'translations' | 'catalogues'> {
  const result = validateDataset(readDataDir(dir));
  const { problems, translations, catalogues } = loadTranslations(dir, result.dataset);
  return { ...result, problems: [...result.problems, ...problems], translations, catalogues };
}
