/**
 * The graphic's panel sizes as the pre-rendered page lays them out, read
 * once before hydration. Hydrating with the real sizes draws the map and
 * timeline once, for the reader's screen; starting from the sizes they were
 * rendered at on the server would draw them twice (once for the server's
 * guess, again when the panels report their size), which on a slow phone
 * is the longest part of starting up.
 */
export interface PanelSizes {
  mapWidth: number;
  mapHeight: number;
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

/** The sizes of the first pre-rendered graphic under `root`, or null if it has none (or is hidden). */
export function readPanelSizes(root: ParentNode): PanelSizes | null {
  const figure = root.querySelector<HTMLElement>('figure.graphic');
  const map = figure?.querySelector<HTMLElement>('.map-panel');
  const timeline = figure?.querySelector<HTMLElement>('.timeline-panel');
  const legend = figure?.querySelector<HTMLElement>('.legend-slot');
  if (!figure || !map || !timeline || !legend || figure.clientHeight === 0) return null;
  return {
    mapWidth: map.clientWidth,
    mapHeight: boxHeight(map),
    timelineWidth: timeline.clientWidth,
    figureHeight: figure.clientHeight,
    legendHeight: boxHeight(legend),
  };
}
