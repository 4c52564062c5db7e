import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/lib/format/shorten.ts';

describe('shorten', () => {
  it.each([
    ['short text stays whole', 'Baku', 40, 'Baku'],
    ['exactly max stays whole', 'abcde', 5, 'abcde'],
    ['one over max is cut with an ellipsis', 'abcdef', 5, 'abcd…'],
    ['the default max is 40', 'x'.repeat(41), undefined, `${'x'.repeat(39)}…`],
    ['a flag counts as one character and is never split', '🇺🇦🇦🇿🇺🇦', 2, '🇺🇦…'],
    [
      'an accent written as two code points stays on its letter',
      'e\u0301e\u0301e\u0301',
      2,
      'e\u0301…',
    ],
    ['empty text stays empty', '', 5, ''],
  ])('shorten: %s', (_, text, max, expected) => {
    const result = shorten(text, max);
    expect(result).toBe(expected);
    expect(
      [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(result)].length,
    ).toBeLessThanOrEqual(max ?? 40);
  });
});
