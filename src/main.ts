/**
 * Browser entry. The page arrives pre-rendered (text, first map and
 * timeline as SVG). On a page of its own the story stays as it is and only
 * its islands start (startStoryIslands.ts); in a frame, in another view, or
 * on the dev server (nothing pre-rendered), the app is mounted in its place.
 * The data and the country shapes come from data/story.js and
 * geo/region.js, classic scripts that run before this one; if the shapes
 * failed to load, the map panel says so and the rest of the story works.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';
import { readGeometry } from './lib/map/readGeometry.ts';
import { readStoryData } from './lib/model/readStoryData.ts';
import { PAGE_IDS } from './lib/model/pageIds.ts';
import { readFrameSizing } from './lib/embed/embedSnippets.ts';
import { startEmbedFrame } from './components/embedFrame.svelte.ts';
import { startStoryIslands } from './components/startStoryIslands.ts';
import { buildStoryModel } from './lib/model/buildStoryModel.ts';
import { loadFullStoryData } from './dom/loadFullStoryData.ts';
import type { StoryDataModule } from './lib/model/storyDataModule.ts';

declare global {
  interface Window {
    __storyRegionGeo?: unknown;
    __storyData?: unknown;
  }
}

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
  if (params.view === 'story' && !frame && data.ok && target.firstElementChild) {
    // data/story.js holds only what the islands draw; ?debug lists the
    // warnings, which only the full data has.
    const start = (story: StoryDataModule | null) => {
      if (story?.ok)
        startStoryIslands(target, buildStoryModel(story.dataset, story.warnings), geometry, params);
    };
    if (params.debug) void loadFullStoryData().then(start);
    else start(data);
  } else {
    // A frame may switch between the scrolling story and the stepper as it
    // learns about its host (embedFrame.svelte.ts): there the app owns the
    // page, and shows every text, so it needs the full data.
    void loadFullStoryData().then((full) => {
      if (!full) return;
      target.textContent = '';
      mount(App, { target, props: { data: full, params, geometry, frame } });
      frame?.reportHeight();
    });
  }
}
