/**
 * Whether the story page's scripts must load at once rather than wait for
 * the reader's first scroll, tap or key (src/boot.ts). They wait on a
 * plain first visit: the page is pre-rendered with its first step's map
 * and timeline, so nothing on screen needs code until the reader moves,
 * and a reader who reads the top and leaves downloads none of it. They
 * load at once when the page is already past its top or is asked for
 * something the static page cannot show:
 * - a fragment or a query parameter (`#step-id`, `?step=`, `?debug`,
 *   `?theme=`: deep links and views that the scripts act on), other than
 *   the tracking parameters shared links carry (`utm_source`, `fbclid`…);
 * - a position other than the top (the browser restored a scroll);
 * - a frame: the host page scrolls, not this one, so this page would see
 *   no scroll of its own to wait for.
 * @example startsBeforeReaderActs({ hash: '', search: '', scrollY: 0, framed: false }) // false
 * @example startsBeforeReaderActs({ hash: '#the-2024-figure', search: '', scrollY: 0, framed: false }) // true
 */
export function startsBeforeReaderActs(page: {
  hash: string;
  search: string;
  scrollY: number;
  framed: boolean;
}): boolean {
  return (
    page.framed ||
    page.scrollY > 0 ||
    page.hash.length > 1 ||
    [...new URLSearchParams(page.search).keys()].some((key) => !TRACKING.test(key))
  );
}

/**
 * Parameters that only tell analytics where a reader came from (most
 * shared links carry one): the page does nothing with them, so they need
 * no script at once. Any other parameter may be one the page acts on.
 */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src)$/i;
