/**
 * Moving the map without projecting it. The projection's rotation is fixed
 * (fitCamera.ts), so two cameras differ only by scale and translation: a
 * shape projected once is drawn for any camera by an SVG transform
 * `translate(x, y) scale(k)`. The country shapes are projected once, at
 * build, at SHAPES_SCALE (src/build/projectShapes.ts). At each step change
 * the map moves them to the target camera and cuts them to what the glide
 * will show (clipShapes.ts: arithmetic, no trigonometry), then moves them
 * through the glide by changing one attribute per frame.
 */
import { interpolateCamera, projectionFor, type Camera, type Size } from './fitCamera.ts';

/** `translate(x, y) scale(k)`: maps pixels of one camera onto pixels of another. */
export interface Affine {
  k: number;
  x: number;
  y: number;
}

/** A rectangle in pixels: [[left, top], [right, bottom]]. */
export type Extent = [[number, number], [number, number]];

function translateOf(camera: Camera, size: Size): readonly [number, number] {
  return projectionFor(camera, size).translate;
}

/**
 * The scale the country shapes are projected at, with translate [0, 0],
 * rounded to whole units: at the map's closest zoom on a wide screen a unit
 * is about 0.6 px, so rounding moves a point by 0.3 px at most, and the
 * numbers stay short.
 */
export const SHAPES_SCALE = 10000;

/**
 * The transform that draws the build's shapes (SHAPES_SCALE, translate [0, 0]) as `camera` shows them.
 * @example shapesTransform({ lon: 34, lat: 0, scale: 20000 }, [600, 400]) // { k: 2, x: 300, y: 200 }
 */
export function shapesTransform(camera: Camera, size: Size): Affine {
  const [x, y] = translateOf(camera, size);
  return { k: camera.scale / SHAPES_SCALE, x, y };
}

/**
 * The transform that draws shapes projected for camera `from` (in a panel
 * of `size`) as camera `to` shows them (in a panel of `toSize`).
 * @example cameraTransform(a, a, [600, 400]) // { k: 1, x: 0, y: 0 }
 */
export function cameraTransform(from: Camera, to: Camera, size: Size, toSize: Size = size): Affine {
  const k = to.scale / from.scale;
  const [fx, fy] = translateOf(from, size);
  const [tx, ty] = translateOf(to, toSize);
  return { k, x: tx - k * fx, y: ty - k * fy };
}

/** Shapes projected for one camera and panel size, cut to `clip` (in that camera's pixels). */
export interface ProjectedShapes {
  camera: Camera;
  size: Size;
  clip: Extent;
}

/**
 * Whether shapes already projected can draw the view of camera `to` in a
 * panel of `size` by a transform alone: they must cover the whole panel
 * and be scaled by no more than a quarter either way (beyond that, the
 * detail kept for the old scale shows). A panel that grows or shrinks by a
 * few pixels (a label wraps, the address bar hides) then costs nothing.
 * @example canReuseShapes({ camera: a, size: [600, 400], clip: [[-16, -16], [616, 416]] }, a, [600, 410]) // true
 */
export function canReuseShapes(shapes: ProjectedShapes, to: Camera, size: Size): boolean {
  const { k, x, y } = cameraTransform(shapes.camera, to, shapes.size, size);
  if (!(k > 0.8 && k < 1.25)) return false;
  const [[left, top], [right, bottom]] = shapes.clip;
  return (
    x + k * left <= 0 && y + k * top <= 0 && x + k * right >= size[0] && y + k * bottom >= size[1]
  );
}

/** The transform as an SVG attribute, rounded so the DOM is not rewritten for invisible changes. */
export function formatAffine({ k, x, y }: Affine): string {
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return `translate(${round(x, 2)},${round(y, 2)}) scale(${round(k, 5)})`;
}

/**
 * The area to project shapes into, in the pixels of camera `to`, so a glide
 * from `from` to `to` (interpolateCamera) never shows a cut edge: every view
 * along the way, sampled, plus `margin` pixels and some slack for the views
 * between the samples. A glide that zooms out stays (nearly) inside the panel; one
 * that zooms in or pans reaches beyond it.
 * @example tweenClipExtent(a, a, [600, 400], 4) // [[-4, -4], [604, 404]]
 */
export function tweenClipExtent(
  from: Camera,
  to: Camera,
  size: Size,
  margin: number,
  samples = 24,
): Extent {
  const [width, height] = size;
  let [left, top, right, bottom] = [0, 0, width, height];
  for (let i = 0; i < samples; i++) {
    const { k, x, y } = cameraTransform(interpolateCamera(from, to, i / samples), to, size);
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + k * width);
    bottom = Math.max(bottom, y + k * height);
  }
  // Slack in proportion to how far the views reach beyond the panel: none when they do not.
  const pad = margin + 0.05 * Math.max(right - left - width, bottom - top - height);
  return [
    [left - pad, top - pad],
    [right + pad, bottom + pad],
  ];
}

/** Shapes at rest reach this far beyond the panel, so a panel that changes by a few pixels can reuse them. */
export const REST_MARGIN = 16;

/** The area shapes at rest are projected into: the panel and REST_MARGIN around it. */
export function panelClip([width, height]: Size): Extent {
  return [
    [-REST_MARGIN, -REST_MARGIN],
    [width + REST_MARGIN, height + REST_MARGIN],
  ];
}

/**
 * What the map does when its target camera changes: glide there (a new
 * step, or a glide already under way that must follow a resized panel) or
 * jump (a resize at rest, or reduced motion); and which shapes it draws
 * meanwhile: the ones it has, if a transform can show the new view with
 * them, or shapes moved afresh to the target, cut to what the glide
 * will show.
 * @example planCameraMove({ shapes, current, to, size, newStep: true, gliding: false, reducedMotion: false }) // { glide: true, shapes: {…} }
 */
export function planCameraMove(options: {
  shapes: ProjectedShapes;
  /** The camera on screen now (part-way through a glide, or at rest). */
  current: Camera;
  to: Camera;
  size: Size;
  newStep: boolean;
  gliding: boolean;
  reducedMotion: boolean;
}): { glide: boolean; shapes: ProjectedShapes } {
  const { shapes, current, to, size } = options;
  const glide = !options.reducedMotion && (options.newStep || options.gliding);
  if (glide)
    return {
      glide,
      shapes: { camera: to, size, clip: tweenClipExtent(current, to, size, REST_MARGIN) },
    };
  if (canReuseShapes(shapes, to, size)) return { glide, shapes };
  return { glide, shapes: { camera: to, size, clip: panelClip(size) } };
}
