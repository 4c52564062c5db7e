import { describe, expect, it } from 'vitest';
import { readEmbedParams } from '../../src/lib/embed/readEmbedParams.ts';
import { firstPaintView } from '../../src/lib/embed/firstPaintView.ts';

describe('readEmbedParams', () => {
  it.each([
    ['', { view: 'story', step: null, childId: null, debug: false, theme: null, font: null }],
    [
      '?view=map&step=convoys',
      { view: 'map', step: 'convoys', childId: null, debug: false, theme: null, font: null },
    ],
    [
      '?view=stepper&childId=graphic-1',
      { view: 'stepper', step: null, childId: 'graphic-1', debug: false, theme: null, font: null },
    ],
    [
      '?view=<script>',
      { view: 'story', step: null, childId: null, debug: false, theme: null, font: null },
    ],
    [
      '?step=%3Cimg%20src%3Dx%3E',
      { view: 'story', step: null, childId: null, debug: false, theme: null, font: null },
    ],
    [
      '?childId=a%22b',
      { view: 'story', step: null, childId: null, debug: false, theme: null, font: null },
    ],
    ['?debug', { view: 'story', step: null, childId: null, debug: true, theme: null, font: null }],
    [
      '?view=card&step=' + 'x'.repeat(65),
      { view: 'card', step: null, childId: null, debug: false, theme: null, font: null },
    ],
    [
      '?view=map&theme=dark&font=serif',
      { view: 'map', step: null, childId: null, debug: false, theme: 'dark', font: 'serif' },
    ],
    [
      '?theme=light&font=sans',
      { view: 'story', step: null, childId: null, debug: false, theme: 'light', font: 'sans' },
    ],
    // Anything else follows the reader's setting and the story's own font.
    [
      '?theme=Dark&font=Comic%20Sans',
      { view: 'story', step: null, childId: null, debug: false, theme: null, font: null },
    ],
    [
      '?theme=%3Cscript%3E&font=mono',
      { view: 'story', step: null, childId: null, debug: false, theme: null, font: null },
    ],
  ])('readEmbedParams(%j) is %j', (search, expected) => {
    expect(readEmbedParams(search)).toEqual(expected);
  });
});

describe('firstPaintView: what embed.html shows before its app mounts', () => {
  it.each([
    ['?view=map', 'map'],
    ['?view=map&theme=dark&font=serif', 'map'],
    // Laid out at build for the story's column, the timeline would overflow a phone.
    ['?view=timeline', null],
    // The pre-rendered graphic is the opening step's: another step waits for the app.
    ['?view=map&step=august-2025', null],
    ['?view=map&debug', null],
    ['?view=card', null],
    ['?view=stepper', null],
    ['?view=story', null],
    ['', null],
    ['?view=<svg>', null],
  ])('%s: %s', (search, expected) => {
    expect(firstPaintView(readEmbedParams(search))).toBe(expected);
  });
});
