/**
 * One language's copy of a pre-rendered page: `<html lang>`, the
 * `hreflang` alternates (and x-default, the English page) when the build
 * knows the story's address (STORY_SITE_URL), and, for a
 * page in a subfolder (uk/, az/), the shared files one folder up
 * (assets/, geo/, favicon), while data/ stays the language's own
 * (uk/data/story.js and its downloads). Every URL stays relative, unless
 * STORY_SITE_URL gives the story's absolute address.
 */
import type { LanguageLink } from '../../lib/i18n/localePack.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

/** Where a language's story page is, from another page of the site, or absolutely. */
function pageUrl(fromFolder: string, toFolder: string, siteUrl: string | undefined): string {
  const path = toFolder ? `${toFolder}/` : '';
  if (siteUrl) return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
  return (fromFolder ? '../' : '') + path || './';
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<link rel="alternate" hreflang>` of every published language, and
 * x-default (English), at the story's absolute address (STORY_SITE_URL).
 * Without it, none: search engines require fully-qualified hreflang URLs
 * (a relative one is an error to them, and Lighthouse's SEO audit fails
 * it), and the switcher's plain links already join the pages for readers.
 */
export function alternateLinks(
  folder: string,
  languages: readonly LanguageLink[],
  siteUrl: string | undefined,
): string {
  const site = siteUrl?.trim();
  if (languages.length < 2 || !site) return '';
  const links = languages.map(
    (l) =>
      `<link rel="alternate" hreflang="${l.tag}" href="${escapeAttribute(pageUrl(folder, l.folder, site))}" />`,
  );
  const english = languages.find((l) => l.tag === 'en');
  if (english) {
    links.push(
      `<link rel="alternate" hreflang="x-default" href="${escapeAttribute(pageUrl(folder, english.folder, site))}" />`,
    );
  }
  return links.join('');
}

/**
 * @example localizePage('<html lang="en">…<script defer src="./assets/index.js">', 'uk', 'uk') // '<html lang="uk">…<script defer src="../assets/index.js">'
 */
export function localizePage(html: string, tag: Locale, folder: string): string {
  let page = html.replace(/<html lang="[^"]*"/, `<html lang="${tag}"`);
  if (folder) {
    // Shared files live at the root; this page is one folder down (the views
    // script's and stylesheet's addresses too, which main.ts reads from #app).
    page = page.replace(
      /(\s(?:src|href|data-views-script|data-views-style)=")(?:\.\/)?((?:assets|geo)\/|favicon\.svg)/g,
      (_all, attr: string, rest: string) => `${attr}../${rest}`,
    );
  }
  return page;
}

/** The story's absolute address in a language, for its canonical link. */
export function siteUrlFor(siteUrl: string | undefined, folder: string): string | undefined {
  if (!siteUrl?.trim() || !folder) return siteUrl;
  return pageUrl('', folder, siteUrl.trim());
}
