/**
 * Where the reader's screen is, seen from inside an auto-height iframe.
 * Such an iframe never scrolls itself (the host page does), so its own
 * window says nothing about what the reader sees. Two sources say more:
 * pym.js's `viewport-iframe-position` message (the host's viewport and the
 * iframe's box in it), and an implicit-root IntersectionObserver, which
 * reports which part of this document is inside the top-level viewport even
 * across origins, but not the viewport's full size. These functions turn
 * either into a window in the child's coordinates. No DOM here.
 */
import type { VisibleWindow } from '../scroll/visibleWindow.ts';
import type { PymViewport } from './embedMessages.ts';

/** A vertical stretch of the child document, in its document coordinates. */
export interface Span {
  top: number;
  bottom: number;
}

/** The host's viewport as the child has learnt it so far, in the child's document coordinates. */
export interface HostWindow {
  top: number;
  height: number;
  /** True once the height was seen whole (the viewport inside the document, cut by neither end). */
  measured: boolean;
  /** The end of the document the viewport last overlapped, to place it when nothing is visible. */
  lastEdge: 'top' | 'bottom' | null;
}

/** Visible heights within this of the known one are edge rounding (or a phone's toolbar wobble), not a resize. */
export const HEIGHT_TOLERANCE = 8;

/** Sub-pixel slack when deciding whether the viewport is cut by an end of the document. */
const EDGE_SLACK = 1;

/**
 * pym's viewport message as the visible window in the child's client
 * coordinates: the host viewport's top is `-top` px from the iframe's top.
 * The width is the iframe's own, because the child's layout (and so its
 * trigger line) follows the iframe's width, not the host's.
 * @example windowFromPymViewport({viewportWidth: 1280, viewportHeight: 800, top: -1200, left: 240, bottom: 6800, right: 1040})
 * // {top: 1200, height: 800, width: 800}
 */
export function windowFromPymViewport(viewport: PymViewport): VisibleWindow {
  return {
    top: -viewport.top,
    height: viewport.viewportHeight,
    width: viewport.right - viewport.left,
  };
}

/**
 * The visible part of a document tiled top to bottom with strips
 * `tileHeight` px tall, from what an IntersectionObserver last said about
 * each visible strip (by index: the part of it that was visible then, in
 * document coordinates). Only the heights are trusted at the two ends of
 * the visible run: an observer stays silent while a strip's visible share
 * stays in the same threshold band, and a strip can jump from one edge of
 * the screen to the other with the same share, leaving its old rectangle
 * on the wrong side. The first strip of the run shows its bottom part, the
 * last its top part. (The heights are exact only if every pixel of a
 * strip's visible height crosses a threshold: see stripThresholds.)
 * @example spanFromTiles(new Map([[3, {top: 120, bottom: 130}], [4, {top: 160, bottom: 200}], [5, {top: 200, bottom: 215}]]), 40, 4000)
 * // {top: 150, bottom: 215}: strip 3's 10 visible px are its last 10
 */
export function spanFromTiles(
  tiles: ReadonlyMap<number, Span>,
  tileHeight: number,
  documentHeight: number,
): Span | null {
  let first = Infinity;
  let last = -Infinity;
  for (const [index, span] of tiles) {
    if (span.bottom <= span.top) continue;
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  const head = tiles.get(first);
  const tail = tiles.get(last);
  if (!head || !tail) return null;
  const tileTop = (index: number) => index * tileHeight;
  const tileBottom = (index: number) => Math.min(documentHeight, (index + 1) * tileHeight);
  const seen = (span: Span) => span.bottom - span.top;
  if (first === last) {
    // A single visible strip is a sliver of the document peeking in at an edge of the screen.
    if (first === 0) return { top: 0, bottom: seen(head) };
    if (tileBottom(first) >= documentHeight)
      return { top: documentHeight - seen(head), bottom: documentHeight };
    return head;
  }
  return { top: tileBottom(first) - seen(head), bottom: tileTop(last) + seen(tail) };
}

/**
 * Updates what the child knows of the host's viewport from the part of the
 * document now visible in it (`visible`, null when none is). A visible
 * part cut by neither end of the document is the whole viewport; one cut
 * by an end only bounds the height from below, and the window then extends
 * past that end. When nothing is visible, the reader is beyond the end the
 * document was last seen at (above it, before anything was seen).
 * `knownHeight` (pym's exact viewport height), when given, wins.
 * @example followHostWindow({top: 0, height: 700, measured: false, lastEdge: null}, {top: 0, bottom: 300}, 9000, null)
 * // {top: -400, height: 700, measured: false, lastEdge: 'top'}: the document starts 400 px down the screen
 */
export function followHostWindow(
  previous: HostWindow,
  visible: Span | null,
  documentHeight: number,
  knownHeight: number | null,
): HostWindow {
  let height = knownHeight ?? previous.height;
  let measured = knownHeight !== null || previous.measured;
  if (!visible) {
    const top = previous.lastEdge === 'bottom' ? documentHeight : -height;
    return { top, height, measured, lastEdge: previous.lastEdge };
  }
  const seen = visible.bottom - visible.top;
  const cutAtTop = visible.top <= EDGE_SLACK;
  const cutAtBottom = visible.bottom >= documentHeight - EDGE_SLACK;
  if (knownHeight === null) {
    if (!cutAtTop && !cutAtBottom) {
      if (!measured || Math.abs(seen - height) > HEIGHT_TOLERANCE) height = seen;
      measured = true;
    } else if (seen > height + (measured ? HEIGHT_TOLERANCE : 0)) {
      height = seen;
    }
  }
  const top = cutAtTop && !cutAtBottom ? visible.bottom - height : visible.top;
  const lastEdge = cutAtTop === cutAtBottom ? previous.lastEdge : cutAtTop ? 'top' : 'bottom';
  return { top, height, measured, lastEdge };
}

/**
 * How far down its section a graphic of `graphicHeight` must sit to stay
 * at the top of the reader's window, clamped to the section: what
 * `position: sticky; top: 0` does on a page that scrolls itself.
 * @example placeGraphic(1500, 400, 6000, 800) // 1100
 * @example placeGraphic(0, 400, 6000, 800) // 0: the section has not reached the top of the screen yet
 */
export function placeGraphic(
  windowTop: number,
  sectionTop: number,
  sectionHeight: number,
  graphicHeight: number,
): number {
  const room = Math.max(0, sectionHeight - graphicHeight);
  return Math.max(0, Math.min(room, windowTop - sectionTop));
}
