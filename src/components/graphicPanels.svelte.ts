/**
 * The sizes of the graphic's panels. Each is measured after every layout
 * (ResizeObservers); the map's height is also predicted before one
 * (predictMapHeight), from the timeline's laid-out height and the
 * legend's, so a new step draws the map once, at the height its panel is
 * about to have. The measures stay the truth: a prediction that differs
 * gives way to the next measure.
 */
import { boxHeight, measureMapPanel, type PanelSizes } from '../dom/readPanelSizes.ts';
import { predictMapHeight, type PanelMeasure } from '../lib/map/predictMapHeight.ts';

export class GraphicPanels {
  timelineWidth: number = $state(640);
  figureHeight: number = $state(0);
  legendHeight: number = $state(0);
  #map: PanelMeasure = $state.raw({ width: 640, height: 520, besideHeight: 0, givesWay: false });
  #legend: HTMLElement | undefined;
  // Set by the constructor; a field, so the derived values below may read it.
  #timelineHeight: () => number = () => 0;

  /**
   * `initial`: the pre-rendered page's sizes on this screen (readPanelSizes), when hydrating.
   * `timelineHeight`: the timeline's laid-out height now (0 without one).
   */
  constructor(initial: PanelSizes | null, timelineHeight: () => number) {
    this.#timelineHeight = timelineHeight;
    if (initial) {
      this.timelineWidth = initial.timelineWidth;
      this.figureHeight = initial.figureHeight;
      this.legendHeight = initial.legendHeight;
      this.#map = initial.map;
    }
  }

  // Numbers, not the measure itself: a new measure of the same size redraws nothing.
  readonly mapWidth: number = $derived(Math.max(200, this.#map.width || 640));
  readonly mapHeight: number = $derived(
    Math.max(100, predictMapHeight(this.#map, this.#timelineHeight() + this.legendHeight) || 520),
  );

  /** Attachment for the legend's slot. */
  readonly observeLegend = (slot: HTMLElement) => {
    this.#legend = slot;
    const observer = new ResizeObserver(() => (this.legendHeight = boxHeight(slot)));
    observer.observe(slot);
    return () => observer.disconnect();
  };

  /** Reads the legend's height at once: a new step's legend, before the map and timeline draw that step. */
  measureLegendNow(): void {
    if (this.#legend) this.legendHeight = boxHeight(this.#legend);
  }

  /** Attachment for the map's panel. */
  readonly observeMapPanel = (panel: HTMLElement) => {
    // Read from the page, laid out as the panel was: the legend's own report may come later.
    const observer = new ResizeObserver(
      () => (this.#map = measureMapPanel(panel, this.#timelineHeight(), this.#legend)),
    );
    observer.observe(panel);
    return () => observer.disconnect();
  };
}
