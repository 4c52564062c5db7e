/**
 * Shared state of one story view, built once by its root and handed down
 * through a typed context pair. Components read the model and the active
 * step from here instead of passing them through every layer.
 */
import { getContext, setContext } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import type { StoryModel, StepState } from '../lib/model/buildStoryModel.ts';
import type { GeometryResult } from '../lib/map/readGeometry.ts';
import type { PanelSizes } from '../dom/readPanelSizes.ts';
import type { DescribeGraphic } from '../lib/format/describeStep.ts';

export class StoryState {
  readonly model: StoryModel;
  readonly geometry: GeometryResult;
  activeIndex = $state(0);
  /** 0–1 through the active step, for transitions that follow the scroll. */
  progress = $state(1);
  /** Event whose details are open in the timeline (hover, tap or focus). */
  focusedEventId = $state<string | null>(null);

  /** The graphic's sizes in the pre-rendered page, when hydrating it (readPanelSizes.ts). */
  readonly panelSizes: PanelSizes | null;
  /**
   * The graphic's text equivalents at a step: written from the data
   * (describeGraphicFromData) or, on the story page, read from its step
   * cards (readStepCards.ts).
   */
  readonly describe: DescribeGraphic;

  constructor(
    model: StoryModel,
    geometry: GeometryResult,
    describe: DescribeGraphic,
    initialIndex = 0,
    panelSizes: PanelSizes | null = null,
  ) {
    this.model = model;
    this.geometry = geometry;
    this.describe = describe;
    this.panelSizes = panelSizes;
    this.activeIndex = Math.max(0, Math.min(initialIndex, model.steps.length - 1));
  }

  get active(): StepState | undefined {
    return this.model.steps[this.activeIndex];
  }

  get reducedMotion(): boolean {
    return prefersReducedMotion.current;
  }

  goTo(index: number): void {
    this.activeIndex = Math.max(0, Math.min(index, this.model.steps.length - 1));
  }

  indexOf(stepId: string | null): number {
    if (!stepId) return -1;
    return this.model.steps.findIndex((s) => s.step.id === stepId);
  }
}

const KEY = Symbol('story');

export function setStoryContext(state: StoryState): StoryState {
  return setContext(KEY, state);
}

/**
 * The context an island starts with when it is rendered or hydrated as a
 * root of its own (`render`/`hydrate`'s `context` option), so that islands
 * share one StoryState without a common parent component.
 */
export function storyContextMap(state: StoryState): Map<symbol, StoryState> {
  // Read once by Svelte when the island starts: nothing reacts to it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  return new Map([[KEY, state]]);
}

export function getStoryContext(): StoryState {
  return getContext<StoryState>(KEY);
}
