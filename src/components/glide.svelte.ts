/**
 * A value that glides to each new target (cubic in and out), or jumps
 * there: the map's camera and the timeline's range between steps. Svelte's
 * Tween does this and more; this is the little the two need, a few hundred
 * bytes lighter in the islands' bundle, which is held to a byte budget.
 */
import { untrack } from 'svelte';
import { cubicInOut } from 'svelte/easing';

export class Glide<T> {
  /** The value on screen now: part-way through a glide, or at rest (then `target` itself). */
  current: T = $state.raw() as T;
  /** Where the value is going (or is). */
  target: T;
  #interpolate: (a: T, b: T) => (t: number) => T;
  #frame = 0;

  constructor(value: T, interpolate: (a: T, b: T) => (t: number) => T) {
    this.current = value;
    this.target = value;
    this.#interpolate = interpolate;
  }

  /**
   * Glides from where the value is now to `to` over `duration` ms; 0 jumps.
   * Reads nothing reactively: an effect that calls it depends only on `to`.
   */
  set(to: T, duration: number): void {
    untrack(() => this.#set(to, duration));
  }

  #set(to: T, duration: number): void {
    // At rest where it is asked to be (an effect's first run): nothing to draw.
    if (to === this.target && this.current === to) return;
    cancelAnimationFrame(this.#frame);
    this.target = to;
    if (duration <= 0) {
      this.current = to;
      return;
    }
    const between = this.#interpolate(this.current, to);
    const start = performance.now();
    const frame = (now: number) => {
      // A frame's time can fall just before the glide started.
      const t = Math.max(0, (now - start) / duration);
      // At the end, the target itself: a value at rest is its target.
      this.current = t >= 1 ? to : between(cubicInOut(t));
      if (t < 1) this.#frame = requestAnimationFrame(frame);
    };
    this.#frame = requestAnimationFrame(frame);
  }
}
