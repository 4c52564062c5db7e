import { describe, expect, it } from 'vitest';
import { readEmbedParams } from '../../src/lib/embed/readEmbedParams.ts';

describe('readEmbedParams', () => {
  it.each([
    ['', { view: 'story', step: null, childId: null, debug: false }],
    ['?view=map&step=convoys', { view: 'map', step: 'convoys', childId: null, debug: false }],
    [
      '?view=stepper&childId=graphic-1',
      { view: 'stepper', step: null, childId: 'graphic-1', debug: false },
    ],
    ['?view=<script>', { view: 'story', step: null, childId: null, debug: false }],
    ['?step=%3Cimg%20src%3Dx%3E', { view: 'story', step: null, childId: null, debug: false }],
    ['?childId=a%22b', { view: 'story', step: null, childId: null, debug: false }],
    ['?debug', { view: 'story', step: null, childId: null, debug: true }],
    [
      '?view=card&step=' + 'x'.repeat(65),
      { view: 'card', step: null, childId: null, debug: false },
    ],
  ])('readEmbedParams(%j) is %j', (search, expected) => {
    expect(readEmbedParams(search)).toEqual(expected);
  });
});
