/**
 * What embed.html shows before its app mounts. The page holds the whole
 * story, pre-rendered with the opening step's map and timeline; the app
 * (views.ts, about 50 KB gzip with its data) replaces it with the view the
 * URL asks for. Until then, a map or timeline embed of the opening step can
 * show the pre-rendered graphic it will draw anyway: the stylesheet hides
 * the rest when <html> carries `data-first-paint` (set by src/embedHead.ts).
 * Only the map: its SVG scales to the embed's width, while the timeline is
 * laid out at build for the story's column (640 px) and would overflow a
 * phone until the app lays it out again. Not for another step (the
 * pre-rendered map would be the wrong one), nor for the views whose first
 * paint is not a part of the story page (card, stepper, the story in a
 * frame), nor under ?debug.
 */
import type { EmbedParams, View } from './readEmbedParams.ts';

export type FirstPaintView = Extract<View, 'map'>;

/**
 * @example firstPaintView({ view: 'map', step: null, debug: false }) // 'map'
 * @example firstPaintView({ view: 'map', step: 'august-2025', debug: false }) // null
 */
export function firstPaintView({
  view,
  step,
  debug,
}: Pick<EmbedParams, 'view' | 'step' | 'debug'>): FirstPaintView | null {
  if (step !== null || debug) return null;
  return view === 'map' ? view : null;
}
