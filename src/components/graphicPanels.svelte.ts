/**
 * The sizes of the graphic's panels. Each is measured after every layout
 * (ResizeObservers); the map's height is also predicted before one
 * (predictMapHeight), from the timeline's laid-out height and the
 * legend's, so a new step draws the map once, at the height its panel is
 * about to have. The measures stay the truth: after each prediction the
 * panel is measured again once laid out (the desktop's hint, a panel held
 * at its minimum height or a frame that overflows can make it wrong), and
 * a measure that differs wins.
 */
import { untrack } from 'svelte';
import { boxHeight, measureMapPanel, type PanelSizes } from '../dom/readPanelSizes.ts';
import { predictMapHeight, type PanelMeasure } from '../lib/map/predictMapHeight.ts';

export class GraphicPanels {
  timelineWidth: number = $state(640);
  figureHeight: number = $state(0);
  legendHeight: number = $state(0);
  #map: PanelMeasure = $state.raw({ width: 640, height: 520, besideHeight: 0, givesWay: false });
  #legend: HTMLElement | undefined;
  #mapPanel: { element: HTMLElement; observer: ResizeObserver } | undefined;
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
    // A prediction the panel does not follow leaves its size, and so its
    // observer, unchanged: observing it anew asks for a measure after the next layout.
    $effect(() => {
      if (this.#predicted === untrack(() => this.#map.height)) return;
      const panel = this.#mapPanel;
      panel?.observer.unobserve(panel.element);
      panel?.observer.observe(panel.element);
    });
  }

  readonly #predicted: number = $derived(
    predictMapHeight(this.#map, this.#timelineHeight() + this.legendHeight),
  );
  // Numbers, not the measure itself: a new measure of the same size redraws
  // nothing. A panel not laid out yet (0) draws at the server's size.
  readonly mapWidth: number = $derived(Math.max(200, this.#map.width || 640));
  readonly mapHeight: number = $derived(Math.max(100, this.#predicted || 520));
  readonly timelineDrawWidth: number = $derived(Math.max(200, this.timelineWidth || 640));

  /** Attachment for the legend's slot. */
  readonly observeLegend = (slot: HTMLElement) => {
    this.#legend = slot;
    const observer = new ResizeObserver(() => (this.legendHeight = boxHeight(slot)));
    observer.observe(slot);
    return () => {
      observer.disconnect();
      if (this.#legend === slot) this.#legend = undefined;
    };
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
    this.#mapPanel = { element: panel, observer };
    return () => {
      observer.disconnect();
      if (this.#mapPanel?.element === panel) this.#mapPanel = undefined;
    };
  };
}
