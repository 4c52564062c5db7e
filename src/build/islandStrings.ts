/**
 * The UI strings the islands' data/story.js keeps (slimStoryData.ts):
 * those the islands read. Left out: the words the build folds into the
 * LocaleFormat (buildLocaleFormat.ts: dates, qualifiers, numbers,
 * currencies, rates, item nouns, money, grammar), which the page gets
 * there; those of what no island renders (the notes, the step cards,
 * the stepper, the share pages); and those only the late islands read (the
 * embed panel with its image downloads, the table's "Show more"), which
 * start from the full data (startLateIslands.ts), loaded as the reader
 * nears them: a reader who never gets there never loads those words. The
 * full data keeps every string: the mounted app (embeds, ?debug) renders
 * all of it.
 */
import type { UiStrings } from '../lib/i18n/uiStrings.ts';

/** The key prefixes left out (bundle-contents.test.ts checks that the islands' scripts name none). */
export const NOT_READ_BY_ISLANDS = [
  'date.',
  'qualifier.',
  'number.',
  'currency.',
  'rate.',
  'item.',
  'money.',
  'grammar.',
  'notes.',
  'card.',
  'stepper.',
  'share.',
  // Read only by the late islands, from the full data.
  'embed.',
  'images.',
  'table.',
];

/**
 * @example islandStrings({ 'embed.title': 'Embed this', 'notes.disagreements': '…' }) // { 'embed.title': 'Embed this' }
 */
export function islandStrings(strings: UiStrings): UiStrings {
  // The keys left out are never looked up in the islands' bundle: the type stays the catalogue's.
  return Object.fromEntries(
    Object.entries(strings).filter(([key]) => !NOT_READ_BY_ISLANDS.some((p) => key.startsWith(p))),
  ) as UiStrings;
}
