/**
 * Scheduling for the story's islands: start after the page has painted,
 * and give each island a task of its own, so that the text shows first and
 * no single task holds the page for the time of all of them.
 */

/** Runs `task` after the next frame has been painted (at once in a hidden tab, which paints nothing). */
export function afterFirstPaint(task: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(task, 0);
  else requestAnimationFrame(() => setTimeout(task, 0));
}

/** Runs `task` in a task of its own, after what is already queued. */
export function nextTask(task: () => void): void {
  setTimeout(task, 0);
}
