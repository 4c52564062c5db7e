/**
 * The mounted app's entry, a second classic script (assets/views-*.js,
 * built by src/build/viewsBundlePlugin.ts): the story in a frame (which may
 * switch between the scrolling story and the stepper as it learns about its
 * host, embedFrame.svelte.ts), the other embed views (map, timeline, card,
 * stepper), ?debug, and the dev server, where nothing is pre-rendered. main.ts loads
 * it only there, so the story's own page never downloads it. The app shows
 * every text, so it starts from the full data (data/story-full.js).
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';
import { readGeometry } from './lib/map/readGeometry.ts';
import { PAGE_IDS } from './lib/model/pageIds.ts';
import { readFrameSizing } from './lib/embed/embedSnippets.ts';
import { startEmbedFrame } from './components/embedFrame.svelte.ts';
import { loadFullStoryData } from './dom/loadFullStoryData.ts';
import { applyThemeParams } from './dom/applyThemeParams.ts';
import { loadClassicScript } from './dom/loadClassicScript.ts';

declare global {
  interface Window {
    __storyRegionGeo?: unknown;
  }
}

// The shapes sit one folder above this script (assets/ → geo/), in every language.
// (On the dev server this is a module, with no currentScript: the page's own folder serves them.)
const regionScript = new URL(
  document.currentScript instanceof HTMLScriptElement ? '../geo/region.js' : 'geo/region.js',
  document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : document.baseURI,
).href;

/**
 * The country shapes, projected at build: embed.html loads geo/region.js
 * before this script; a page that mounts the app in place of its story
 * (framed, ?debug, the dev server) loads it now. A failure leaves the map
 * panel saying so; the rest of the story works.
 */
async function loadShapes(): Promise<unknown> {
  if (window.__storyRegionGeo === undefined) await loadClassicScript(regionScript).catch(() => {});
  return window.__storyRegionGeo;
}

// embed.html loads this script without main.ts: the host's ?theme= and ?font= apply here too, first.
applyThemeParams(document.documentElement, readEmbedParams(location.search));
const target = document.getElementById(PAGE_IDS.app);
if (target) {
  const params = readEmbedParams(location.search);
  // Inside an iframe: report our height to the host, follow its viewport.
  const frame = startEmbedFrame(params, readFrameSizing(location.search));
  void Promise.all([loadFullStoryData(), loadShapes()]).then(([data, shapes]) => {
    if (!data) return;
    const geometry = readGeometry(shapes);
    target.textContent = '';
    mount(App, { target, props: { data, params, geometry, frame } });
    frame?.reportHeight();
  });
}
