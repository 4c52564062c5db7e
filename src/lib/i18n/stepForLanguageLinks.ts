/**
 * Which step the language links carry (`#step-id`): the reader's active
 * step, except above the first step, in the masthead where the switcher
 * is. A reader at step 5 who scrolls up to switch language passes the
 * earlier steps and reaches "before the first step"; taking the tracker's
 * word there would always send them to the top of the other page, so the
 * links keep the step they last read instead.
 */
import type { ActiveStep } from '../scroll/pickActiveStep.ts';

/**
 * @example stepForLanguageLinks(null, { index: 4, progress: 0.3, id: 'b' }) // 'b'
 * @example stepForLanguageLinks('b', { index: 0, progress: 0, id: 'a' }) // 'b' (above the steps)
 * @example stepForLanguageLinks('b', { index: 0, progress: 0.2, id: 'a' }) // null (reading the first step: the top of the page)
 */
export function stepForLanguageLinks(
  last: string | null,
  active: ActiveStep & { id: string | null },
): string | null {
  // pickActiveStep gives exactly this before the first step.
  if (active.index === 0 && active.progress === 0) return last;
  // The first step is the top of the page: no hash, as the pre-rendered page has none.
  return active.index > 0 ? active.id : null;
}
