/**
 * Builds the site the way `npm run build` does, but into a folder of the
 * benchmark's own (so it never races anyone else's build of dist/), and
 * optionally from another data directory (STORY_DATA_DIR, read by
 * vite.config.ts).
 *
 * The commands are read from package.json's "build" script, so the
 * benchmark follows it: each `vite build` gets its output folder moved
 * under the bench folder, and each `tsx scripts/<name>.ts` step runs from a
 * copy placed in `<folder>/scripts/`, whose root (`import.meta.dirname/..`)
 * is then the bench folder. `static/`, `src/` and `vite.config.ts` are
 * linked in, so the scripts find the real files (build-share.ts runs a
 * Vite build with the project's config); the script copies and the config
 * link are removed afterwards (the tsconfig includes tests/).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(PROJECT, 'node_modules/vite/bin/vite.js');
const TSX = path.join(PROJECT, 'node_modules/tsx/dist/cli.mjs');

export interface BuiltSite {
  /** The folder that holds the built site (what dist/ would hold). */
  dist: string;
  buildMs: number;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT, env, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`build step failed (${args.join(' ')}), exit ${code}:\n${output}`));
    });
  });
}

/**
 * Turns one command of the build script into node arguments that write under
 * `folder` (a `tsx scripts/…` step is copied there first).
 */
export function redirectCommand(command: string, folder: string): string[] {
  const words = command.trim().split(/\s+/);
  if (words[0] === 'vite' && words[1] === 'build') {
    const rest = words.slice(2);
    const at = rest.indexOf('--outDir');
    if (at >= 0) rest[at + 1] = path.join(folder, rest[at + 1] ?? 'dist');
    else rest.push('--outDir', path.join(folder, 'dist'));
    return [VITE, 'build', ...rest, '--emptyOutDir', '--logLevel', 'warn'];
  }
  if (words[0] === 'tsx' && words[1]?.startsWith('scripts/') && words.length === 2) {
    const copy = path.join(folder, words[1]);
    copyFileSync(path.join(PROJECT, words[1]), copy);
    return [TSX, copy];
  }
  throw new Error(
    `buildSite: the build script has a step the benchmark does not know how to redirect: "${command}". Teach tests/bench/buildSite.ts about it.`,
  );
}

/**
 * Builds the site into `folder/dist` from `dataDir` and times the whole pipeline.
 * @example await buildSite({ folder: 'tests/bench/tmp/site', dataDir: 'data' })
 */
export async function buildSite(options: {
  folder: string;
  dataDir: string;
  /** STORY_SITE_URL for the build: the address the site will be served at, as a publisher gives it. */
  siteUrl?: string;
}): Promise<BuiltSite> {
  const folder = path.resolve(options.folder);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'scripts'), { recursive: true });
  symlinkSync(path.join(PROJECT, 'static'), path.join(folder, 'static'));
  // The copied scripts import shared code from src/ (prerender.ts: src/build/canonicalLink.ts),
  // and build-share.ts runs a Vite build with the project's config, which it finds beside src/.
  symlinkSync(path.join(PROJECT, 'src'), path.join(folder, 'src'));
  symlinkSync(path.join(PROJECT, 'vite.config.ts'), path.join(folder, 'vite.config.ts'));
  // The copied scripts are ES modules wherever the folder is.
  writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }\n');
  const pkg = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const commands = (pkg.scripts.build ?? '').split('&&').map((c) => redirectCommand(c, folder));
  const env: NodeJS.ProcessEnv = { ...process.env, STORY_DATA_DIR: path.resolve(options.dataDir) };
  if (options.siteUrl) env.STORY_SITE_URL = options.siteUrl;
  else delete env.STORY_SITE_URL;
  const started = performance.now();
  for (const args of commands) await run(args, env);
  // The copies are not ours to type-check: the tsconfig includes tests/.
  rmSync(path.join(folder, 'scripts'), { recursive: true, force: true });
  rmSync(path.join(folder, 'vite.config.ts'), { force: true });
  return { dist: path.join(folder, 'dist'), buildMs: performance.now() - started };
}
