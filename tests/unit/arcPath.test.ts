import { describe, expect, it } from 'vitest';
import { arcPath, flowWidths, layoutArcs, sampleArc } from '../../src/lib/map/arcPath.ts';

describe('arcPath', () => {
  it.each([
    [[0, 0], [100, 0], 0, 1, 'M0,0Q50,-25,100,0'],
    [[0, 0], [0, 100], 0, 1, 'M0,0Q25,50,0,100'],
    [[10, 10], [10, 10], 0, 1, 'M10,10'],
  ] as const)('arcPath(%j, %j, %d, %d) is %j', (from, to, index, count, expected) => {
    expect(arcPath(from, to, index, count)).toBe(expected);
  });

  it('arcs between the same two places fan out so their count shows', () => {
    const paths = [0, 1, 2].map((i) => arcPath([0, 0], [100, 0], i, 3));
    expect(new Set(paths).size).toBe(3);
    expect(paths[1]).toBe(arcPath([0, 0], [100, 0], 0, 1));
  });

  it('an arc is a curve, never the straight line a road map would draw', () => {
    const d = arcPath([0, 0], [200, 100]);
    const [, mx, my] = /Q([-\d.]+),([-\d.]+)/.exec(d)!.map(Number);
    // The control point is off the straight line y = x / 2.
    expect(Math.abs(my! - mx! / 2)).toBeGreaterThan(20);
  });
});

describe('flowWidths', () => {
  it.each([
    [
      [25, 100, null],
      [4, 8, 1.5],
    ],
    [
      [null, null],
      [1.5, 1.5],
    ],
    [
      [0, 0],
      [1.5, 1.5],
    ],
    [
      [1, 10000],
      [1.5, 8],
    ],
  ])('flowWidths(%j) is %j (area-true, minimum 1.5 px)', (weights, expected) => {
    const input = [...weights];
    expect(flowWidths(weights).map((w) => Math.round(w * 10) / 10)).toEqual(expected);
    expect(weights).toEqual(input);
  });
});

describe('layoutArcs', () => {
  it('layoutArcs(three flows, two between the same places) fans out the pair and sizes by weight', () => {
    const flows = [
      { id: 'a', from: [0, 0], to: [100, 0], pairKey: 's>u', weight: 25 },
      { id: 'b', from: [0, 0], to: [100, 0], pairKey: 's>u', weight: 100 },
      { id: 'c', from: [0, 0], to: [0, 100], pairKey: 's>k', weight: null },
    ] as const;
    const copy = structuredClone(flows);
    const arcs = layoutArcs(flows);
    expect(arcs.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(arcs[0]!.d).toBe(arcPath([0, 0], [100, 0], 0, 2));
    expect(arcs[1]!.d).toBe(arcPath([0, 0], [100, 0], 1, 2));
    expect(arcs[2]!.d).toBe(arcPath([0, 0], [0, 100], 0, 1));
    expect(arcs.map((a) => a.width)).toEqual([4, 8, 1.5]);
    expect(flows).toEqual(copy);
  });
});

describe('sampleArc', () => {
  it('sampleArc([0, 0], [100, 0]) runs from end to end through the curve arcPath draws', () => {
    const points = sampleArc([0, 0], [100, 0], 0, 1, 5);
    expect(points[0]).toEqual([0, 0]);
    expect(points[4]).toEqual([100, 0]);
    // arcPath([0,0],[100,0]) is 'M0,0Q50,-25,100,0': the curve's middle is halfway to the control point.
    expect(points[2]![0]).toBeCloseTo(50, 6);
    expect(points[2]![1]).toBeCloseTo(-12.5, 6);
  });

  it('sampleArc between one point and itself is that point', () => {
    expect(sampleArc([3, 4], [3, 4])).toEqual([[3, 4]]);
  });
});
