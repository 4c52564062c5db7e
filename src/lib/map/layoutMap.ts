/**
 * The map's layout rules in one place: how much room the camera keeps
 * around a step's places, label sizes, marker size, arcs and how far they
 * have drawn. Map.svg.svelte only draws what layoutMap returns.
 */
import type { StepState } from '../model/buildStoryModel.ts';
import type { MeasureText } from '../format/estimateTextWidth.ts';
import { layoutArcs, type Point } from './arcPath.ts';
import { fitCamera, projectionFor, type Camera, type Size } from './fitCamera.ts';
import { placeLabels, type PlacedLabel } from './placeLabels.ts';

/** Radius of a place's marker; placeLabels keeps labels off a box about this size. */
export const MARKER_RADIUS = 4.5;
/** Below this panel width (phones), labels are a size smaller. */
const NARROW = 420;
/** Pixels between a marker and its label. */
const LABEL_GAP = 7;

/**
 * The camera that shows every place of a step's extent in a panel of
 * `size`, with room for labels: 56 px on each side, less on narrow panels.
 * @example fitStepCamera([{ lon: 49.67, lat: 40.59 }, { lon: 30.52, lat: 50.45 }], [320, 480])
 */
export function fitStepCamera(
  extent: ReadonlyArray<{ lon: number; lat: number }>,
  [width, height]: Size,
): Camera {
  return fitCamera(
    extent.map((p) => [p.lon, p.lat] as const),
    [width, height],
    Math.min(56, width / 8),
  );
}

/**
 * How much of each arc is drawn, 0…1, `progress` through the step: arcs
 * draw themselves over its first third; reduced motion shows them whole.
 * @example arcDrawnShare(0.2, false) // 0.65
 */
export function arcDrawnShare(progress: number, reducedMotion: boolean): number {
  return reducedMotion ? 1 : Math.min(1, 0.15 + progress * 2.5);
}

export interface MapLayout {
  arcs: { id: string; d: string; width: number; samples: Point[] }[];
  /** Share of each arc drawn (a stroke dash offset of 1 − drawn). */
  drawn: number;
  markers: { id: string; name: string; x: number; y: number }[];
  markerRadius: number;
  labels: PlacedLabel[];
  labelSize: number;
}

/**
 * Markers, arcs and labels of a step for the camera of this frame. They are
 * few, so they are projected every frame (the country shapes are not:
 * cameraTransform.ts).
 * @example layoutMap(state, fitStepCamera(state.extent, [640, 480]), [640, 480]).labels
 */
export function layoutMap(
  step: Pick<StepState, 'places' | 'flows'>,
  camera: Camera,
  size: Size,
  options: { progress?: number; reducedMotion?: boolean; measure?: MeasureText } = {},
): MapLayout {
  const projection = projectionFor(camera, size);
  const project = (lon: number, lat: number): [number, number] => projection([lon, lat]);
  const arcs = layoutArcs(
    step.flows.map((f) => ({
      id: f.eventId,
      from: project(f.from.lon, f.from.lat),
      to: project(f.to.lon, f.to.lat),
      pairKey: `${f.from.id}>${f.to.id}`,
      weight: f.weight,
    })),
  );
  const markers = step.places.map((p) => {
    const [x, y] = project(p.lon, p.lat);
    return { id: p.id, name: p.name, x, y, prefer: p.label };
  });
  const labelSize = size[0] < NARROW ? 12 : 13;
  const labels = placeLabels(
    markers.map((m) => ({ id: m.id, text: m.name, x: m.x, y: m.y, prefer: m.prefer })),
    size,
    labelSize,
    LABEL_GAP,
    arcs.flatMap((a) => a.samples),
    options.measure,
  );
  return {
    arcs,
    drawn: arcDrawnShare(options.progress ?? 1, options.reducedMotion ?? false),
    markers: markers.map(({ id, name, x, y }) => ({ id, name, x, y })),
    markerRadius: MARKER_RADIUS,
    labels,
    labelSize,
  };
}
