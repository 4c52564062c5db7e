/**
 * Builds the site from a changed copy of data/, for tests that need a build
 * the real data cannot give (hostile text, an editor's mistake, …):
 *
 *   const build = await buildWithData((files) => {
 *     files['steps.json'].steps[0]!.title = '<script>alert(1)</script>';
 *   });
 *   // build.problems: what the validator says; build.dist: the site, or
 *   // null when the data has errors (the real build would refuse it too)
 *   await build.dispose();
 *
 * or, for a whole file (or describe block), `useBuildWithData(mutate)`,
 * which builds in beforeAll and disposes of the copy in afterAll.
 *
 * It runs the same three steps as `npm run build` (client, SSR, prerender)
 * as child processes, pointed at the copy by STORY_DATA_DIR (vite.config.ts)
 * and STORY_OUT_DIR / STORY_SSR_DIR (scripts/prerender.ts). The work folder
 * sits in node_modules/.cache so the SSR bundle resolves the project's
 * packages. A successful build is kept there under a hash of its inputs
 * (the changed data files and the code that builds them, buildCache.ts):
 * the same data with the same code is built once, and dispose() leaves
 * the kept build for the next test or run that asks for it.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import { formatReport } from '../../src/data/formatProblem.ts';
import { buildKey, pruneBuildCache } from './buildCache.ts';
import type { Problem } from '../../src/lib/model/problem.ts';
import {
  DATA_FILES,
  type AidEvent,
  type Correction,
  type DataFileName,
  type Place,
  type Rate,
  type Source,
  type Step,
  type Story,
} from '../../src/data/schema.ts';
import { PUBLISHED_FILE } from '../../src/data/publishedSchema.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const WORK = path.join(ROOT, 'node_modules/.cache/story-builds');

type WithSchema<T> = T & { $schema?: string };

/** The parsed files of data/, for a test to change in place. */
export interface DataFiles {
  'story.json': WithSchema<Story>;
  'sources.json': WithSchema<{ sources: Source[] }>;
  'places.json': WithSchema<{ places: Place[] }>;
  'events.json': WithSchema<{ events: AidEvent[] }>;
  'rates.json': WithSchema<{ rates: Rate[] }>;
  'steps.json': WithSchema<{ steps: Step[] }>;
  'corrections.json': WithSchema<{ corrections: Correction[] }>;
}

export interface BuildCopyOptions {
  /** Edits the file texts after `mutate` (to write broken JSON, say). */
  edit?: (texts: Record<DataFileName, string>) => void;
  /** Keep data/translations in the copy (default: English only, so changing English records builds). */
  keepTranslations?: boolean;
  /** Build even when the data has errors (to see the build refuse it); default false. */
  buildOnErrors?: boolean;
  /** Keep data/published.json in the copy (default: removed, see buildWithData). */
  keepSnapshot?: boolean;
}

export interface BuildCopy {
  /** The built site, or null when the data has errors or the build failed. */
  dist: string | null;
  /** What the validator reports for the changed data (errors and warnings). */
  problems: Problem[];
  /** The changed copy of data/. */
  dataDir: string;
  /** Output of a failed build step, or ''. */
  log: string;
  dispose(): void;
}

/** Environment for the build steps: Vitest's own variables would turn Vite's production build into a test one. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST') || key === 'TEST') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

async function step(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    await run(process.execPath, args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return `${args.join(' ')} failed:\n${e.stderr ?? ''}${e.stdout ?? ''}${e.message}`;
  }
}

/**
 * Copies data/, lets `mutate` change the parsed files, validates the copy
 * and (when it has no errors) builds it into a fresh folder.
 */
