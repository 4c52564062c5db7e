/**
 * `npm run publish:figures [-- --date YYYY-MM-DD] [--force]`: records the figures
 * as readers now see them in data/published.json (commit it with the
 * release). From then on, `npm run check:data` warns when a published
 * figure changes without a correction in data/corrections.json.
 *
 * Refuses when the data has errors, and when a published figure changed
 * with no correction naming it (publishing would forget the old figure);
 * `--force` records the figures anyway, for changes readers never saw.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataDir } from '../src/build/readDataDir.ts';
import { formatReport } from '../src/data/formatProblem.ts';
import { snapshotFigures } from '../src/data/publishedFigures.ts';
import { PUBLISHED_FILE, publishedFileSchema } from '../src/data/publishedSchema.ts';

const USAGE = 'usage: npm run publish:figures -- [--date YYYY-MM-DD] [--force]';
const UNEXPLAINED = new Set(['published-figure-changed', 'published-record-removed']);

const args = process.argv.slice(2);
const force = args.includes('--force');
const dateArg =
  args.find((a) => a.startsWith('--date='))?.slice('--date='.length) ??
  (args.includes('--date') ? args[args.indexOf('--date') + 1] : undefined);
const day = dateArg ?? new Date().toISOString().slice(0, 10);
if (
  !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
  args.some((a) => a.startsWith('-') && !/^--(date|force)/.test(a))
) {
  console.error(USAGE);
  process.exit(2);
}

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const { dataset, problems } = loadDataDir(dataDir);
if (!dataset) {
  console.error(`data/ has errors; nothing was published.\n\n${formatReport(problems, 'data')}`);
  process.exit(1);
}
const unexplained = problems.filter((p) => UNEXPLAINED.has(p.code));
if (unexplained.length && !force) {
  console.error(
    `published figures changed without a correction; nothing was published.\n\n${formatReport(unexplained, 'data')}\n\nAdd the corrections to data/corrections.json (see data/README.md, "Make a correction"), or, if readers never saw the old figures, run npm run publish:figures -- --force.`,
  );
  process.exit(1);
}

const file = join(dataDir, PUBLISHED_FILE);
const previous = existsSync(file)
  ? publishedFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).data
  : undefined;
const snapshot = snapshotFigures(dataset, day, previous);
writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`);
console.log(
  `wrote data/${PUBLISHED_FILE}: the figures of ${Object.keys(snapshot.events).length} events as published on ${day} (first published ${snapshot.firstPublished}); commit it`,
);
