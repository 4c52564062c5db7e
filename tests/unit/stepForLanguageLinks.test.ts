import { describe, expect, it } from 'vitest';
import { stepForLanguageLinks } from '../../src/lib/i18n/stepForLanguageLinks.ts';
import { pickActiveStep } from '../../src/lib/scroll/pickActiveStep.ts';

describe('stepForLanguageLinks(last, active)', () => {
  it.each([
    ['a later step', null, { index: 4, progress: 0.3, id: 'e' }, 'e'],
    ['a later step, replacing the last', 'b', { index: 4, progress: 0, id: 'e' }, 'e'],
    [
      'reading the first step: the top of the page',
      'e',
      { index: 0, progress: 0.2, id: 'a' },
      null,
    ],
    [
      'above the first step (the masthead): the last step read',
      'e',
      { index: 0, progress: 0, id: 'a' },
      'e',
    ],
    ['above the first step, nothing read yet', null, { index: 0, progress: 0, id: 'a' }, null],
  ] as const)('%s', (_what, last, active, expected) => {
    expect(stepForLanguageLinks(last, active)).toBe(expected);
  });

  it('treats what pickActiveStep reports above the first step as "above the steps"', () => {
    const boxes = [
      { top: 900, bottom: 1700 },
      { top: 1800, bottom: 2600 },
    ];
    expect(stepForLanguageLinks('s2', { ...pickActiveStep(boxes, 400), id: 's1' })).toBe('s2');
  });
});
