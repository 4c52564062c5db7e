/**
 * Vite plugin that turns the palette (src/lib/theme/) and the newsroom's
 * optional data/theme.json into the stylesheet `virtual:story-theme.css`,
 * bundled into the page's one CSS file (an external file: a strict CSP
 * forbids inline styles). Invalid theme.json fails the build with located
 * problems; the dev server logs them and keeps the story's own look.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatReport } from '../data/formatProblem.ts';
import { THEME_FILE } from '../data/themeSchema.ts';
import { validateThemeFile } from '../data/validateThemeFile.ts';
import { buildThemeCss } from './themeCss.ts';
import { refuseBuild } from './refuseBuild.ts';

const PUBLIC_ID = 'virtual:story-theme.css';
// Ends in .css so that Vite's CSS pipeline takes it.
const RESOLVED_ID = '\0story-theme.css';

/** The bytes of data/theme.json, or undefined when there is none. */
export function readThemeFile(dir: string): Uint8Array | undefined {
  try {
    return readFileSync(path.join(dir, THEME_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function storyTheme(options: { dir: string }): Plugin {
  const dataDir = path.resolve(options.dir);
  const load = () => validateThemeFile(readThemeFile(dataDir));
  let isBuild = false;
  return {
    name: 'story-theme',
    config(_config, { command }) {
      isBuild = command === 'build';
      if (!isBuild) return;
      const { problems } = load();
      if (problems.length) {
        throw refuseBuild(
          `data/${THEME_FILE} has errors; nothing was built.\n\n${formatReport(problems)}`,
        );
      }
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(path.join(dataDir, THEME_FILE));
      const { theme, problems } = load();
      if (problems.length) this.warn(`\n${formatReport(problems)}`);
      return buildThemeCss(theme);
    },
  };
}
