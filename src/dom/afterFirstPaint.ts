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

/**
 * Runs `task` once the browser has reported the page's first contentful
 * paint (the paint timing entry, whose time is when the paint was shown:
 * a frame callback can run before that). Where paint timing is missing, or
 * in a hidden tab, it falls back to afterFirstPaint; and if no entry comes
 * within `fallbackMs` (a page that paints no content), it runs anyway.
 */
export function afterFirstContentfulPaint(task: () => void, fallbackMs = 3000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  const paintTiming =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.includes('paint');
  if (!paintTiming || document.visibilityState === 'hidden') {
    afterFirstPaint(once);
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    nextTask(once);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    once();
  }, fallbackMs);
}

/**
 * Runs `task` once, after the browser's next layout: when an intersection
 * observer first reports, which the browser does after laying the page out
 * for a frame. What `task` then reads of the layout (window.scrollY) costs
 * nothing, where read in a script it would lay the page out there and then.
 * Without IntersectionObserver, after the first paint.
 */
export function afterNextLayout(task: () => void): void {
  if (typeof IntersectionObserver === 'undefined') {
    afterFirstPaint(task);
    return;
  }
  const observer = new IntersectionObserver(() => {
    observer.disconnect();
    task();
  });
  observer.observe(document.documentElement);
}
