/**
 * For the debug view (?debug): where on the page the trigger line must be
 * for each step to be active, by the same rule as pickActiveStep. A step
 * is active from the moment its top reaches the trigger line until a later
 * step's top does; the first step is also active above its own top, and the
 * last one down to the end of the page.
 */
import type { StepBox } from './pickActiveStep.ts';

export interface TriggerZone {
  index: number;
  /** Page coordinates (like the boxes) of the zone's top and bottom; empty when top = bottom. */
  top: number;
  bottom: number;
}

/**
 * @param boxes the steps in page order, in page coordinates (top from the start of the page)
 * @param pageHeight the height of the whole page
 * @example layoutTriggerZones([{top: 200, bottom: 600}, {top: 700, bottom: 1100}], 1500)
 * // [{index: 0, top: 0, bottom: 700}, {index: 1, top: 700, bottom: 1500}]
 */
export function layoutTriggerZones(boxes: readonly StepBox[], pageHeight: number): TriggerZone[] {
  // The first later top to reach the line ends a zone: the smallest top after each step.
  const laterTop: number[] = new Array<number>(boxes.length).fill(Infinity);
  for (let i = boxes.length - 2; i >= 0; i--) {
    laterTop[i] = Math.min(boxes[i + 1]?.top ?? Infinity, laterTop[i + 1] ?? Infinity);
  }
  return boxes.map((box, index) => {
    const top = index === 0 ? Math.min(0, box.top) : box.top;
    const end = laterTop[index] ?? Infinity;
    const bottom = end === Infinity ? Math.max(pageHeight, box.bottom) : end;
    return { index, top, bottom: Math.max(top, bottom) };
  });
}
