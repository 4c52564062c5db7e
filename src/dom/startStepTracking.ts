/**
 * The story's step tracking, in plain TypeScript: it finds the step
 * sections already in the page (pre-rendered, or mounted in a frame), keeps
 * the active one marked (`aria-current` on the step, `data-active-step` on
 * <html>), follows deep links (`#step-id`, `?step=`, later hash changes),
 * and, in a frame the host page scrolls, moves the graphic down its section
 * so it stays on the reader's screen (sticky cannot follow a host's scrolling).
 */
import { trackSteps, ownViewport } from './trackSteps.ts';
import { readStepHash } from '../lib/scroll/readStepHash.ts';
import { placeGraphic } from '../lib/embed/hostViewport.ts';
import type { ActiveStep } from '../lib/scroll/pickActiveStep.ts';
import type { WindowSource } from '../lib/scroll/visibleWindow.ts';
import { latestInOwnTask } from './latestInOwnTask.ts';

/** A host page that scrolls the story (the same shape as embedFrame's HostScroll). */
export interface HostScrollSource {
  visibleWindow: WindowSource;
  watch(onChange: () => void): () => void;
}

export interface StepTrackingOptions {
  /** The story section holding the steps (`section.scrolly`) and the graphic's column. */
  scrolly: HTMLElement;
  /** Told each active step and how far through it the reader is. */
  onChange: (active: ActiveStep & { id: string }) => void;
  hostScroll?: HostScrollSource | null;
  /** A step asked for by `?step=`, used when the address has no step fragment. */
  startAt?: string | null;
}

/** Starts tracking; returns the function that stops it. */
export function startStepTracking({
  scrolly,
  onChange,
  hostScroll = null,
  startAt = null,
}: StepTrackingOptions): () => void {
  const steps = [...scrolly.querySelectorAll<HTMLElement>('section[data-step-id]')];
  const ids = steps.map((el) => el.dataset.stepId ?? '');
  const graphicCol = scrolly.querySelector<HTMLElement>('.graphic-col');
  let shown: HTMLElement | undefined;
  // A new step redraws the graphic: it is handed on in a task of its own,
  // after the frame callback that found it, so the redraw and that frame's
  // rendering are two tasks, not one long one on a slow phone. The first
  // report and progress within the step go at once (the graphic hydrated
  // for the step it starts at; progress moves drawings a little each frame).
  const stepChange = latestInOwnTask(onChange);
  let handedOn: number | null = null;
  const report = (active: ActiveStep) => {
    const el = steps[active.index];
    if (!el) return;
    if (el !== shown) {
      shown?.removeAttribute('aria-current');
      for (const other of steps) if (other !== el) other.removeAttribute('aria-current');
      el.setAttribute('aria-current', 'step');
      shown = el;
    }
    const id = ids[active.index] ?? '';
    document.documentElement.dataset.activeStep = id;
    const change = { ...active, id };
    const newStep = handedOn !== null && active.index !== handedOn;
    handedOn = active.index;
    if (newStep || stepChange.waiting()) stepChange.push(change);
    else onChange(change);
  };
  const followHost = () => {
    if (!hostScroll || !graphicCol) return;
    const view = hostScroll.visibleWindow();
    const section = scrolly.getBoundingClientRect();
    const offset = placeGraphic(view.top, section.top, section.height, view.height);
    graphicCol.style.transform = `translateY(${offset}px)`;
  };

  const fromAddress = ids.indexOf(readStepHash(location.hash) || startAt || '');
  if (fromAddress >= 0) steps[fromAddress]?.scrollIntoView({ block: 'start' });
  const tracker = trackSteps(() => steps, report, hostScroll?.visibleWindow ?? ownViewport);
  followHost();
  const unwatchHost = hostScroll?.watch(() => {
    tracker.update();
    followHost();
  });
  const onHash = () => {
    const i = ids.indexOf(readStepHash(location.hash));
    // The browser does not always scroll to a fragment it navigates to
    // (seen in Chromium after earlier fragment jumps): without this the
    // tracker would measure the old position and undo the jump.
    if (i >= 0) {
      report({ index: i, progress: 1 });
      if (!hostScroll) steps[i]?.scrollIntoView({ block: 'start' });
    }
    tracker.update();
  };
  window.addEventListener('hashchange', onHash);
  return () => {
    stepChange.close();
    tracker.destroy();
    unwatchHost?.();
    window.removeEventListener('hashchange', onHash);
  };
}
