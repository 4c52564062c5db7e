/**
 * The story's full data (data/story-full.js: texts, sources, notes,
 * warnings), for what the islands' data/story.js leaves out. Like it,
 * a classic script that sets one global: it loads in sandboxed,
 * opaque-origin frames and under `script-src 'self'`, where fetch() of a
 * same-site file would need CORS headers a static host does not send.
 */
import { readStoryData } from '../lib/model/readStoryData.ts';
import type { StoryDataModule } from '../lib/model/storyDataModule.ts';

declare global {
  interface Window {
    __storyDataFull?: unknown;
  }
}

let loading: Promise<StoryDataModule | null> | null = null;

/** Loads data/story-full.js once; null if it fails to load or arrives damaged. */
export function loadFullStoryData(): Promise<StoryDataModule | null> {
  loading ??= new Promise((resolve) => {
    // embed.html loads it with the page.
    if (window.__storyDataFull) {
      resolve(readStoryData(window.__storyDataFull));
      return;
    }
    const script = document.createElement('script');
    script.src = 'data/story-full.js';
    script.onload = () => resolve(readStoryData(window.__storyDataFull));
    script.onerror = () => {
      console.error('The story details (data/story-full.js) did not load.');
      resolve(null);
    };
    document.head.append(script);
  });
  return loading;
}
