/**
 * The page's timeline as state: its time range, gliding between steps
 * (or jumping under reduced motion), and its layout for that range. The
 * graphic owns it, so the timeline's height is known in the same update as
 * a new step: the map beside it is then drawn once, at the height it will
 * have, instead of again when its panel reports the new size (on a phone
 * that second drawing made each step change a long task).
 */
import { Glide } from './glide.svelte.ts';
import { planStepTimeline } from '../lib/timeline/layoutStepTimeline.ts';
import {
  layoutPlannedTimeline,
  type TimelineLayout,
  type TimelinePlan,
} from '../lib/timeline/layoutTimeline.ts';
import type { StepState, StoryModel } from '../lib/model/buildStoryModel.ts';
import type { MeasureText } from '../lib/format/estimateTextWidth.ts';
import type { TimelineWords } from '../lib/i18n/timelineWords.ts';

/** Read reactively: give getters, as Svelte's props are, so each reader depends only on what it reads. */
export interface TimelineInputs {
  readonly model: StoryModel;
  readonly step: StepState | undefined;
  /** The timeline's whole width, padding included. */
  width: number;
  maxHeight?: number;
  dense: boolean;
  reducedMotion: boolean;
}

const GLIDE_MS = 800;

export class TimelineView {
  /** Label widths by the page's own font once mounted; estimated until then (and on the server). */
  measure: MeasureText | undefined = $state.raw();
  readonly #range: Glide<[number, number]>;
  readonly #inputs: TimelineInputs;
  readonly #words: TimelineWords;

  /** Call while a component initialises: the glide follows the step from an effect. */
  constructor(inputs: TimelineInputs, words: TimelineWords) {
    this.#inputs = inputs;
    this.#words = words;
    this.#range = new Glide<[number, number]>(inputs.step?.range ?? [0, 0], (a, b) => (t) => [
      a[0] + (b[0] - a[0]) * t,
      a[1] + (b[1] - a[1]) * t,
    ]);
    // Depends on the step and the motion setting only: a new width keeps the glide going.
    $effect(() => {
      const range = inputs.step?.range;
      if (range) this.#range.set(range, inputs.reducedMotion ? 0 : GLIDE_MS);
    });
  }

  /**
   * What the range does not change, planned once per step and size: a
   * glide then lays out only the rest on each frame.
   */
  readonly #plan: TimelinePlan | null = $derived.by(() => {
    const { model, step, width, maxHeight, dense } = this.#inputs;
    if (!step) return null;
    return planStepTimeline(model, step, {
      width,
      maxHeight,
      dense,
      measure: this.measure,
      words: this.#words,
    });
  });

  /** The layout for the range on screen now; null without a step. */
  readonly layout: TimelineLayout | null = $derived.by(() => {
    const { step, reducedMotion } = this.#inputs;
    if (!step || !this.#plan) return null;
    // Under reduced motion the range jumps: laid out once, not first at the old range.
    const range = reducedMotion ? step.range : this.#range.current;
    return layoutPlannedTimeline(this.#plan, [range[0], range[1]]);
  });
}
