/**
 * A tap or key on the graphic before its script has run is kept, not lost.
 * The pre-rendered timeline shows its event marks as buttons; a reader who
 * presses one on a first visit starts the scripts loading (whenReaderActs)
 * but the press itself would find no handler. The boot script holds the
 * last such press; the islands replay it once they have hydrated, so the
 * reader gets the details they asked for, one moment later.
 */

/** What the boot script holds for the islands: the control pressed and how. */
export interface HeldActivation {
  target: Element;
  /** 'click', or the key ('Enter', ' ') pressed on the control. */
  how: string;
}

declare global {
  interface Window {
    /** undefined: nothing held; null: the islands run and nothing is held any more. */
    __storyHeldActivation?: HeldActivation | null;
  }
}

const CONTROL = '[data-island] [role="button"], [data-island] button';

/** In the boot script: holds presses on the islands' controls until replayHeldActivation. */
export function holdEarlyActivations(): void {
  const hold = (event: Event, how: string) => {
    if (window.__storyHeldActivation === null) {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
      return;
    }
    const target = event.target instanceof Element ? event.target.closest(CONTROL) : null;
    if (target) window.__storyHeldActivation = { target, how };
  };
  const onClick = (event: MouseEvent) => hold(event, 'click');
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') hold(event, event.key);
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKey, true);
}

/**
 * In the islands, once their handlers are attached: replays the held press
 * on its control, if that is still on the page, and stops holding. With no
 * press held, a control that has had focus since before (a keyboard reader
 * who tabbed to a mark) gets its focus event again, as its handler missed it.
 */
export function replayHeldActivation(): void {
  const held = window.__storyHeldActivation;
  window.__storyHeldActivation = null;
  const focused = document.activeElement;
  if (!held && focused?.matches(CONTROL)) focused.dispatchEvent(new FocusEvent('focus'));
  if (!held?.target.isConnected) return;
  held.target.dispatchEvent(
    held.how === 'click'
      ? new MouseEvent('click', { bubbles: true, cancelable: true })
      : new KeyboardEvent('keydown', { key: held.how, bubbles: true, cancelable: true }),
  );
}
