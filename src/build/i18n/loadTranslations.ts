/**
 * Reads and checks every published language's files (Node only):
 * data/translations/<tag>/{story,steps,events,places,sources}.json against
 * the English, and data/translations/<tag>/ui.json against data/ui/en.json.
 * Every problem is located in its file (`translations/uk/steps.json:12:7`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonWithLocations } from '../../data/locateJson.ts';
import { formatPath } from '../../data/locateJson.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Problem } from '../../lib/model/problem.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../../lib/i18n/locales.ts';
import type { UiStrings } from '../../lib/i18n/uiStrings.ts';
import {
  TRANSLATION_FILES,
  TRANSLATION_FILE_NAMES,
  type Translation,
  type TranslationFileName,
} from '../../data/translations/translationSchema.ts';
import { checkTranslation } from '../../data/translations/checkTranslation.ts';
import { extrasSchema } from '../../data/translations/translationSchema.ts';
import { checkUiCatalogue } from '../../data/translations/checkUiCatalogue.ts';

export interface LoadedTranslations {
  problems: Problem[];
  /** Each published language's translated records (not English, nor a language with no files yet). */
  translations: Partial<Record<Locale, Translation>>;
  /** Each language's UI strings (a broken catalogue falls back to English). */
  catalogues: Record<Locale, UiStrings>;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The English content of each translated file, as the checks compare it. */
export function englishContent(dataset: Dataset): Record<TranslationFileName, unknown> {
  return {
    'story.json': dataset.story,
    'steps.json': { steps: dataset.steps },
    'events.json': { events: dataset.events },
    'places.json': { places: dataset.places },
    'sources.json': { sources: dataset.sources },
    'corrections.json': { corrections: dataset.corrections },
  };
}

const missingFile = (file: string, hint: string): Problem => ({
  severity: 'error',
  code: 'translation-missing-file',
  file,
  line: 1,
  column: 1,
  path: '',
  message: 'the file is missing: every published language translates every text',
  hint,
});

/**
 * One language's content files: schema, then the comparison with the
 * English. A language with none of them is not published yet (no page is
 * built for it); one with some must have all.
 */
function loadLanguage(dir: string, tag: Locale, dataset: Dataset | null) {
  const problems: Problem[] = [];
  const translation: Translation = { language: tag };
  const english = dataset ? englishContent(dataset) : null;
  const texts = TRANSLATION_FILE_NAMES.map((file) =>
    readText(join(dir, 'translations', tag, file)),
  );
  if (texts.every((text) => text === undefined)) return { problems, translation: null };
  for (const [index, file] of TRANSLATION_FILE_NAMES.entries()) {
    const where = `translations/${tag}/${file}`;
    const text = texts[index];
    if (text === undefined) {
      // No corrections yet: nothing to translate, and no file needed.
      if (file === 'corrections.json' && dataset?.corrections.length === 0) continue;
      problems.push(
        missingFile(
          where,
          `translate data/${file} into data/${where} (see data/README.md, "Translations")`,
        ),
      );
      continue;
    }
    const parsed = parseJsonWithLocations(text, where);
    problems.push(...parsed.problems);
    if (parsed.value === undefined) continue;
    const result = TRANSLATION_FILES[file].safeParse(parsed.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        problems.push({
          severity: 'error',
          code: 'translation-schema',
          file: where,
          ...parsed.locate(path),
          path: formatPath(path),
          message: issue.message,
          hint: 'see data/README.md, "Translations", for the fields each record takes',
        });
      }
    } else {
      const data = result.data as Record<string, unknown>;
      if (data.language !== tag) {
        problems.push({
          severity: 'error',
          code: 'translation-language',
          file: where,
          ...parsed.locate(['language']),
          path: 'language',
          message: `language must be "${tag}", the folder's language`,
          hint: `write "language": "${tag}"`,
        });
      }
      const key = file === 'story.json' ? 'story' : file.replace('.json', '');
      Object.assign(translation, { [key]: file === 'story.json' ? data : data[key] });
    }
    if (english) {
      problems.push(
        ...checkTranslation({
          file,
          tag,
          english: english[file],
          translated: parsed.value,
          locate: parsed.locate,
        }),
      );
    }
  }
  problems.push(...loadExtras(dir, tag, dataset, translation));
  return { problems, translation };
}

