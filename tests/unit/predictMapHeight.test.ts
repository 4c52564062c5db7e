import { describe, expect, it } from 'vitest';
import {
  MAP_PANEL_MIN_HEIGHT,
  predictMapHeight,
  type PanelMeasure,
} from '../../src/lib/map/predictMapHeight.ts';

const measured = (over: Partial<PanelMeasure> = {}): PanelMeasure => ({
  width: 412,
  height: 321.015625,
  besideHeight: 111 + 58.34375,
  givesWay: true,
  ...over,
});

describe('predictMapHeight', () => {
  it('gives the map what the timeline and legend give up, and takes what they gain, to the fraction', () => {
    // The phone layout's july-2023-order → first-convoys-2023: timeline 111 → 249, legend 58.34 → 90.
    expect(predictMapHeight(measured(), 249 + 90)).toBeCloseTo(321.015625 - 138 - 31.65625, 9);
    expect(predictMapHeight(measured(), 89 + 58.34375)).toBeCloseTo(343.015625, 9);
  });

  it('keeps the measured height when nothing beside the map changed', () => {
    expect(predictMapHeight(measured(), 111 + 58.34375)).toBe(321.015625);
  });

  it('keeps a panel of set height as measured: it does not give way', () => {
    expect(predictMapHeight(measured({ givesWay: false }), 400)).toBe(321.015625);
  });

  it('stops at the panel’s minimum height, as its CSS does', () => {
    expect(predictMapHeight(measured(), 1000)).toBe(MAP_PANEL_MIN_HEIGHT);
    // A panel already under the minimum (a tiny frame) is not predicted to grow to it.
    expect(predictMapHeight(measured({ height: 90 }), 1000)).toBe(90);
  });
});
