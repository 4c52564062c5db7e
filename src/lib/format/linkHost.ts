/**
 * The host a link really leads to, for readers to see beside it: an address
 * can read as one site and lead to another, so the page names the host the
 * browser will open, as the URL parser reads it (punycode for look-alike
 * letters, never the part before an "@").
 */

/**
 * The host of an http(s) address without a leading "www.", or '' for
 * anything else (mailto:, an unparseable address).
 * @example linkHost('https://www.trend.az/business/123') // 'trend.az'
 * @example linkHost('https://caucasuswatch.de@evil.example/x') // 'evil.example'
 */
export function linkHost(href: string): string {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    return url.host.replace(/^www\./, '');
  } catch {
    return '';
  }
}
