/**
 * The late islands' entry, a classic script of its own
 * (assets/late-islands-*.js, built by src/build/lateIslandsPlugin.ts): the
 * story page loads it when the reader nears its far end
 * (startStoryIslands.ts). They start from the full data
 * (data/story-full.js), which they load.
 */
import { PAGE_IDS } from './lib/model/pageIds.ts';
import { startLateIslands } from './components/startLateIslands.ts';

const root = document.getElementById(PAGE_IDS.app);
if (root) startLateIslands(root);
