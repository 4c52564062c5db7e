/**
 * The strips that tile an embedded document to find the part of it on the
 * reader's screen (src/dom/observeVisibleSpan.ts), and the
 * IntersectionObserver thresholds each strip is watched with. No DOM here.
 */

/** How tall each strip is, in CSS px. */
export const STRIP_HEIGHT = 40;

/**
 * Thresholds that put a band edge between every two whole pixels of a
 * strip's visible height. An observer reports a strip only when its visible
 * share moves to another band, and spanFromTiles reads the reader's window
 * from the visible heights of the strips at the two ends of the visible run;
 * a height that changes within a band is never reported. With bands 2 px
 * wide (i / 20 on 40 px strips), a strip that showed its top 21 px at the
 * bottom of the screen and, one screen later, its bottom 20 px at the top
 * stayed silent, and the window was placed a pixel too high: with Chromium's
 * rounding, the graphic slid off the top of a 320 px host's screen. A
 * cross-site frame's observer measures whole pixels, so thresholds halfway
 * between them never sit on a share it measures; 0 and 1 report a strip
 * coming into view and being seen whole.
 * @example stripThresholds(4) // [0, 0.125, 0.375, 0.625, 0.875, 1]
 */
export function stripThresholds(stripHeight: number): number[] {
  const betweenPixels = Array.from({ length: stripHeight }, (_, px) => (px + 0.5) / stripHeight);
  return [0, ...betweenPixels, 1];
}
