/**
 * The UI strings the islands' data/story.js keeps (slimStoryData.ts):
 * those the islands read. Left out: the words the build folds into the
 * LocaleFormat (buildLocaleFormat.ts: dates, qualifiers, numbers,
 * currencies, rates, item nouns, money, grammar), which the page gets
 * there, and those of what no island renders (the notes, the step cards,
 * the stepper, the share pages). The full data keeps every string: the
 * mounted app (embeds, ?debug) renders all of it.
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
