/**
 * The one width estimate for labels when no font can be measured: on the
 * server (pre-rendered pages, no-JS readers) and until a component has
 * mounted. In the browser, src/dom/measureText.ts measures the real font
 * instead; both exist because layouts run in Node at build, where there is
 * no canvas, and the estimate must then err on the wide side (a label
 * thought too wide is only set aside or wrapped early; one thought too
 * narrow overlaps its neighbour).
 *
 * Factors are em per character, measured in Chromium (canvas measureText)
 * on this story's own labels — place names, totals such as "more than
 * $45m", cargo captions — in the fonts `system-ui` falls back to:
 *
 * | weight       | Arial / Liberation Sans | DejaVu Sans (Linux) | factor |
 * | ------------ | ----------------------- | ------------------- | ------ |
 * | regular 400  | 0.45–0.52               | 0.51–0.60           | 0.56   |
 * | semibold 600 | 0.48–0.55               | 0.58–0.66           | 0.62   |
 *
 * Size is no factor: glyph advances scale linearly with font size.
 */

/** Em per character: regular labels (lanes, ticks, cargo captions). */
export const REGULAR_EM_PER_CHAR = 0.56;
/** Em per character: semibold labels (map places, reported totals), drawn at weight 600. */
export const SEMIBOLD_EM_PER_CHAR = 0.62;

/**
 * How wide a label is in pixels: the browser's measure (src/dom/measureText.ts)
 * or estimateTextWidth. `bold` means the semibold (600) labels.
 */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/**
 * Width of `text` in pixels at `fontSize`, estimated without a DOM.
 * @example estimateTextWidth('Baku', 13, true) // 4 × 13 × 0.62 ≈ 32.2
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? SEMIBOLD_EM_PER_CHAR : REGULAR_EM_PER_CHAR);
}
