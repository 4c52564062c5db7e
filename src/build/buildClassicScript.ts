/**
 * Builds one entry as a classic script (IIFE) of its own, inside the site's
 * build, and hands back its code and stylesheet. The page's scripts are
 * classic, not modules: module scripts need CORS, which a sandboxed iframe
 * (opaque origin) on a plain static host does not get; and an IIFE build
 * cannot be split into chunks, so each script the page loads later (the
 * mounted app, the late islands) is a build of its own.
 */
import { createHash } from 'node:crypto';
import { build, type Plugin, type Rolldown } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteBuildOptions } from './scopeClass.ts';

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 8);
}

/** The entry's script and the stylesheet of the components it compiles. */
export async function buildClassicScript(
  entry: string,
  plugins: Plugin[] = [],
): Promise<{ code: string; css: string }> {
  const output = (await build({
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [svelte(svelteBuildOptions()), ...plugins],
    build: {
      write: false,
      target: 'es2022',
      modulePreload: false,
      cssCodeSplit: false,
      rollupOptions: { input: entry, output: { format: 'iife' } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const files = [output].flat().flatMap((o) => o.output);
  const chunk = files.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
  const sheet = files.find(
    (o): o is Rolldown.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'),
  );
  if (!chunk) throw new Error(`building ${entry} as a classic script gave no script`);
  return { code: chunk.code, css: sheet ? String(sheet.source) : '' };
}
