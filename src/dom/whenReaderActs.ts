/**
 * Starts something at the reader's first sign of reading on: a scroll, a
 * wheel turn, a touch, a press or click, a key, focus moving into the page
 * (a keyboard or screen-reader user), or a mouse over the graphic. Used by the boot script so that the
 * graphic's code, data and shapes load when the graphic is about to move,
 * not on a first visit that may end at the headline.
 */
import { startsBeforeReaderActs } from '../lib/scroll/startsBeforeReaderActs.ts';
import { afterNextLayout } from './afterFirstPaint.ts';

// `click` too: screen readers in browse mode and voice control send a bare click.
const SIGNS = [
  'scroll',
  'wheel',
  'touchstart',
  'pointerdown',
  'click',
  'keydown',
  'focusin',
] as const;

/**
 * Calls `start` once: at once when the page is deep linked or framed, after
 * the browser's next layout when it is past its top (startsBeforeReaderActs),
 * otherwise at the reader's first sign. Listeners are passive and on the
 * capture phase, so nothing the page does can swallow them, and all are
 * removed once it has run.
 */
export function whenReaderActs(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    for (const type of SIGNS) window.removeEventListener(type, once, true);
    window.removeEventListener('pointerover', onPointerOver, true);
    start();
  };
  // A mouse over the graphic: its marks show their details on hover.
  const onPointerOver = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('[data-island="graphic"]')) once();
  };
  const framed = window.self !== window.top;
  const { hash, search } = location;
  if (startsBeforeReaderActs({ hash, search, scrollY: 0, framed })) {
    once();
    return;
  }
  for (const type of SIGNS) window.addEventListener(type, once, { capture: true, passive: true });
  window.addEventListener('pointerover', onPointerOver, { capture: true, passive: true });
  // Not read here: this script runs when the page is parsed, and reading the position
  // would lay the page out inside its task (one long task). A position restored later
  // scrolls, which the listeners above catch.
  afterNextLayout(() => {
    if (startsBeforeReaderActs({ hash, search, scrollY: window.scrollY, framed })) once();
  });
}
