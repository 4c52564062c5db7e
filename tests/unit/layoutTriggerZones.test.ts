import { describe, expect, it } from 'vitest';
import { layoutTriggerZones } from '../../src/lib/scroll/layoutTriggerZones.ts';
import { pickActiveStep, type StepBox } from '../../src/lib/scroll/pickActiveStep.ts';

const steps = (tops: number[], height = 400): StepBox[] =>
  tops.map((top) => ({ top, bottom: top + height }));

describe('layoutTriggerZones', () => {
  it.each([
    [
      'three steps in a column',
      steps([200, 700, 1200]),
      2000,
      [
        { index: 0, top: 0, bottom: 700 },
        { index: 1, top: 700, bottom: 1200 },
        { index: 2, top: 1200, bottom: 2000 },
      ],
    ],
    [
      'a last step reaching past the page end',
      steps([100, 500], 900),
      1000,
      [
        { index: 0, top: 0, bottom: 500 },
        { index: 1, top: 500, bottom: 1400 },
      ],
    ],
    [
      'a step overtaken by a later, higher one (never active)',
      steps([0, 600, 400]),
      1200,
      [
        { index: 0, top: 0, bottom: 400 },
        { index: 1, top: 600, bottom: 600 },
        { index: 2, top: 400, bottom: 1200 },
      ],
    ],
    ['no steps', [], 800, []],
  ])('layoutTriggerZones(%s) is %j', (_name, boxes, pageHeight, expected) => {
    expect(layoutTriggerZones(boxes, pageHeight)).toEqual(expected);
  });

  it('agrees with pickActiveStep: a trigger line inside zone i makes step i active', () => {
    const layouts = [
      steps([200, 700, 1200, 1250, 2000]),
      steps([0, 600, 400, 900]),
      steps([-300, 100, 100, 800], 50),
    ];
    for (const boxes of layouts) {
      const zones = layoutTriggerZones(boxes, 3000);
      for (let y = 0; y < 3000; y += 25) {
        const inside = zones.filter((z) => z.top <= y && y < z.bottom).map((z) => z.index);
        expect({ y, inside }).toEqual({ y, inside: [pickActiveStep(boxes, y).index] });
      }
    }
  });

  it('does not mutate the boxes', () => {
    const boxes = steps([0, 400]);
    const copy = structuredClone(boxes);
    layoutTriggerZones(boxes, 1000);
    expect(boxes).toEqual(copy);
  });
});
