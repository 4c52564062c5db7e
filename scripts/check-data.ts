/**
 * `npm run check:data [dir] [--dir dir] [--json]`: validates the data files
 * (and data/theme.json, when there is one) and lists every problem. Exits 1 when there is an error, 0 when there are
 * only warnings (or nothing).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDataDir } from '../src/build/readDataDir.ts';
import { formatReport } from '../src/data/formatProblem.ts';
import { validateThemeFile } from '../src/data/validateThemeFile.ts';
import { readThemeFile } from '../src/build/themePlugin.ts';

const USAGE = 'usage: npm run check:data -- [dir] [--dir dir] [--json]';

function parseArgs(argv: string[]): { dir: string | undefined; json: boolean } {
  let dir: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--dir') dir = argv[++i];
    else if (arg.startsWith('--dir=')) dir = arg.slice('--dir='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-') || dir !== undefined) {
      console.error(`unknown argument "${arg}"\n${USAGE}`);
      process.exit(2);
    } else dir = arg;
  }
  return { dir, json };
}

const { dir: given, json } = parseArgs(process.argv.slice(2));
const dir = given ?? fileURLToPath(new URL('../data', import.meta.url));
const shown = given ?? 'data';

if (!existsSync(dir)) {
  console.error(`the data folder "${shown}" does not exist`);
  process.exit(2);
}

try {
  // data/theme.json (optional) is checked beside the story's data.
  const problems = [
    ...loadDataDir(dir).problems,
    ...validateThemeFile(readThemeFile(dir)).problems,
  ];
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (json) {
    console.log(JSON.stringify({ problems, errors, warnings: problems.length - errors }, null, 2));
  } else {
    console.log(formatReport(problems, shown));
  }
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  console.error(
    `could not check ${shown}/: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
}
