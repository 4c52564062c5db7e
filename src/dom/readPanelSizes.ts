/**
 * The graphic's panel sizes as the pre-rendered page lays them out, read
 * once before hydration. Hydrating with the real sizes draws the map and
 * timeline once, for the reader's screen; starting from the sizes they were
 * rendered at on the server would draw them twice (once for the server's
 * guess, again when the panels report their size), which on a slow phone
 * is the longest part of starting up.
 */
import type { PanelMeasure } from '../lib/map/predictMapHeight.ts';

export interface PanelSizes {
  map: PanelMeasure;
  timelineWidth: number;
  figureHeight: number;
  legendHeight: number;
}

/**
 * A panel's height as laid out, fractions of a pixel kept: the map's height
 * is predicted from the legend's and the timeline's (predictMapHeight.ts),
 * and heights rounded one by one would add up a pixel off.
 */
export function boxHeight(element: Element): number {
  return element.getBoundingClientRect().height;
}

/**
 * The map's panel as laid out now, with the height of what sits beside it
 * (`timelineHeight`, the timeline as drawn, and the legend's slot): what
 * predictMapHeight starts from.
 */
export function measureMapPanel(
  panel: HTMLElement,
  timelineHeight: number,
  legend: Element | null | undefined,
): PanelMeasure {
  return {
    width: panel.clientWidth,
    height: boxHeight(panel),
    besideHeight: timelineHeight + (legend ? boxHeight(legend) : 0),
    // A panel that grows into the room the timeline and legend leave (the
    // sticky column, a frame of fixed height); one of set height does not.
    givesWay: getComputedStyle(panel).flexGrow !== '0',
  };
}

/** The sizes of the first pre-rendered graphic under `root`, or null if it has none (or is hidden). */
export function readPanelSizes(root: ParentNode): PanelSizes | null {
  const figure = root.querySelector<HTMLElement>('figure.graphic');
  const map = figure?.querySelector<HTMLElement>('.map-panel');
  const timeline = figure?.querySelector<HTMLElement>('.timeline-panel');
  const legend = figure?.querySelector<HTMLElement>('.legend-slot');
  if (!figure || !map || !timeline || !legend || figure.clientHeight === 0) return null;
  const drawnTimeline = timeline.querySelector('svg.timeline');
  return {
    // The pre-rendered timeline, drawn for the server's width, scaled to this one:
    // hydration predicts the map's height from it, and draws the map once.
    map: measureMapPanel(map, drawnTimeline ? boxHeight(drawnTimeline) : 0, legend),
    timelineWidth: timeline.clientWidth,
    figureHeight: figure.clientHeight,
    legendHeight: boxHeight(legend),
  };
}
