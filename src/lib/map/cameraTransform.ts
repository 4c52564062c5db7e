/**
 * Moving the map without projecting it. The projection's rotation is fixed
 * (fitCamera.ts), so two cameras differ only by scale and translation: a
 * shape projected once is drawn for any camera by an SVG transform
 * `translate(x, y) scale(k)`. The country shapes are projected once, at
 * build, at SHAPES_SCALE (src/build/projectShapes.ts); the page moves them
 * through a glide by changing one attribute per frame, and never projects
 * thousands of points, which is what made scrolling stutter on phones.
 */
import { projectionFor, type Camera, type Size } from './fitCamera.ts';

/** `translate(x, y) scale(k)`: maps pixels of one camera onto pixels of another. */
export interface Affine {
  k: number;
  x: number;
  y: number;
}

/**
 * The scale the country shapes are projected at, with translate [0, 0],
 * rounded to whole units: a unit is then under 0.4 px at the map's closest
 * zoom on a wide screen, and the path data stays short.
 */
export const SHAPES_SCALE = 10000;

/**
 * The transform that draws shapes projected for camera `from` (in a panel
 * of `size`) as camera `to` shows them (in a panel of `toSize`).
 * @example cameraTransform(a, a, [600, 400]) // { k: 1, x: 0, y: 0 }
 */
export function cameraTransform(from: Camera, to: Camera, size: Size, toSize: Size = size): Affine {
  const k = to.scale / from.scale;
  const [fx, fy] = projectionFor(from, size).translate;
  const [tx, ty] = projectionFor(to, toSize).translate;
  return { k, x: tx - k * fx, y: ty - k * fy };
}

/**
 * The transform that draws the build's shapes (SHAPES_SCALE, translate [0, 0]) as `camera` shows them.
 * @example shapesTransform({ lon: 34, lat: 0, scale: 20000 }, [600, 400]) // { k: 2, x: 300, y: 200 }
 */
export function shapesTransform(camera: Camera, size: Size): Affine {
  const [x, y] = projectionFor(camera, size).translate;
  return { k: camera.scale / SHAPES_SCALE, x, y };
}

/** The transform as an SVG attribute, rounded so the DOM is not rewritten for invisible changes. */
export function formatAffine({ k, x, y }: Affine): string {
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return `translate(${round(x, 2)},${round(y, 2)}) scale(${Number(k.toPrecision(6))})`;
}
