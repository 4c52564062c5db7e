import { describe, expect, it } from 'vitest';
import {
  HEIGHT_TOLERANCE,
  followHostWindow,
  placeGraphic,
  spanFromTiles,
  type HostWindow,
  type Span,
  windowFromPymViewport,
} from '../../src/lib/embed/hostViewport.ts';

describe('windowFromPymViewport', () => {
  it.each([
    [
      {
        viewportWidth: 1280,
        viewportHeight: 800,
        top: -1200,
        left: 240,
        bottom: 6800,
        right: 1040,
      },
      { top: 1200, height: 800, width: 800 },
    ],
    [
      { viewportWidth: 375, viewportHeight: 740, top: 500, left: 0, bottom: 9000, right: 375 },
      { top: -500, height: 740, width: 375 },
    ],
  ])('windowFromPymViewport(%j) is %j', (viewport, expected) => {
    expect(windowFromPymViewport(viewport)).toEqual(expected);
  });
});

describe('spanFromTiles', () => {
  const tiles = (entries: [number, Span][]) => new Map(entries);
  it.each([
    ['nothing visible', tiles([]), null],
    ['zero-height entries only', tiles([[3, { top: 120, bottom: 120 }]]), null],
    [
      'a run: the first strip shows its bottom part, the last its top part',
      tiles([
        [3, { top: 120, bottom: 130 }],
        [4, { top: 160, bottom: 200 }],
        [5, { top: 200, bottom: 215 }],
      ]),
      { top: 150, bottom: 215 },
    ],
    [
      // Strip 3 last reported 10 px visible at the bottom edge of the screen; after a jump of one
      // screen it shows 10 px at the top, with no new report (same threshold band).
      'a strip whose rectangle is from the other edge',
      tiles([
        [3, { top: 120, bottom: 130 }],
        [4, { top: 160, bottom: 200 }],
      ]),
      { top: 150, bottom: 200 },
    ],
    ['a sliver of the first strip', tiles([[0, { top: 0, bottom: 12 }]]), { top: 0, bottom: 12 }],
    [
      'a sliver of the last (short) strip',
      tiles([[99, { top: 3960, bottom: 3965 }]]),
      { top: 3975, bottom: 3980 },
    ],
    [
      'a lone middle strip',
      tiles([[50, { top: 2010, bottom: 2030 }]]),
      { top: 2010, bottom: 2030 },
    ],
  ])('%s', (_name, input, expected) => {
    expect(spanFromTiles(input, 40, 3980)).toEqual(expected);
  });

  it('does not mutate the tiles', () => {
    const input = tiles([
      [1, { top: 60, bottom: 80 }],
      [2, { top: 80, bottom: 120 }],
    ]);
    const copy = structuredClone(input);
    spanFromTiles(input, 40, 4000);
    expect(input).toEqual(copy);
  });
});

describe('followHostWindow', () => {
  const fresh: HostWindow = { top: 0, height: 700, measured: false, lastEdge: null };
  it.each([
    [
      'the document starts 400 px down an unmeasured screen: cut at its top, a lower bound only',
      fresh,
      { top: 0, bottom: 300 },
      null,
      { top: -400, height: 700, measured: false, lastEdge: 'top' },
    ],
    [
      'a visible part taller than the guess raises it',
      fresh,
      { top: 0, bottom: 760 },
      null,
      { top: 0, height: 760, measured: false, lastEdge: 'top' },
    ],
    [
      'the screen inside the document: seen whole, measured',
      fresh,
      { top: 2000, bottom: 2800 },
      null,
      { top: 2000, height: 800, measured: true, lastEdge: null },
    ],
    [
      'once measured, a rounding wobble keeps the height',
      { top: 2000, height: 800, measured: true, lastEdge: null },
      { top: 2100, bottom: 2100 + 800 - HEIGHT_TOLERANCE },
      null,
      { top: 2100, height: 800, measured: true, lastEdge: null },
    ],
    [
      'once measured, a real resize changes it',
      { top: 2000, height: 800, measured: true, lastEdge: null },
      { top: 2100, bottom: 2700 },
      null,
      { top: 2100, height: 600, measured: true, lastEdge: null },
    ],
    [
      'the document ends on screen: the window starts at the visible top',
      { top: 2000, height: 800, measured: true, lastEdge: null },
      { top: 9500, bottom: 10000 },
      null,
      { top: 9500, height: 800, measured: true, lastEdge: 'bottom' },
    ],
    [
      'scrolled past the end: the window is below the document',
      { top: 9500, height: 800, measured: true, lastEdge: 'bottom' },
      null,
      null,
      { top: 10000, height: 800, measured: true, lastEdge: 'bottom' },
    ],
    [
      'not yet seen: the window is above the document',
      fresh,
      null,
      null,
      { top: -700, height: 700, measured: false, lastEdge: null },
    ],
    [
      "pym's exact viewport height wins over what is seen",
      fresh,
      { top: 0, bottom: 300 },
      740,
      { top: -440, height: 740, measured: true, lastEdge: 'top' },
    ],
  ] as const)('%s', (_name, previous, visible, known, expected) => {
    expect(followHostWindow(previous, visible, 10000, known)).toEqual(expected);
  });

  it('does not mutate the previous window', () => {
    const previous = { ...fresh };
    followHostWindow(previous, { top: 100, bottom: 900 }, 10000, null);
    expect(previous).toEqual(fresh);
  });
});

describe('placeGraphic', () => {
  it.each([
    [1500, 400, 6000, 800, 1100],
    [0, 400, 6000, 800, 0],
    [9000, 400, 6000, 800, 5200],
    [500, 0, 600, 800, 0],
  ])(
    'placeGraphic(%i, %i, %i, %i) is %i',
    (windowTop, sectionTop, sectionHeight, graphicHeight, expected) => {
      expect(placeGraphic(windowTop, sectionTop, sectionHeight, graphicHeight)).toBe(expected);
    },
  );
});
