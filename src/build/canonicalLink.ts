/**
 * The `<link rel="canonical">` of each built page. Lighthouse (and the
 * HTML spec's advice) want an absolute URL, which only the publisher knows:
 * it comes from STORY_SITE_URL at build time. Without it the story page
 * has none (it is its own canonical page), and the embed page, which is
 * noindex anyway, points to the story next to it with a relative URL.
 */
export type BuiltPage = 'story' | 'embed';

/**
 * @example canonicalLink('story', 'https://news.example/aid/') // '<link rel="canonical" href="https://news.example/aid/" />'
 * @example canonicalLink('story', undefined) // ''
 */
export function canonicalLink(page: BuiltPage, siteUrl: string | undefined): string {
  const site = siteUrl?.trim();
  if (site) {
    let url: URL;
    try {
      url = new URL(site);
    } catch {
      throw new Error(
        `STORY_SITE_URL must be an absolute URL, such as https://news.example/aid/ (got "${site}")`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`STORY_SITE_URL must start with https:// or http:// (got "${site}")`);
    }
    // The story is the folder's index: a URL naming the folder must end in a slash.
    if (!url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    return `<link rel="canonical" href="${escapeAttribute(url.href)}" />`;
  }
  return page === 'embed' ? '<link rel="canonical" href="./" />' : '';
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
