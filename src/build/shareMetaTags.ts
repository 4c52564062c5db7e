/**
 * The Open Graph and Twitter card tags of a built page: what a social site,
 * a chat app or a newsletter tool shows when the page's address is shared.
 */
import { escapeAttribute } from './escapeHtml.ts';

export interface ShareMeta {
  title: string;
  description: string;
  /** Absolute when STORY_SITE_URL is set (siteAddress.ts). */
  url: string | null;
  image: { url: string; width: number; height: number; alt: string };
  siteName: string;
  locale: string;
}

/** Social sites cut descriptions near this length; a cut ends on a word with "…". */
const DESCRIPTION_MAX = 300;

/**
 * @example shortenDescription('One two three', 8) // 'One two…'
 */
export function shortenDescription(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/**
 * @example shareMetaTags(meta) // '<meta property="og:type" content="article" />…'
 */
export function shareMetaTags(meta: ShareMeta): string {
  const description = shortenDescription(meta.description);
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'article'],
    ['property', 'og:site_name', meta.siteName],
    ['property', 'og:locale', meta.locale],
    ['property', 'og:title', meta.title],
    ['property', 'og:description', description],
    ...(meta.url ? [['property', 'og:url', meta.url] as [string, string, string]] : []),
    ['property', 'og:image', meta.image.url],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(meta.image.width)],
    ['property', 'og:image:height', String(meta.image.height)],
    ['property', 'og:image:alt', meta.image.alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', meta.title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', meta.image.url],
    ['name', 'twitter:image:alt', meta.image.alt],
  ];
  return tags
    .map(
      ([key, name, content]) => `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`,
    )
    .join('\n    ');
}

/**
 * An og:locale from a BCP 47 language tag.
 * @example ogLocale('en') // 'en'
 * @example ogLocale('uk-UA') // 'uk_UA'
 */
export function ogLocale(language: string): string {
  // Open Graph wants language_TERRITORY: a script subtag is no territory.
  const territories: Record<string, string> = { uk: 'uk_UA', 'az-Latn': 'az_AZ' };
  return territories[language] ?? language.replace('-', '_');
}