export async function buildWithData(
  mutate: (files: DataFiles) => void,
  options: BuildCopyOptions = {},
): Promise<BuildCopy> {
  mkdirSync(WORK, { recursive: true });
  const work = mkdtempSync(path.join(WORK, 'build-'));
  const dataDir = path.join(work, 'data');
  const dist = path.join(work, 'dist');
  const ssr = path.join(work, 'ssr');
  const dispose = () => rmSync(work, { recursive: true, force: true });

  cpSync(path.join(ROOT, 'data'), dataDir, { recursive: true });
  // The published snapshot would turn every changed figure into a warning
  // about a missing correction; a test that wants it writes its own.
  if (!options.keepSnapshot) rmSync(path.join(dataDir, PUBLISHED_FILE), { force: true });
  // A changed English record has no translation: build the copy in English
  // alone (a language without its files is not published), unless asked.
  if (!options.keepTranslations) {
    rmSync(path.join(dataDir, 'translations'), { recursive: true, force: true });
  }
  const names = Object.keys(DATA_FILES) as DataFileName[];
  const files = Object.fromEntries(
    names.map((name) => [name, JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'))]),
  ) as DataFiles;
  mutate(files);
  const texts = Object.fromEntries(
    names.map((name) => [name, `${JSON.stringify(files[name], null, 2)}\n`]),
  ) as Record<DataFileName, string>;
  options.edit?.(texts);
  for (const name of names) writeFileSync(path.join(dataDir, name), texts[name]);

  const { problems } = loadDataDir(dataDir);
  const hasErrors = problems.some((p) => p.severity === 'error');
  if (hasErrors && !options.buildOnErrors)
    return { dist: null, problems, dataDir, log: '', dispose };

  // Built before with the same data and code: use that build (the data copy
  // beside it holds the same texts).
  const snapshot = path.join(dataDir, PUBLISHED_FILE);
  const keyed = existsSync(snapshot)
    ? { ...texts, [PUBLISHED_FILE]: readFileSync(snapshot, 'utf8') }
    : texts;
  const kept = path.join(WORK, `kept-${buildKey(keyed, ROOT)}`);
  if (existsSync(path.join(kept, 'dist', 'index.html'))) {
    dispose();
    return {
      dist: path.join(kept, 'dist'),
      problems,
      dataDir: path.join(kept, 'data'),
      log: '',
      dispose: () => {},
    };
  }

  const env = buildEnv({ STORY_DATA_DIR: dataDir, STORY_OUT_DIR: dist, STORY_SSR_DIR: ssr });
  const quiet = ['--logLevel', 'error', '--emptyOutDir'];
  const builds = await Promise.all([
    step([VITE, 'build', '--outDir', dist, ...quiet], env),
    step([VITE, 'build', '--ssr', 'src/entry-server.ts', '--outDir', ssr, ...quiet], env),
  ]);
  let log = builds.join('');
  if (!log) log = await step([TSX, 'scripts/prerender.ts'], env);
  if (log) return { dist: null, problems, dataDir, log, dispose };
  // The paths inside the built site are relative (base './'), so the folder can move.
  rmSync(ssr, { recursive: true, force: true });
  pruneBuildCache(WORK);
  try {
    renameSync(work, kept);
  } catch {
    // Another process kept the same build first: use this copy, and remove it afterwards.
    return { dist, problems, dataDir, log: '', dispose };
  }
  return {
    dist: path.join(kept, 'dist'),
    problems,
    dataDir: path.join(kept, 'data'),
    log: '',
    dispose: () => {},
  };
}

/** The built site's folder, or an error with the build's log (or the data's problems) when there is none. */
export function requireDist(build: Pick<BuildCopy, 'dist' | 'log' | 'problems'>): string {
  if (!build.dist)
    throw new Error(`the build failed:\n${build.log || formatReport(build.problems)}`);
  return build.dist;
}

/** A build of a changed copy of data/, read once the beforeAll hook has run. */
export type BuildFixture = Readonly<Omit<BuildCopy, 'dispose'>>;

/** buildWithData in beforeAll, dispose in afterAll; call before useSite, whose hooks then run after the build and close before the dispose. */
export function useBuildWithData(
  mutate: (files: DataFiles) => void,
  options: BuildCopyOptions = {},
): BuildFixture {
  let build: BuildCopy | undefined;
  beforeAll(async () => {
    build = await buildWithData(mutate, options);
  });
  afterAll(() => build?.dispose());
  const current = (): BuildCopy => {
    if (!build) throw new Error('useBuildWithData: the copy is built in beforeAll');
    return build;
  };
  return {
    get dist() {
      return current().dist;
    },
    get problems() {
      return current().problems;
    },
    get dataDir() {
      return current().dataDir;
    },
    get log() {
      return current().log;
    },
  };
}
