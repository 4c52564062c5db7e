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

// embed.html loads this script without main.ts: the host's ?theme= and ?font= apply here too, first.
applyThemeParams(document.documentElement, readEmbedParams(location.search));
const target = document.getElementById(PAGE_IDS.app);
if (target) {
  const params = readEmbedParams(location.search);
  const geometry = readGeometry(window.__storyRegionGeo);
  // Inside an iframe: report our height to the host, follow its viewport.
  const frame = startEmbedFrame(params, readFrameSizing(location.search));
  void loadFullStoryData().then((data) => {
    if (!data) return;
    target.textContent = '';
    // The pre-rendered graphic shown until now (embedHead.ts) is gone: the app lays out its own view.
    delete document.documentElement.dataset.firstPaint;
    mount(App, { target, props: { data, params, geometry, frame } });
    frame?.reportHeight();
  });
}
