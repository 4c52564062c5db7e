import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyData } from './src/build/storyDataPlugin.ts';
import { storyTheme } from './src/build/themePlugin.ts';
import { viewsBundle } from './src/build/viewsBundlePlugin.ts';
import { lateIslands } from './src/build/lateIslandsPlugin.ts';
import { firstScript } from './src/build/firstScriptPlugin.ts';
import { svelteBuildOptions } from './src/build/scopeClass.ts';

export default defineConfig(({ isSsrBuild }) => ({
  // Relative asset URLs: the build works from any path on any static host.
  base: './',
  publicDir: 'static',
  plugins: [
    svelte(svelteBuildOptions()),
    // STORY_DATA_DIR lets the benchmark build synthetic data sets (tests/bench/measureGrowth.ts).
    storyData({
      dir: process.env.STORY_DATA_DIR ?? 'data',
      topology: 'static/geo/region.topo.json',
    }),
    // data/theme.json: the newsroom's colours and fonts, written into the page's CSS.
    storyTheme({ dir: process.env.STORY_DATA_DIR ?? 'data' }),
    // The mounted app (frames, embed views) as a second script, loaded only there.
    viewsBundle({
      entry: 'src/views.ts',
      plugins: () => [storyTheme({ dir: process.env.STORY_DATA_DIR ?? 'data' })],
    }),
    // The story page's embed panel and "Show more" as a third script, loaded as the reader nears them.
    lateIslands({ entry: 'src/lateIslands.ts' }),
    // The story page's first script, which loads the others after the first paint (src/boot.ts).
    firstScript({ entry: 'src/boot.ts', name: 'boot' }),
    // embed.html's first script, which runs before its first paint (src/embedHead.ts).
    firstScript({ entry: 'src/embedHead.ts', name: 'embed-head' }),
  ],
  build: {
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    // The client is one classic script (see scripts/prerender.ts for why not a module).
    rollupOptions: isSsrBuild ? {} : { output: { format: 'iife' as const } },
  },
  server: { port: 5173 },
}));
