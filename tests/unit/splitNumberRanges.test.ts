import { describe, expect, it } from 'vitest';
import { splitNumberRanges } from '../../src/lib/format/splitNumberRanges.ts';

describe('splitNumberRanges', () => {
  it.each([
    [
      'Azerbaijan’s energy aid to Ukraine, 2023–2026',
      [
        { text: 'Azerbaijan’s energy aid to Ukraine, ', range: false },
        { text: '2023–2026', range: true },
      ],
    ],
    [
      '14–23 trucks, 2023–2026.',
      [
        { text: '14–23', range: true },
        { text: ' trucks, ', range: false },
        { text: '2023–2026', range: true },
        { text: '.', range: false },
      ],
    ],
    ['no range – just a dash', [{ text: 'no range – just a dash', range: false }]],
    ['', [{ text: '', range: false }]],
  ])('splitNumberRanges(%j)', (text, parts) => {
    const result = splitNumberRanges(text);
    expect(result).toEqual(parts);
    expect(result.map((p) => p.text).join('')).toBe(text);
  });
});
