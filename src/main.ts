/**
 * Browser entry. The page arrives pre-rendered (text, first map and
 * timeline as SVG); this hydrates it, or mounts an embed view in its place.
 * The data and the country shapes come from data/story.js and
 * geo/region.js, classic scripts that run before this one; if the shapes
 * failed to load, the map panel says so and the rest of the story works.
 */
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';
import { readGeometry } from './lib/map/readGeometry.ts';
import { readStoryData } from './lib/model/readStoryData.ts';
import { PAGE_IDS } from './lib/model/pageIds.ts';
import { readFrameSizing } from './lib/embed/embedSnippets.ts';
import { startEmbedFrame } from './components/embedFrame.svelte.ts';
import { readPanelSizes } from './dom/readPanelSizes.ts';
import { applyThemeParams } from './dom/applyThemeParams.ts';

declare global {
  interface Window {
    __storyRegionGeo?: unknown;
    __storyData?: unknown;
  }
}

// First, so that a dark host's embed is dark as soon as it can be.
applyThemeParams(document.documentElement, readEmbedParams(location.search));
const target = document.getElementById(PAGE_IDS.app);
// Without its data (data/story.js missing or damaged) the app cannot start:
// the pre-rendered page stays as it is, readable, with its first map.
const data = readStoryData(window.__storyData);
if (!data) console.error('The story data (data/story.js) did not load: the page stays static.');
if (target && data) {
  const params = readEmbedParams(location.search);
  const geometry = readGeometry(window.__storyRegionGeo);
  // Inside an iframe: report our height to the host, follow its viewport.
  const frame = startEmbedFrame(params, readFrameSizing(location.search));
  const props = { data, params, geometry, frame };
  // Only the story view was rendered at build time; other views (and the
  // stepper standing in for the story in some frames) replace it.
  const storyShown = params.view === 'story' && (!frame || frame.mode === 'host-scroll');
  if (storyShown && !params.step && target.firstElementChild) {
    hydrate(App, { target, props: { ...props, panelSizes: readPanelSizes(target) } });
  } else {
    target.textContent = '';
    mount(App, { target, props });
  }
  frame?.reportHeight();
}
