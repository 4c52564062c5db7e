/**
 * Builds the story page's late islands (src/lateIslands.ts: the embed
 * panel and the table's "Show more", far down the page) as a classic
 * script of their own, assets/late-islands-<hash>.js, which the page loads
 * only when the reader nears them (startStoryIslands.ts), not on a first
 * visit. The page's script learns the address from the virtual module
 * `virtual:late-islands-script`: beside the page's own script in assets/
 * ('' on the dev server, where nothing is pre-rendered, so main.ts mounts
 * the whole app instead). The late build's stylesheet is dropped: the page's
 * stylesheet (viewsBundlePlugin.ts) already styles every component.
 */
import type { Plugin } from 'vite';
import { buildClassicScript, hashOf } from './buildClassicScript.ts';

const PUBLIC_ID = 'virtual:late-islands-script';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

export function lateIslands(options: { entry: string; plugins?: () => Plugin[] }): Plugin {
  let fileName = '';
  let code = '';
  let isBuild = false;
  return {
    name: 'late-islands',
    configResolved(config) {
      isBuild = config.command === 'build' && !config.build.ssr;
    },
    // Rollup finishes buildStart before it loads any module, so the address is known by then.
    async buildStart() {
      if (!isBuild) return;
      ({ code } = await buildClassicScript(options.entry, options.plugins?.()));
      fileName = `assets/late-islands-${hashOf(code)}.js`;
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!fileName) return `export default '';`;
      // Beside the page's own script, wherever the page is (a language page in
      // a folder too): read while that script runs, when it is document.currentScript.
      const name = JSON.stringify(fileName.slice('assets/'.length));
      return `const s = document.currentScript;
export default s instanceof HTMLScriptElement && s.src ? new URL(${name}, s.src).href : ${JSON.stringify(fileName)};`;
    },
    generateBundle() {
      if (isBuild) this.emitFile({ type: 'asset', fileName, source: code });
    },
  };
}
