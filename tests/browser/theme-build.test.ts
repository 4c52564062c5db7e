/**
 * A newsroom's data/theme.json reaches the page at build: its colours and
 * fonts are in the built stylesheet (not inline, which a strict CSP would
 * block), and a mistake in it stops the build with the located message.
 * Builds the client only (the part that writes the CSS), from a copy of
 * data/ with a theme.json added.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FONT_STACKS } from '../../src/lib/theme/fontStacks.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const work = mkdtempSync(path.join(tmpdir(), 'story-theme-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Builds the client with `theme` as data/theme.json; the CSS, or the build's error output. */
async function buildWithTheme(
  name: string,
  theme: string,
): Promise<{ css?: string; error?: string }> {
  const data = path.join(work, name, 'data');
  const out = path.join(work, name, 'dist');
  cpSync(path.join(ROOT, 'data'), data, { recursive: true });
  writeFileSync(path.join(data, 'theme.json'), theme);
  try {
    await run(
      process.execPath,
      [VITE, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: ROOT,
        env: { ...process.env, STORY_DATA_DIR: data },
      },
    );
  } catch (error) {
    return { error: String((error as { stderr?: string }).stderr ?? error) };
  }
  const css = readdirSync(path.join(out, 'assets')).find((f) => f.endsWith('.css'))!;
  return { css: readFileSync(path.join(out, 'assets', css), 'utf8') };
}

describe('data/theme.json at build', () => {
  it('its colours and fonts are written into the page’s stylesheet', async () => {
    const { css, error } = await buildWithTheme(
      'valid',
      JSON.stringify({
        fonts: { body: 'serif' },
        light: { link: '#7a1f5c' },
        dark: { link: '#f0a8d8' },
      }),
    );
    expect(error).toBeUndefined();
    expect(css).toMatch(/:root\{[^}]*--link:#7a1f5c/);
    expect(css).toMatch(/:root\[data-theme=dark\]\{[^}]*--link:#f0a8d8/);
    // The minifier writes the stack with double quotes.
    expect(css).toContain(`--font-body:${FONT_STACKS.serif.replaceAll("'", '"')}`);
  });

  it('a mistake stops the build with its file, line and column', async () => {
    const { css, error } = await buildWithTheme('invalid', '{\n  "light": {"ink": "#aaaaaa"}\n}\n');
    expect(css).toBeUndefined();
    expect(error).toContain('data/theme.json has errors; nothing was built.');
    expect(error).toContain(
      'data/theme.json:2:20  light.ink  text (ink on bg) contrasts 2.32:1 in the light theme, below 4.5:1',
    );
  });
});
