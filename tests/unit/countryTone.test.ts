import { describe, expect, it } from 'vitest';
import { countryTone } from '../../src/lib/map/countryTone.ts';

describe('countryTone', () => {
  const highlighted = new Set(['AZ', 'UA', 'GE']);
  it.each([
    ['AZ', 'standout'],
    ['UA', 'standout'],
    ['GE', 'focus'],
    ['RU', 'recede'],
  ])('countryTone(%j, {AZ, UA, GE}) is %j', (id, tone) => {
    expect(countryTone(id, highlighted)).toBe(tone);
  });

  it('countryTone("AZ", {}) recedes: a country stands out only at steps that highlight it', () => {
    expect(countryTone('AZ', new Set())).toBe('recede');
  });
});
