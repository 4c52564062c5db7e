/**
 * The late islands' entry, a classic script of its own
 * (assets/late-islands-*.js, built by src/build/lateIslandsPlugin.ts): the
 * story page loads it when the reader nears its far end
 * (startStoryIslands.ts), after data/story-late.js, which holds the words
 * only these islands read. By then data/story.js has run.
 */
import { PAGE_IDS } from './lib/model/pageIds.ts';
import { readStoryData, withLateStrings } from './lib/model/readStoryData.ts';
import { startLateIslands } from './components/startLateIslands.ts';

declare global {
  interface Window {
    __storyDataLate?: unknown;
  }
}

const root = document.getElementById(PAGE_IDS.app);
const data = readStoryData(window.__storyData);
if (root && data?.ok) startLateIslands(root, withLateStrings(data, window.__storyDataLate));
