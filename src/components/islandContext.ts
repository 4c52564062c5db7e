/**
 * The context an island starts with when it is rendered (entry-server.ts)
 * or hydrated (startStoryIslands.ts) as a root of its own: the shared
 * StoryState and the page's language, as App.svelte sets them for the
 * components it mounts as children.
 */
import type { LocalePack } from '../lib/i18n/localePack.ts';
import { localeContextMap } from './localeContext.ts';
import { storyContextMap, type StoryState } from './storyContext.svelte.ts';

export function islandContext(story: StoryState, pack: LocalePack): Map<symbol, unknown> {
  // Read once by Svelte when the island starts: nothing reacts to it.
  return new Map<symbol, unknown>([...storyContextMap(story), ...localeContextMap(pack)]);
}
