/**
 * The story data as the page finds it: `data/story.js`, a classic script
 * that sets one global (like the map's `geo/region.js`), so it loads in
 * sandboxed, opaque-origin frames and under `script-src 'self'`, and is
 * cached apart from the code: an editor's correction changes this file
 * only. The build validated the data; this only checks that the script
 * arrived whole, so a missing or damaged file leaves the pre-rendered page
 * as it is instead of breaking it.
 */
import type { StoryDataModule, StoryDataOk } from './storyDataModule.ts';

/**
 * @example readStoryData(window.__storyData) // { ok: true, dataset, warnings } or null
 */
export function readStoryData(value: unknown): StoryDataModule | null {
  if (!value || typeof value !== 'object') return null;
  const data = value as Record<string, unknown>;
  if (data.ok === true) {
    const dataset = data.dataset as Record<string, unknown> | null | undefined;
    const complete =
      !!dataset &&
      typeof dataset === 'object' &&
      !!dataset.story &&
      typeof dataset.story === 'object' &&
      ['events', 'places', 'sources', 'steps', 'rates'].every((key) => Array.isArray(dataset[key]));
    const locale = data.locale as Record<string, unknown> | null | undefined;
    const speaks = !!locale && typeof locale === 'object' && !!locale.strings && !!locale.format;
    return complete && speaks && Array.isArray(data.warnings) ? (value as StoryDataModule) : null;
  }
  if (data.ok === false && Array.isArray(data.problems)) return value as StoryDataModule;
  return null;
}

/**
 * `data` with the words of data/story-late.js (`late`: its global,
 * `{ strings }`) added to its UI strings; as it is if `late` did not arrive
 * whole.
 * @example withLateStrings(data, { strings: { 'embed.title': 'Embed this' } }).locale.strings['embed.title'] // 'Embed this'
 */
export function withLateStrings(data: StoryDataOk, late: unknown): StoryDataOk {
  const strings = (late as { strings?: unknown } | null | undefined)?.strings;
  if (!strings || typeof strings !== 'object') return data;
  return {
    ...data,
    locale: { ...data.locale, strings: { ...data.locale.strings, ...strings } },
  };
}
