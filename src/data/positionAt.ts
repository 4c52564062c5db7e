/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Offsets of the first character of each line (after \n, \r\n or a lone \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Turns a character offset into a 1-based line and column.
 * @example positionAt('{\n  "a": 1\n}', 4) // { line: 2, column: 3 }
 */
export function positionAt(text: string, offset: number, starts = lineStarts(text)): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
}
