/**
 * The map panel's height for a new timeline and legend, before the page is
 * laid out again: a panel that gives way (it grows into the room they
 * leave, in a column of fixed height) loses what they gain, down to its
 * minimum height. Drawing the map at that height in the same update
 * as the new step saves drawing it twice, once at the old height and again
 * when the panel reports its new size; that report still comes, and is the
 * truth: when it differs, the map follows it.
 */

/** What the page measured last: the panel's size, and the height of the parts beside it at that moment. */
export interface PanelMeasure {
  width: number;
  height: number;
  /** The timeline's and the legend's heights, added. */
  besideHeight: number;
  /** The panel takes the room left (flex-grow); false for a panel of set height. */
  givesWay: boolean;
}

/** The map panel's CSS min-height (Graphic.svelte's .map-panel; change both together). */
export const MAP_PANEL_MIN_HEIGHT = 120;

/**
 * `besideHeight`: the timeline's and the legend's heights now.
 * @example predictMapHeight({ width: 412, height: 300, besideHeight: 160, givesWay: true }, 220) // 240
 */
export function predictMapHeight(measured: PanelMeasure, besideHeight: number): number {
  if (!measured.givesWay) return measured.height;
  const predicted = measured.height + measured.besideHeight - besideHeight;
  return Math.max(Math.min(MAP_PANEL_MIN_HEIGHT, measured.height), predicted);
}
