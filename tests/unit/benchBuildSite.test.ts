import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectCommand } from '../../tests/bench/buildSite.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
mkdirSync(path.join(folder, 'scripts'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The node arguments after the script's path. */
const argsOf = (command: string) => redirectCommand(command, folder).slice(1);
/** What every redirected vite build adds: a fresh output folder, and only warnings. */
const QUIET = ['--emptyOutDir', '--logLevel', 'warn'];

describe('the benchmark builds the site as `npm run build` does, in its own folder', () => {
  it('a vite build without --outDir writes to the folder’s dist/', () => {
    expect(argsOf('vite build')).toEqual([
      'build',
      '--outDir',
      path.join(folder, 'dist'),
      ...QUIET,
    ]);
  });

  it('a vite build with --outDir keeps its options and writes inside the folder', () => {
    expect(argsOf('vite build --ssr src/entry-server.ts --outDir .ssr')).toEqual([
      'build',
      '--ssr',
      'src/entry-server.ts',
      '--outDir',
      path.join(folder, '.ssr'),
      ...QUIET,
    ]);
  });

  it('a script step runs from a copy in the folder, so its root is the folder', () => {
    const [, script] = redirectCommand(' tsx scripts/prerender.ts ', folder);
    expect(script).toBe(path.join(folder, 'scripts/prerender.ts'));
    expect(readFileSync(script!, 'utf8')).toBe(
      readFileSync(path.resolve('scripts/prerender.ts'), 'utf8'),
    );
  });

  it('refuses a step it cannot redirect, naming it', () => {
    expect(() => redirectCommand('node scripts/other.js', folder)).toThrow(
      /does not know how to redirect: "node scripts\/other.js"/,
    );
  });

  it('can redirect every step of package.json’s build script', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: { build: string };
    };
    const steps = pkg.scripts.build.split('&&');
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) expect(() => redirectCommand(step, folder), step).not.toThrow();
  });
});
