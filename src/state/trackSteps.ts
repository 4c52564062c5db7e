/**
 * Keeps the active step in line with the page. On every scroll, resize,
 * load and restored page it measures where the steps are and asks
 * pickActiveStep, so the answer never depends on the order events came in.
 * One rAF-throttled read per frame; listeners are passive and removed on
 * destroy.
 */
import { pickActiveStep, triggerRatio, type ActiveStep } from '../lib/pickActiveStep.ts';

/** The part of the page the reader sees, in this document's client coordinates. */
export interface VisibleWindow {
  top: number;
  height: number;
  width: number;
}

export type WindowSource = () => VisibleWindow;

export const ownViewport: WindowSource = () => ({
  top: 0,
  height: window.innerHeight,
  width: window.innerWidth,
});

export function trackSteps(
  getSteps: () => readonly HTMLElement[],
  onChange: (active: ActiveStep) => void,
  visibleWindow: WindowSource = ownViewport,
): { update: () => void; destroy: () => void } {
  let frame = 0;
  const measure = () => {
    frame = 0;
    const view = visibleWindow();
    const boxes = getSteps().map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    if (!boxes.length) return;
    onChange(pickActiveStep(boxes, view.top + view.height * triggerRatio(view.width)));
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  const events = ['scroll', 'resize', 'load', 'pageshow', 'orientationchange'] as const;
  for (const name of events) window.addEventListener(name, schedule, { passive: true });
  measure();
  return {
    update: schedule,
    destroy() {
      for (const name of events) window.removeEventListener(name, schedule);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
