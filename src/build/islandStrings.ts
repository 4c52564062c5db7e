/**
 * The UI strings the islands' data/story.js keeps (slimStoryData.ts):
 * those the islands read. Left out: the words the build folds into the
 * LocaleFormat (buildLocaleFormat.ts: dates, qualifiers, numbers,
 * currencies, rates, item nouns, money, grammar), which the page gets
 * there; those of what no island renders (the notes, the step cards,
 * the stepper, the share pages, the graphic's text equivalents, which the
 * islands read from the step cards); and those only the late islands read (the
 * embed panel with its image downloads, the table's "Show more"), which
 * come in data/story-late.js (lateIslandStrings), loaded with the late
 * islands' script as the reader nears them: a reader who never gets there
 * never loads those words. The full data keeps every string: the mounted
 * app (embeds, ?debug) renders all of it.
 */
import type { UiStrings } from '../lib/i18n/uiStrings.ts';

/** The keys only the late islands read (the embed panel, its image downloads, the table), by prefix or whole. */
export const LATE_ISLANDS_ONLY = ['embed.', 'images.', 'table.', 'page.allEvents'];

/**
 * Whether a list entry names `key`: an entry ending in "." is a prefix, any other a whole key.
 * @example entryNames('embed.', 'embed.title') // true
 */
export function entryNames(entry: string, key: string): boolean {
  return entry.endsWith('.') ? key.startsWith(entry) : key === entry;
}

/**
 * The keys left out, by prefix (an entry ending in ".") or whole, but for
 * READ_BY_ISLANDS (bundle-contents.test.ts checks that the islands' script
 * names none of them).
 */
export const NOT_READ_BY_ISLANDS = [
  // Folded into the LocaleFormat.
  'date.',
  'qualifier.',
  'number.',
  'currency.',
  'rate.',
  'item.',
  'money.',
  'grammar.',
  'cargo.cableMetres',
  'cargo.cableNotGiven',
  'cargo.countNotGiven',
  'cargo.kilometres',
  // Read by what no island renders: the static page around the islands
  // (headings, links, the notes, the corrections log), the step cards, the
  // stepper, the share pages.
  'page.',
  'notes.',
  'corrections.',
  'card.',
  'stepper.',
  'share.',
  // Read only by the late islands, from data/story-late.js.
  ...LATE_ISLANDS_ONLY,
  // The graphic's text equivalents (the islands read them from the step
  // cards: readStepCards.ts) and the series' names they list.
  'describe.',
  'series.',
];

/** Keys the islands do read although NOT_READ_BY_ISLANDS names their prefix. */
export const READ_BY_ISLANDS = [
  // The map panel's message when the shapes did not load.
  'page.mapFailed',
  // An event's details: "Corrected on …".
  'corrections.correctedOn',
  // A timeline mark's accessible name, and the legend's lines.
  'describe.event',
  'describe.occupiedShort',
  'describe.routeDisclaimer',
];

/** Whether the islands' data/story.js leaves `key` out. */
export function notReadByIslands(key: string): boolean {
  if (READ_BY_ISLANDS.includes(key)) return false;
  return NOT_READ_BY_ISLANDS.some((entry) => entryNames(entry, key));
}

/**
 * @example islandStrings({ 'legend.label': 'Legend', 'notes.disagreements': '…' }) // { 'legend.label': 'Legend' }
 */
export function islandStrings(strings: UiStrings): UiStrings {
  // The keys left out are never looked up in the islands' bundle: the type stays the catalogue's.
  return Object.fromEntries(
    Object.entries(strings).filter(([key]) => !notReadByIslands(key)),
  ) as UiStrings;
}

/**
 * The strings only the late islands read, for data/story-late.js: loaded
 * with their script, added to the islands' data (src/lateIslands.ts).
 * @example lateIslandStrings({ 'embed.title': 'Embed this', 'legend.label': 'Legend' }) // { 'embed.title': 'Embed this' }
 */
export function lateIslandStrings(strings: UiStrings): Partial<UiStrings> {
  return Object.fromEntries(
    Object.entries(strings).filter(([key]) => LATE_ISLANDS_ONLY.some((e) => entryNames(e, key))),
  );
}
