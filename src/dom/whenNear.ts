/**
 * Starts something once the reader nears part of the page: code for the
 * page's far end (the embed panel, the table's "Show more") loads while
 * the reader scrolls towards it, not on a first visit that may never get
 * there, and early enough to be running when it comes into view.
 */

/**
 * Calls `start` once, when any of `elements` comes within `margin` of the
 * viewport (a CSS margin: '150% 0px' is one and a half screens above and
 * below), or when focus moves into one first (a keyboard reader tabbing
 * there). Without IntersectionObserver it calls `start` at once.
 * @example whenNear([panel], '150% 0px', () => loadClassicScript(address))
 */
export function whenNear(elements: Element[], margin: string, start: () => void): void {
  if (!elements.length) return;
  if (typeof IntersectionObserver === 'undefined') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    for (const element of elements) element.removeEventListener('focusin', once);
    start();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) once();
    },
    { rootMargin: margin },
  );
  for (const element of elements) {
    observer.observe(element);
    element.addEventListener('focusin', once);
  }
}
