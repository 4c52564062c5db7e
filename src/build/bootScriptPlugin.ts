/**
 * Builds src/boot.ts (the story page's first script, which loads the
 * others at the reader's first move, after the first paint) as a classic script of its own,
 * assets/boot-<hash>.js. scripts/prerender.ts finds it there and puts it
 * in the story page in place of the page's other script tags.
 */
import type { Plugin } from 'vite';
import { buildClassicScript, hashOf } from './buildClassicScript.ts';

export function bootScript(options: { entry: string }): Plugin {
  let isBuild = false;
  return {
    name: 'boot-script',
    configResolved(config) {
      isBuild = config.command === 'build' && !config.build.ssr;
    },
    async generateBundle() {
      if (!isBuild) return;
      const { code } = await buildClassicScript(options.entry);
      this.emitFile({ type: 'asset', fileName: `assets/boot-${hashOf(code)}.js`, source: code });
    },
  };
}
