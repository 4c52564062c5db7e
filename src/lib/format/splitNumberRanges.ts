/**
 * Finds number ranges written with an en dash ("2023–2026", "14–23") so
 * the page can keep each on one line: browsers may break a line after an
 * en dash, which leaves "2023–" at the end of one line of a headline and
 * "2026" on the next.
 */

export interface TextPart {
  text: string;
  /** True for a number range, which must not break across lines. */
  range: boolean;
}

const RANGE = /\d+–\d+/g;

/**
 * @example splitNumberRanges('aid, 2023–2026') // [{ text: 'aid, ', range: false }, { text: '2023–2026', range: true }]
 */
export function splitNumberRanges(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(RANGE)) {
    const at = match.index;
    if (at > last) parts.push({ text: text.slice(last, at), range: false });
    parts.push({ text: match[0], range: true });
    last = at + match[0].length;
  }
  if (last < text.length || !parts.length) parts.push({ text: text.slice(last), range: false });
  return parts;
}
