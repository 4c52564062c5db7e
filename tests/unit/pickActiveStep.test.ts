import { describe, expect, it } from 'vitest';
import { pickActiveStep, triggerRatio } from '../../src/lib/scroll/pickActiveStep.ts';

const steps = (tops: number[], height = 400) => tops.map((top) => ({ top, bottom: top + height }));

describe('pickActiveStep', () => {
  it.each([
    ['before the first step', steps([500, 900, 1300]), 300, { index: 0, progress: 0 }],
    ['first step half way', steps([100, 500, 900]), 300, { index: 0, progress: 0.5 }],
    ['exactly at a step top', steps([-100, 300, 700]), 300, { index: 1, progress: 0 }],
    ['after a jump to the end', steps([-3000, -2600, -2200]), 300, { index: 2, progress: 1 }],
    ['with no steps', [], 300, { index: 0, progress: 0 }],
  ])('pickActiveStep(%s) is %j', (_name, boxes, trigger, expected) => {
    expect(pickActiveStep(boxes, trigger)).toEqual(expected);
  });

  it('depends only on positions: the same boxes give the same answer in any call order', () => {
    const a = steps([-900, -500, 100, 500]);
    const b = steps([200, 600, 1000, 1400]);
    const first = pickActiveStep(a, 300);
    pickActiveStep(b, 300);
    expect(pickActiveStep(a, 300)).toEqual(first);
    expect(first.index).toBe(2);
  });

  it('does not mutate the boxes', () => {
    const boxes = steps([0, 400]);
    const copy = structuredClone(boxes);
    pickActiveStep(boxes, 200);
    expect(boxes).toEqual(copy);
  });
});

describe('triggerRatio', () => {
  it.each([
    [320, 0.75],
    [759, 0.75],
    [760, 0.5],
    [1280, 0.5],
  ])('triggerRatio(%d) is %d', (width, ratio) => {
    expect(triggerRatio(width)).toBe(ratio);
  });
});
