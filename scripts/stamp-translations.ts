/**
 * `npm run translations:stamp -- [tag …] [--id id …]`: after reviewing a
 * translation against the English, records which English it now matches,
 * so check:data can warn when the English changes again
 * (translation-outdated). Without arguments: every record of every
 * published language. Refuses to stamp while data/ has errors in English.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataDir } from '../src/build/readDataDir.ts';
import { englishContent } from '../src/build/i18n/loadTranslations.ts';
import { stampTranslation } from '../src/data/translations/stampTranslation.ts';
import { TRANSLATION_FILE_NAMES } from '../src/data/translations/translationSchema.ts';
import { LOCALES, SOURCE_LOCALE, isLocale } from '../src/lib/i18n/locales.ts';

const dir = process.env.STORY_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const args = process.argv.slice(2);
const tags = args.filter((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--id');
const ids = args.flatMap((a, i) => (args[i - 1] === '--id' ? [a] : []));
for (const tag of tags) {
  if (!isLocale(tag) || tag === SOURCE_LOCALE) {
    console.error(
      `unknown language "${tag}": use ${LOCALES.filter((l) => l !== SOURCE_LOCALE).join(', ')}`,
    );
    process.exit(2);
  }
}

const { dataset } = loadDataDir(dir);
if (!dataset) {
  console.error('data/ has errors in the English files: fix them first (npm run check:data)');
  process.exit(1);
}
const english = englishContent(dataset);
const only = ids.length ? new Set(ids) : undefined;
let total = 0;
for (const tag of tags.length ? tags : LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
  for (const file of TRANSLATION_FILE_NAMES) {
    const path = join(dir, 'translations', tag, file);
    if (!existsSync(path)) continue;
    const { text, stamped } = stampTranslation(
      file,
      english[file],
      readFileSync(path, 'utf8'),
      only,
    );
    if (!stamped.length) continue;
    writeFileSync(path, text);
    total += stamped.length;
    console.log(
      `data/translations/${tag}/${file}: stamped ${stamped.map((id) => id || '(story)').join(', ')}`,
    );
  }
}
console.log(
  total
    ? `${total} record(s) stamped`
    : 'nothing to stamp: every reviewed record already matches the English',
);
