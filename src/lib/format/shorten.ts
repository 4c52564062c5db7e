const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Cuts text to at most `max` characters, the last one an ellipsis, for
 * quoting an editor's text in a message. Counts what a reader sees as one
 * character (a flag, an accented letter written as two code points), so a
 * cut never splits one in half.
 * @example shorten('Sumgait Technology Park', 10) // 'Sumgait T…'
 */
export function shorten(text: string, max = 40): string {
  const chars = Array.from(graphemes.segment(text), (s) => s.segment);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
