/**
 * Measures label widths with the browser's own fonts (a canvas, no layout),
 * so map and timeline labels are placed by their real size. On the server,
 * and until a component has mounted, the layouts use estimateTextWidth
 * (src/lib/format/estimateTextWidth.ts) instead: src/lib runs in Node at
 * build, where there is no canvas, so both must exist.
 */
import type { MeasureText } from '../lib/format/estimateTextWidth.ts';

export type TextMeasurer = MeasureText;

export function createTextMeasurer(element: Element, weight = 600): TextMeasurer | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  const family = getComputedStyle(element).fontFamily || 'sans-serif';
  const cache = new Map<string, number>();
  return (text, fontSize, bold = false) => {
    const font = `${bold ? weight : 400} ${fontSize}px ${family}`;
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
