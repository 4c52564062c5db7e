/**
 * The story page's parts below its first step (the other steps' cards, the
 * notes, the corrections, the table of events, and within these each note,
 * correction and group of the table's rows, so that no part is long) are
 * marked at build with `data-lay-out-later`; while marked, the browser
 * skips laying them out (content-visibility, Story.svelte). Most of a first visit's blocking
 * time on a phone was laying out text the reader cannot see yet (uk page,
 * Lighthouse TBT, medians of 6 on one machine: 137 → 72 ms). The page then lays them out itself, one part a frame,
 * once it has painted, so that after a second or so nothing on the page is
 * left at a guessed height, in any browser.
 *
 * A guessed height above the place a reader goes to would move that place
 * when the guess is replaced. So the whole page is laid out at once when
 * the reader does not start at the top (a fragment, a parameter, a reload
 * or a return that restores a position, a frame) and when the reader
 * scrolls, or follows a link within the page, before the parts are all
 * laid out: such a reader pays for one layout of the page, as every reader
 * did before.
 */
import { startsBeforeReaderActs } from '../lib/scroll/startsBeforeReaderActs.ts';
import { triggerRatio } from '../lib/scroll/pickActiveStep.ts';

const MARK = 'data-lay-out-later';

/** Whether this visit must be laid out whole before the reader sees it. */
function startsAwayFromTop(): boolean {
  const navigation = performance.getEntriesByType?.('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  const returning = navigation?.type === 'reload' || navigation?.type === 'back_forward';
  const { hash, search } = location;
  return (
    returning ||
    startsBeforeReaderActs({ hash, search, scrollY: 0, framed: window.self !== window.top })
  );
}

function marked(): Element[] {
  return [...document.querySelectorAll(`[${MARK}]`)];
}

/** Lays out every marked part in the next layout. */
function layOutAllNow(): void {
  for (const part of marked()) part.removeAttribute(MARK);
}

/**
 * Lays out every marked part now and keeps the reader's place: the step or
 * part of the page at the trigger line (pickActiveStep.ts) keeps its top
 * where it was (it may have been a guess itself, with nothing yet to be
 * read further down it). Browsers that anchor scrolling do not do it here
 * (the guesses are replaced on the anchor's own ancestors), and some never do.
 */
function layOutAllKeepingPlace(): void {
  const line = window.innerHeight * triggerRatio(window.innerWidth);
  const parts = document.querySelectorAll<HTMLElement>('[data-step-id], main > :not(.scrolly)');
  const anchor = [...parts].find((el) => el.getBoundingClientRect().bottom > line);
  const before = anchor?.getBoundingClientRect().top;
  layOutAllNow();
  if (!anchor || before === undefined) return;
  const moved = anchor.getBoundingClientRect().top - before;
  if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
}

/**
 * Called by the boot script as it runs (after the page is parsed, before
 * the browser restores a position). `whenPainted` runs its callback after
 * the first contentful paint.
 */
export function layOutLater(whenPainted: (then: () => void) => void): void {
  if (!marked().length) return;
  // Nothing read from the layout here: the browser places the reader after.
  if (startsAwayFromTop()) {
    layOutAllNow();
    return;
  }
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    document.removeEventListener('click', onClick, true);
    window.removeEventListener('scroll', all);
  };
  const all = () => {
    stop();
    layOutAllKeepingPlace();
  };
  // Before the browser follows the link: it then scrolls to where its target really is.
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[href*="#"]') : null;
    if (link) all();
  };
  document.addEventListener('click', onClick, true);
  // A scroll may have jumped past parts not laid out yet (a scroll bar
  // dragged, End), which would move under the reader as they are.
  window.addEventListener('scroll', all, { passive: true });
  // One part a frame, in the page's order: each frame's layout is one part's.
  const next = () => {
    const part = document.querySelector(`[${MARK}]`);
    if (!part) {
      stop();
      return;
    }
    part.removeAttribute(MARK);
    frame = requestAnimationFrame(next);
  };
  whenPainted(() => (frame = requestAnimationFrame(next)));
}