/** extras.json (optional): excerpt translations, cargo notes, descriptive source titles. */
function loadExtras(
  dir: string,
  tag: Locale,
  dataset: Dataset | null,
  translation: Translation,
): Problem[] {
  const where = `translations/${tag}/extras.json`;
  const text = readText(join(dir, 'translations', tag, 'extras.json'));
  if (text === undefined) return [];
  const parsed = parseJsonWithLocations(text, where);
  if (parsed.value === undefined) return parsed.problems;
  const result = extrasSchema.safeParse(parsed.value);
  const problems = [...parsed.problems];
  const at = (path: (string | number)[], code: string, message: string, hint: string) =>
    problems.push({
      severity: 'error',
      code,
      file: where,
      ...parsed.locate(path),
      path: formatPath(path),
      message,
      hint,
    });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      at(path, 'translation-schema', issue.message, 'see data/README.md, "Translations"');
    }
    return problems;
  }
  translation.extras = result.data;
  if (!dataset) return problems;
  // A translated quote must translate the excerpt the English holds now.
  const excerpts = new Set(
    dataset.events.flatMap((e) => e.sources.map((c) => `${e.id}|${c.source}|${c.excerpt ?? ''}`)),
  );
  result.data.excerpts?.forEach((event, i) =>
    event.sources.forEach((quote, j) => {
      if (excerpts.has(`${event.id}|${quote.source}|${quote.excerpt}`)) return;
      at(
        ['excerpts', i, 'sources', j, 'excerpt'],
        'translation-quote-changed',
        `event "${event.id}" has no excerpt from "${quote.source}" reading exactly this`,
        'copy the English excerpt as it is now in events.json, and check the translation against it',
      );
    }),
  );
  return problems;
}

/**
 * @example loadTranslations('data', dataset).problems // [{ file: 'translations/uk/steps.json', code: 'translation-missing', … }]
 */
export function loadTranslations(dir: string, dataset: Dataset | null): LoadedTranslations {
  const problems: Problem[] = [];
  const enText = readText(join(dir, 'ui', 'en.json'));
  const en = enText === undefined ? undefined : parseJsonWithLocations(enText, 'ui/en.json');
  const enStrings = (en?.value as { strings?: UiStrings } | undefined)?.strings;
  if (!enStrings) {
    problems.push({
      severity: 'error',
      code: 'ui-catalogue-missing',
      file: 'ui/en.json',
      line: 1,
      column: 1,
      path: '',
      message: 'the English UI strings are missing or not valid JSON',
      hint: 'restore data/ui/en.json from git',
    });
  }
  const fallback = enStrings ?? ({} as UiStrings);
  const catalogues = { en: fallback, uk: fallback, 'az-Latn': fallback } as Record<
    Locale,
    UiStrings
  >;
  const translations: LoadedTranslations['translations'] = {};
  for (const tag of LOCALES) {
    if (tag === SOURCE_LOCALE) continue;
    const language = loadLanguage(dir, tag, dataset);
    problems.push(...language.problems);
    // A language with no texts yet is not published: its UI strings are not needed either.
    if (!language.translation) continue;
    translations[tag] = language.translation;
    const where = `translations/${tag}/ui.json`;
    const text = readText(join(dir, 'translations', tag, 'ui.json'));
    if (text === undefined)
      problems.push(missingFile(where, 'copy data/ui/en.json there and translate its strings'));
    else {
      const parsed = parseJsonWithLocations(text, where);
      problems.push(...parsed.problems);
      if (parsed.value !== undefined && enStrings) {
        const found = checkUiCatalogue(enStrings, parsed.value, tag, parsed.locate);
        problems.push(...found);
        if (!found.length) catalogues[tag] = (parsed.value as { strings: UiStrings }).strings;
      }
    }
  }
  return { problems, translations, catalogues };
}
