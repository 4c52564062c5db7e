/*
 * Soak only: counts the page's observers. Wraps IntersectionObserver,
 * ResizeObserver, MutationObserver and PerformanceObserver before the
 * page's own scripts run, and keeps, per kind, how many were made, how
 * many were disconnected and how many are still alive (not yet garbage
 * collected). Observers made by the benchmark's own probes exist before
 * this runs and are not counted.
 */
(() => {
  const counts = {};
  const registry = new FinalizationRegistry((kind) => {
    counts[kind].alive--;
  });
  for (const kind of [
    'IntersectionObserver',
    'ResizeObserver',
    'MutationObserver',
    'PerformanceObserver',
  ]) {
    const Original = window[kind];
    if (typeof Original !== 'function') continue;
    counts[kind] = { created: 0, disconnected: 0, alive: 0 };
    const Counted = class extends Original {
      constructor(...args) {
        super(...args);
        counts[kind].created++;
        counts[kind].alive++;
        registry.register(this, kind);
      }
      disconnect() {
        counts[kind].disconnected++;
        return super.disconnect();
      }
    };
    Object.defineProperty(Counted, 'name', { value: kind });
    window[kind] = Counted;
  }
  window.__observerCounts = counts;
})();
