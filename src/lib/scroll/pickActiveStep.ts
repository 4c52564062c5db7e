/**
 * Which step is active, derived from where the steps are, never from the
 * order in which enter/exit events arrived: after a fast scroll, a jump, a
 * reload mid-page or a resize the answer is the same as after a slow
 * scroll (peers fail here: scrollama #26, #43, #56).
 */

export interface StepBox {
  /** Top and bottom of the step element, in the same coordinates as the trigger line. */
  top: number;
  bottom: number;
}

export interface ActiveStep {
  index: number;
  /** 0 at the step's top crossing the trigger line, 1 at its bottom. */
  progress: number;
}

/**
 * The active step is the last one whose top has crossed the trigger line.
 * Before the first step, the first is active with progress 0.
 * @example pickActiveStep([{top: -50, bottom: 350}, {top: 400, bottom: 800}], 300) // {index: 0, progress: 0.875}
 */
export function pickActiveStep(boxes: readonly StepBox[], triggerY: number): ActiveStep {
  let index = 0;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (box && box.top <= triggerY) index = i;
  }
  const box = boxes[index];
  if (!box) return { index: 0, progress: 0 };
  const height = Math.max(1, box.bottom - box.top);
  const progress = Math.max(0, Math.min(1, (triggerY - box.top) / height));
  return { index, progress };
}

/** Where the trigger line sits, as a share of the viewport's height: lower on phones, where the graphic sits on top. */
export function triggerRatio(viewportWidth: number): number {
  return viewportWidth < 760 ? 0.75 : 0.5;
}
