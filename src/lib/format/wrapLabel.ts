import { estimateTextWidth, type MeasureText } from './estimateTextWidth.ts';

/**
 * Breaks text into lines no wider than `width`, at spaces (a word longer
 * than the width keeps a line of its own).
 * @example wrapLabel('Transformers and substations: 84 shipped in all', 120, 11) // ['Transformers and', …]
 */
export function wrapLabel(
  text: string,
  width: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
