/**
 * Finds lists and objects nested deeper than any data file needs. The JSON
 * readers recurse once per level, so a few thousand levels (a paste gone
 * wrong, or a hostile file) would overflow the stack: the check would
 * report that it failed itself instead of where the file is wrong.
 */

/** Deeper than any data file needs (events.json reaches 5). */
export const MAX_NESTING = 64;

/**
 * Offset of the first "[" or "{" that opens level `max + 1`, ignoring
 * brackets inside strings; -1 when the text stays within `max` levels.
 * @example findDeepNesting('{"a": [[1]]}', 2) // 7
 */
export function findDeepNesting(text: string, max = MAX_NESTING): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth > max) return i;
    } else if (char === ']' || char === '}') depth--;
  }
  return -1;
}
