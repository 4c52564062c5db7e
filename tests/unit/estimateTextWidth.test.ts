import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  REGULAR_EM_PER_CHAR,
  SEMIBOLD_EM_PER_CHAR,
} from '../../src/lib/format/estimateTextWidth.ts';

describe('estimateTextWidth', () => {
  it.each([
    ['', 13, false, 0],
    ['Baku', 10, false, 4 * 10 * 0.56],
    ['Baku', 10, true, 4 * 10 * 0.62],
    ['more than $45m', 11.5, true, 14 * 11.5 * 0.62],
  ])('estimateTextWidth(%j, %d, bold %s) is %d', (text, size, bold, width) => {
    expect(estimateTextWidth(text, size, bold)).toBeCloseTo(width, 6);
  });

  it('estimateTextWidth(text, 2 × size) is twice estimateTextWidth(text, size): size is no factor', () => {
    expect(estimateTextWidth('Kyiv', 26)).toBeCloseTo(2 * estimateTextWidth('Kyiv', 13), 6);
  });

  it('semibold labels are estimated wider than regular ones', () => {
    expect(SEMIBOLD_EM_PER_CHAR).toBeGreaterThan(REGULAR_EM_PER_CHAR);
    expect(estimateTextWidth('Tbilisi', 13, true)).toBeGreaterThan(
      estimateTextWidth('Tbilisi', 13),
    );
  });
});
