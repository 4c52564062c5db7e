import { describe, expect, it } from 'vitest';
import { placeIslands } from '../../src/build/placeIslands.ts';

describe('placeIslands(page, islands)', () => {
  it.each([
    [
      'drops the static page’s hydration markers and keeps the island’s own',
      '<!--[--><p>a</p><!---->b<!--]--><div data-island="map"></div>',
      { map: '<!--[--><svg><!----></svg><!--]-->' },
      '<p>a</p>b<div data-island="map"><!--[--><svg><!----></svg><!--]--></div>',
    ],
    [
      'places several islands, each where it is named',
      '<div data-island="a"></div><!--[!--><div data-island="b"></div>',
      { a: '<!--[-->A<!--]-->', b: '<!--[-->B<!--]-->' },
      '<div data-island="a"><!--[-->A<!--]--></div><div data-island="b"><!--[-->B<!--]--></div>',
    ],
    [
      'leaves a page without islands as it is, but for the markers',
      '<p>x<!----></p>',
      {},
      '<p>x</p>',
    ],
  ])('%s', (_what, page, islands, expected) => {
    const before = JSON.stringify(islands);
    expect(placeIslands(page, islands)).toBe(expected);
    expect(JSON.stringify(islands)).toBe(before);
  });

  it('refuses a page that names an island it was not given', () => {
    expect(() => placeIslands('<div class="x" data-island="map"></div>', {})).toThrow(
      'no island named "map"',
    );
  });

  it('refuses an island the page has no place for', () => {
    expect(() => placeIslands('<p></p>', { map: '<svg></svg>' })).toThrow('no place for map');
  });
});
