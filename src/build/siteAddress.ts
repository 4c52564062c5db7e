/**
 * Absolute addresses of built files, from STORY_SITE_URL (the story's
 * address; see canonicalLink.ts, which checks it). Open Graph wants an
 * absolute og:image; without STORY_SITE_URL the build can only give a path
 * relative to the page.
 */

/**
 * @param file  a path relative to the story's folder, e.g. 'images/card.png'
 * @param fromPage  the page's folder relative to the story's, for the relative fallback: '' or 's/'
 * @example siteAddress('images/card.png', 'https://news.example/aid/', 's/') // 'https://news.example/aid/images/card.png'
 * @example siteAddress('images/card.png', 'https://news.example/aid/index.html', '') // 'https://news.example/aid/images/card.png'
 * @example siteAddress('images/card.png', undefined, 's/') // '../images/card.png'
 */
export function siteAddress(
  file: string,
  siteUrl: string | undefined,
  fromPage: '' | 's/',
): string {
  const site = siteUrl?.trim();
  if (!site) return (fromPage ? '../' : '') + file;
  const story = new URL(site);
  if (!story.pathname.endsWith('/') && !story.pathname.endsWith('.html')) story.pathname += '/';
  story.search = '';
  story.hash = '';
  return new URL(file, story).href;
}
