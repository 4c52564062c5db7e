/**
 * A tap or key on the graphic before its script has run is kept, not lost.
 * The pre-rendered timeline shows its event marks as buttons; a reader who
 * presses one on a first visit starts the scripts loading (whenReaderActs)
 * but the press itself would find no handler. The boot script holds the
 * last such press; the islands replay it once they have hydrated, so the
 * reader gets the details they asked for, one moment later.
 */

/** What the boot script holds for the islands: the mark pressed and how. */
export interface HeldActivation {
  /** The mark's event id: the mark is looked up again, in case hydration replaced it. */
  eventId: string;
  /** 'click', or the key ('Enter', ' ') pressed on the mark. */
  how: string;
}

declare global {
  interface Window {
    /** undefined: nothing held; null: the islands run and nothing is held any more. */
    __storyHeldActivation?: HeldActivation | null;
  }
}

/** The graphic's controls: the other islands load later (late islands) and are not held for. */
const MARK = '[data-island="graphic"] [role="button"][data-event-id]';

const markOf = (target: EventTarget | null): HTMLElement | SVGElement | null =>
  target instanceof Element ? target.closest<HTMLElement | SVGElement>(MARK) : null;

/** In the boot script: holds presses on the graphic's marks until replayHeldActivation. */
export function holdEarlyActivations(): void {
  const listeners = {
    click: (event: Event) => hold(event, 'click'),
    keydown: (event: Event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Escape') release();
      else if (key === 'Enter' || key === ' ') {
        // Space would scroll the page a screen before the replay opens the details: once is enough.
        if (hold(event, key) && key === ' ') event.preventDefault();
      }
    },
    // Focus moving elsewhere, as Escape, takes back what was pressed before.
    focusin: (event: Event) => {
      const held = window.__storyHeldActivation;
      if (held && markOf(event.target)?.dataset.eventId !== held.eventId) release();
    },
  };
  const stop = () => {
    for (const [type, listener] of Object.entries(listeners))
      window.removeEventListener(type, listener, true);
  };
  const release = () => {
    if (window.__storyHeldActivation) window.__storyHeldActivation = undefined;
  };
  function hold(event: Event, how: string): boolean {
    if (window.__storyHeldActivation === null) {
      stop();
      return false;
    }
    const eventId = markOf(event.target)?.dataset.eventId;
    if (eventId) window.__storyHeldActivation = { eventId, how };
    return !!eventId;
  }
  for (const [type, listener] of Object.entries(listeners))
    window.addEventListener(type, listener, true);
}

/**
 * In the islands, once their handlers are attached: replays the held press
 * on its mark, if that is still on the page, and stops holding. With no
 * press held, a mark that has had focus since before (a keyboard reader
 * who tabbed to it), or else the mark under the mouse, gets its focus or
 * mouseenter event again, as its handler missed it.
 */
export function replayHeldActivation(): void {
  const held = window.__storyHeldActivation;
  window.__storyHeldActivation = null;
  if (!held) {
    // Focus first: a keyboard reader's mark wins over where the mouse happens to rest.
    const focused = document.activeElement;
    if (focused?.matches(MARK)) focused.dispatchEvent(new FocusEvent('focus'));
    else document.querySelector(`${MARK}:hover`)?.dispatchEvent(new MouseEvent('mouseenter'));
    return;
  }
  const mark = document.querySelector(`${MARK}[data-event-id="${CSS.escape(held.eventId)}"]`);
  mark?.dispatchEvent(
    held.how === 'click'
      ? new MouseEvent('click', { bubbles: true, cancelable: true })
      : new KeyboardEvent('keydown', { key: held.how, bubbles: true, cancelable: true }),
  );
}
