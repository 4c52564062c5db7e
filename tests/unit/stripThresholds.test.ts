/**
 * The reader's window, as an embedded story learns it from strips watched
 * by an IntersectionObserver (observeVisibleSpan), stays within a pixel of
 * the truth after any scroll of the host. The observer is modelled as
 * Chromium runs it in a cross-site frame: the host's viewport in whole
 * pixels (its enclosing rectangle), and a strip reported only when it
 * starts or stops intersecting or its visible share moves to another
 * threshold band.
 */
import { describe, expect, it } from 'vitest';
import { STRIP_HEIGHT, stripThresholds } from '../../src/lib/embed/stripThresholds.ts';
import {
  followHostWindow,
  spanFromTiles,
  type HostWindow,
  type Span,
} from '../../src/lib/embed/hostViewport.ts';

/** The spec's thresholdIndex: the index of the first threshold above the share. */
function bandOf(thresholds: readonly number[], share: number): number {
  const index = thresholds.findIndex((threshold) => threshold > share);
  return index === -1 ? thresholds.length : index;
}

/** The strips' last reports (what observeVisibleSpan keeps), updated as the host scrolls. */
function observeStrips(documentHeight: number) {
  const thresholds = stripThresholds(STRIP_HEIGHT);
  const count = Math.ceil(documentHeight / STRIP_HEIGHT);
  const spans = new Map<number, Span>();
  /** The band each strip was last reported in; -1 when not intersecting. */
  const bands = new Map<number, number>();
  return (viewportTop: number, viewportHeight: number): Span | null => {
    const top = Math.floor(viewportTop);
    const bottom = Math.ceil(viewportTop + viewportHeight);
    for (let index = 0; index < count; index++) {
      const stripTop = index * STRIP_HEIGHT;
      const stripBottom = Math.min(documentHeight, stripTop + STRIP_HEIGHT);
      const seen = { top: Math.max(stripTop, top), bottom: Math.min(stripBottom, bottom) };
      const visible = seen.bottom > seen.top;
      const band = visible
        ? bandOf(thresholds, (seen.bottom - seen.top) / (stripBottom - stripTop))
        : -1;
      if (bands.get(index) === band) continue;
      bands.set(index, band);
      if (visible) spans.set(index, seen);
      else spans.delete(index);
    }
    return spanFromTiles(spans, STRIP_HEIGHT, documentHeight);
  };
}

/** Where the story places the reader's window after the host scrolled from `from` to `to` (pym gave the height). */
function windowTopAfter(from: number, to: number, height: number, documentHeight: number) {
  const view = observeStrips(documentHeight);
  let host: HostWindow = { top: 0, height, measured: true, lastEdge: null };
  for (const top of [from, to])
    host = followHostWindow(host, view(top, height), documentHeight, height);
  return host.top;
}

describe('stripThresholds', () => {
  it.each([
    [1, [0, 0.5, 1]],
    [4, [0, 0.125, 0.375, 0.625, 0.875, 1]],
  ])('stripThresholds(%i) is %j', (height, expected) => {
    expect(stripThresholds(height)).toEqual(expected);
  });

  it.each(Array.from({ length: STRIP_HEIGHT }, (_, px) => px + 1))(
    'a strip showing %i px is in another band than one showing a pixel less',
    (px) => {
      const thresholds = stripThresholds(STRIP_HEIGHT);
      expect(bandOf(thresholds, px / STRIP_HEIGHT)).not.toBe(
        bandOf(thresholds, (px - 1) / STRIP_HEIGHT),
      );
    },
  );
});

describe('the reader window the strips give, after a scroll of the host', () => {
  it.each([
    // The embed at 320 px that lost its map: a host 760 px tall, the frame 0.234 px off the
    // pixel grid, scrolled from step past-45-million to gaza-and-georgia.
    ['one step on, at 320 px', 9140.234375, 9900.234375, 760, 25361],
    ['a step back', 9900.234375, 9140.234375, 760, 25361],
    ['a pixel on', 5000.5, 5001.5, 700, 12000],
    ['to the last screen of the document', 10000, 11240.75, 760, 12001],
  ])('%s (%d → %d, %d px tall, document %d px)', (_name, from, to, height, documentHeight) => {
    const top = windowTopAfter(from, to, height, documentHeight);
    expect(Math.abs(top - to)).toBeLessThan(1);
  });

  it('every jump of about a screen, from every offset in two strips, is placed within a pixel', () => {
    const height = 760;
    const documentHeight = 4000;
    const misplaced: string[] = [];
    for (const fraction of [0, 0.234375, 0.5, 0.75]) {
      for (let start = 400; start < 400 + 2 * STRIP_HEIGHT; start++) {
        for (let jump = height - STRIP_HEIGHT; jump <= height + STRIP_HEIGHT; jump++) {
          for (const [from, to] of [
            [start + fraction, start + jump + fraction],
            [start + jump + fraction, start + fraction],
          ] as const) {
            const top = windowTopAfter(from, to, height, documentHeight);
            if (Math.abs(top - to) >= 1) misplaced.push(`${from} → ${to}: ${top}`);
          }
        }
      }
    }
    expect(misplaced.slice(0, 5)).toEqual([]);
  });
});
