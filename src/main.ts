/**
 * Browser entry. The page arrives pre-rendered (text, first map and
 * timeline as SVG). On a page of its own the story stays as it is and only
 * its islands start (startStoryIslands.ts). In a frame, in another view,
 * with ?debug, or on the dev server (nothing pre-rendered), the app is
 * mounted in its place by a second script (views.ts), loaded only then.
 * The data and the country shapes come from data/story.js and
 * geo/region.js, classic scripts that run before this one; if the shapes
 * failed to load, the map panel says so and the rest of the story works.
 */
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';
import { readGeometry } from './lib/map/readGeometry.ts';
import { readStoryData } from './lib/model/readStoryData.ts';
import { PAGE_IDS } from './lib/model/pageIds.ts';
import { startStoryIslands } from './components/startStoryIslands.ts';
import { applyThemeParams } from './dom/applyThemeParams.ts';
import { loadStylesheet } from './dom/loadStylesheet.ts';

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
  const onItsOwn = window.parent === window;
  // ?debug (trigger zones, data warnings: for editors) mounts the whole app too.
  if (params.view === 'story' && onItsOwn && !params.debug && data.ok && target.firstElementChild) {
    const geometry = readGeometry(window.__storyRegionGeo);
    startStoryIslands(target, data, geometry, params);
  } else if (import.meta.env.DEV) {
    void import('./views.ts');
  } else {
    // Its address is set at build (viewsBundlePlugin.ts); a classic script,
    // like this one, so it loads in sandboxed frames without CORS.
    const script = document.createElement('script');
    script.src = target.dataset.viewsScript ?? '';
    // The story page links only the styles it draws (storyStylesheet.ts): the
    // app (the stepper, the debug overlay) starts once the whole stylesheet is
    // in, or failed to come, so it never shows unstyled.
    const sheet = target.dataset.viewsStyle;
    void (sheet ? loadStylesheet(sheet) : Promise.resolve()).then(() =>
      document.head.append(script),
    );
  }
}
