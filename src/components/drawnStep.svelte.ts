/**
 * The step the graphic's map and timeline draw, a moment behind the active
 * step: a new step reaches the legend first, whose new height is read at
 * once (one small layout), and only then the map and the timeline, in the
 * same task, at the heights they will have. Drawn before the legend's
 * height was known, the map was drawn twice (once more when the panels
 * reported their sizes), and on a phone that made each step change a long
 * task. Call while a component initialises (it runs an effect).
 */
import { untrack } from 'svelte';
import type { StepState } from '../lib/model/buildStoryModel.ts';

export class DrawnStep {
  step: StepState | undefined = $state.raw();
  readonly #reader: { readonly active: StepState | undefined; readonly progress: number };
  #progress = 1;

  /**
   * `reader`: the active step and the reader's progress through it, read reactively.
   * `beforeDrawing`: measures what must be known before a new step is drawn.
   */
  constructor(
    reader: { readonly active: StepState | undefined; readonly progress: number },
    beforeDrawing: () => void,
  ) {
    this.#reader = reader;
    this.step = untrack(() => reader.active);
    this.#progress = untrack(() => reader.progress);
    $effect(() => {
      const step = reader.active;
      untrack(() => {
        if (step === this.step) return;
        beforeDrawing();
        this.step = step;
      });
    });
  }

  /**
   * The reader's progress through the drawn step: while a new step waits,
   * the old one keeps its progress, rather than the map laying it out once
   * more at the new step's.
   */
  readonly progress: number = $derived.by(() => {
    if (this.#reader.active === this.step) this.#progress = this.#reader.progress;
    return this.#progress;
  });
}
