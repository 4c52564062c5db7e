import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import {
  arcDrawnShare,
  fitStepCamera,
  layoutMap,
  MARKER_RADIUS,
} from '../../src/lib/map/layoutMap.ts';
import { projectionFor, type Size } from '../../src/lib/map/fitCamera.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());

describe('arcDrawnShare', () => {
  it.each([
    [0, false, 0.15],
    [0.2, false, 0.65],
    [0.34, false, 1],
    [1, false, 1],
    [0, true, 1],
  ])('arcDrawnShare(%d, reduced motion %s) is %d', (progress, reduced, share) => {
    expect(arcDrawnShare(progress, reduced)).toBeCloseTo(share, 6);
  });
});

describe('layoutMap', () => {
  it.each([
    [[320, 480] as Size, 12],
    [[419, 300] as Size, 12],
    [[420, 300] as Size, 13],
    [[1280, 600] as Size, 13],
  ])(
    'layoutMap(each step, fitStepCamera, %j) keeps markers and visible labels inside the panel, labels at %d px',
    (size, labelSize) => {
      for (const state of model.steps) {
        const copy = structuredClone(state.places);
        const layout = layoutMap(state, fitStepCamera(state.extent, size), size);
        expect(layout.labelSize).toBe(labelSize);
        expect(layout.markerRadius).toBe(MARKER_RADIUS);
        expect(layout.markers.map((m) => m.id)).toEqual(state.places.map((p) => p.id));
        for (const m of layout.markers) {
          expect(m.x).toBeGreaterThanOrEqual(0);
          expect(m.x).toBeLessThanOrEqual(size[0]);
          expect(m.y).toBeGreaterThanOrEqual(0);
          expect(m.y).toBeLessThanOrEqual(size[1]);
        }
        for (const l of layout.labels.filter((label) => label.visible)) {
          expect(l.x).toBeGreaterThanOrEqual(0);
          expect(l.x).toBeLessThanOrEqual(size[0]);
        }
        expect(layout.arcs.map((a) => a.id)).toEqual(state.flows.map((f) => f.eventId));
        expect(state.places).toEqual(copy);
      }
    },
  );

  it('layoutMap(two flows on one route) bends them apart and sizes them from the step’s weights', () => {
    const convoys = model.steps[1]!;
    const size: Size = [640, 480];
    const layout = layoutMap(convoys, fitStepCamera(convoys.extent, size), size, {
      progress: 0,
    });
    expect(layout.arcs).toHaveLength(2);
    expect(layout.arcs[0]!.d).not.toBe(layout.arcs[1]!.d);
    for (const arc of layout.arcs) expect(arc.width).toBeGreaterThan(0);
    expect(layout.drawn).toBeCloseTo(0.15, 6);
  });

  it.each([
    [[200, 400] as Size, 25],
    [[1200, 400] as Size, 56],
  ])(
    'fitStepCamera(extent, %j) keeps %d px clear between each place and the sides',
    (size, room) => {
      for (const state of model.steps) {
        const projection = projectionFor(fitStepCamera(state.extent, size), size);
        for (const p of state.extent) {
          const [x, y] = projection([p.lon, p.lat])!;
          expect(x).toBeGreaterThanOrEqual(room - 0.5);
          expect(x).toBeLessThanOrEqual(size[0] - room + 0.5);
          expect(y).toBeGreaterThanOrEqual(room - 0.5);
          expect(y).toBeLessThanOrEqual(size[1] - room + 0.5);
        }
      }
    },
  );
});
