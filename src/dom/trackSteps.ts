/**
 * Keeps the active step in line with the page. On every scroll, resize,
 * load and restored page it measures where the steps are and asks
 * pickActiveStep, so the answer never depends on the order events came in.
 * After a change of width it first scrolls the reader back to the step
 * they were in. One rAF-throttled read per frame; listeners are passive
 * and removed on destroy.
 */
import { pickActiveStep, triggerRatio, type ActiveStep } from '../lib/scroll/pickActiveStep.ts';
import type { WindowSource } from '../lib/scroll/visibleWindow.ts';

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
  let last: ActiveStep | null = null;
  let lastWidth: number | null = null;
  // Only a page that scrolls itself can be scrolled back to the reader's place.
  const ownsScrolling = visibleWindow === ownViewport;
  const measure = () => {
    frame = 0;
    const view = visibleWindow();
    const steps = getSteps();
    const trigger = view.top + view.height * triggerRatio(view.width);
    // A new width (a resized window, a turned phone) reflows the text and the
    // reader would land in another step: scroll so the step they were in sits
    // at the trigger line again, as far through as before. Height-only
    // changes (a phone's address bar) are left alone.
    const anchor = last ? steps[last.index] : undefined;
    if (ownsScrolling && last && anchor && lastWidth !== null && view.width !== lastWidth) {
      const r = anchor.getBoundingClientRect();
      const wanted = trigger - Math.min(0.99, last.progress) * Math.max(1, r.height);
      if (Math.abs(r.top - wanted) > 1)
        window.scrollBy({ top: r.top - wanted, behavior: 'instant' });
    }
    lastWidth = view.width;
    const boxes = steps.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    if (!boxes.length) return;
    last = pickActiveStep(boxes, trigger);
    onChange(last);
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
