/**
 * Which part of this document is on the reader's screen, when the page
 * that scrolls is the host around our iframe, on any origin. An
 * IntersectionObserver with the implicit root measures against the
 * top-level viewport even across origins, but only reports when a target's
 * visible share crosses a threshold, and a target taller than the screen
 * keeps the same share while it scrolls past. So the document is tiled with
 * thin invisible strips, each with a threshold between every two whole
 * pixels (stripThresholds): the visible strips, joined (spanFromTiles), are
 * the visible part of the document, to within a pixel, updated as the host
 * scrolls. (rootMargin is ignored across origins, so it is not used.)
 */
import { spanFromTiles, type Span } from '../lib/embed/hostViewport.ts';
import { STRIP_HEIGHT, stripThresholds } from '../lib/embed/stripThresholds.ts';
import { measureDocumentHeight } from './reportHeight.ts';

const THRESHOLDS = stripThresholds(STRIP_HEIGHT);

export function observeVisibleSpan(
  onChange: (visible: Span | null, documentHeight: number) => void,
): () => void {
  const layer = document.createElement('div');
  layer.setAttribute('aria-hidden', 'true');
  layer.className = 'viewport-probe';
  // CSSOM, not a style attribute: allowed under a strict CSP.
  Object.assign(layer.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    width: '1px',
    overflow: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(layer);

  const strips = new Map<Element, number>();
  const spans = new Map<number, Span>();
  let documentHeight = 0;
  const observer = new IntersectionObserver(
    (entries) => {
      const scrollY = window.scrollY;
      for (const entry of entries) {
        const index = strips.get(entry.target);
        if (index === undefined) continue;
        const rect = entry.intersectionRect;
        if (entry.isIntersecting && rect.height > 0) {
          spans.set(index, { top: rect.top + scrollY, bottom: rect.bottom + scrollY });
        } else {
          spans.delete(index);
        }
      }
      onChange(spanFromTiles(spans, STRIP_HEIGHT, documentHeight), documentHeight);
    },
    { threshold: THRESHOLDS },
  );

  // Re-tiles from scratch when the document changes height: every strip is
  // observed again, so none keeps a stale rectangle.
  const tile = () => {
    const height = measureDocumentHeight();
    if (height === documentHeight) return;
    documentHeight = height;
    observer.disconnect();
    spans.clear();
    strips.clear();
    layer.replaceChildren();
    layer.style.height = `${height}px`;
    for (let top = 0; top < height; top += STRIP_HEIGHT) {
      const strip = document.createElement('div');
      Object.assign(strip.style, {
        position: 'absolute',
        left: '0',
        width: '1px',
        top: `${top}px`,
        height: `${Math.min(STRIP_HEIGHT, height - top)}px`,
      });
      layer.append(strip);
      strips.set(strip, strips.size);
      observer.observe(strip);
    }
  };
  const resizes = new ResizeObserver(tile);
  resizes.observe(document.documentElement);
  tile();

  return () => {
    resizes.disconnect();
    observer.disconnect();
    layer.remove();
  };
}
