/**
 * Builds a page's first script as a classic script of its own,
 * assets/<name>-<hash>.js: src/boot.ts (the story page's, which loads the
 * others at the reader's first move, after the first paint) and
 * src/embedHead.ts (embed.html's, which runs before its first paint).
 * scripts/prerender.ts finds them there and puts them in their pages.
 */
import type { Plugin } from 'vite';
import { buildClassicScript, hashOf } from './buildClassicScript.ts';

export function firstScript(options: { entry: string; name: string }): Plugin {
  let isBuild = false;
  return {
    name: `first-script:${options.name}`,
    configResolved(config) {
      isBuild = config.command === 'build' && !config.build.ssr;
    },
    async generateBundle() {
      if (!isBuild) return;
      const { code } = await buildClassicScript(options.entry);
      this.emitFile({
        type: 'asset',
        fileName: `assets/${options.name}-${hashOf(code)}.js`,
        source: code,
      });
    },
  };
}
