/**
 * The line of credits an image carries inside it, so it keeps them when it
 * travels without the page: who reported what it shows, and which story it
 * comes from.
 */
import type { Translate } from '../i18n/uiStrings.ts';

/**
 * The publishers behind a step's events, each once, in the order first cited.
 * @example stepPublishers([{sources: [{source: 'a'}]}, {sources: [{source: 'b'}, {source: 'a'}]}], new Map([['a', {publisher: 'Trend'}], ['b', {publisher: 'News.az'}]])) // ['Trend', 'News.az']
 */
export function stepPublishers(
  events: ReadonlyArray<{ sources: ReadonlyArray<{ source: string }> }>,
  sourcesById: ReadonlyMap<string, { publisher: string }>,
): string[] {
  const publishers: string[] = [];
  for (const event of events) {
    for (const citation of event.sources) {
      const publisher = sourcesById.get(citation.source)?.publisher ?? citation.source;
      if (!publishers.includes(publisher)) publishers.push(publisher);
    }
  }
  return publishers;
}

/**
 * The words are the catalogue's (share.sources, share.from, share.fromBy):
 * `t` is the image's language's translator (speechOf(pack).t). In English:
 * @example sourceLine(['Trend', 'News.az'], 'Energy aid', 'Data desk', t) // 'Sources: Trend, News.az. From “Energy aid”, Data desk.'
 * @example sourceLine([], 'Energy aid', '', t) // 'From “Energy aid”.'
 * @example sourceLine(['Trend'], '', '', t) // 'Sources: Trend.'
 */
export function sourceLine(
  publishers: readonly string[],
  storyName: string,
  byline: string,
  t: Translate,
): string {
  const fromWords = () =>
    byline
      ? t('share.fromBy', { story: storyName, byline })
      : t('share.from', { story: storyName });
  const from = storyName ? fromWords() : '';
  const list = publishers.join(', ');
  const sources = publishers.length ? t('share.sources', { list }) : '';
  return [sources, from].filter(Boolean).join(' ');
}
