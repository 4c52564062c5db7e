/**
 * Where a language's share tags and share pages point: absolute addresses
 * in the language's folder of the site when STORY_SITE_URL is given, paths
 * relative to each page when it is not. The build's share step
 * (scripts/build-share.ts) asks here for every page it tags, so the rule is
 * tested once, without building the images.
 */
import { canonicalLink } from './canonicalLink.ts';
import { ogLocale, type ShareMeta } from './shareMetaTags.ts';
import { siteAddress } from './siteAddress.ts';
import { CARD_SIZE } from '../lib/share/imageSizes.ts';

export interface SharedPage {
  title: string;
  description: string;
  /** The card's path from the language's folder, e.g. 'images/card.png', and its words. */
  card: { path: string; description: string };
  /** The step of a share page (`sharePagePath`); null for the story and embed pages. */
  step: string | null;
}

/** A step's share page, from the language's folder. */
export function sharePagePath(step: string): string {
  return `s/${step}.html`;
}

export interface ShareAddresses {
  /** The Open Graph / Twitter card of a page. */
  meta(page: SharedPage): ShareMeta;
  /** A share page's canonical link: the story in its language. */
  shareCanonical: string;
}

/**
 * @param folder  the language's folder in the site, '' or e.g. 'uk/'
 * @param story  the headline (the card's site name) and the language's tag
 * @example shareAddresses('https://news.example/aid/', 'uk/', story).shareCanonical // '<link rel="canonical" href="https://news.example/aid/uk/" />'
 */
export function shareAddresses(
  siteUrl: string | undefined,
  folder: string,
  story: { headline: string; language: string },
): ShareAddresses {
  const site = siteUrl?.trim() ? siteAddress(folder, siteUrl, '') : undefined;
  return {
    meta: ({ title, description, card, step }) => {
      // Without a site, the card's path is relative to the page: share pages are one folder down.
      const fromPage = step === null ? '' : 's/';
      return {
        title,
        description,
        url: site ? siteAddress(step === null ? '' : sharePagePath(step), site, '') : null,
        image: {
          url: siteAddress(card.path, site, fromPage),
          ...CARD_SIZE,
          alt: card.description,
        },
        siteName: story.headline,
        locale: ogLocale(story.language),
      };
    },
    shareCanonical: site ? canonicalLink('story', site) : '<link rel="canonical" href="../" />',
  };
}

const TAGS_BLOCK = /\s*<!--share-tags-->[\s\S]*<!--\/share-tags-->/;

/**
 * Puts `tags` at the end of the page's head, between markers, so a second
 * run of the share step replaces its tags instead of doubling them.
 * @returns null when the page has no `</head>`
 */
export function withShareTags(html: string, tags: string): string | null {
  if (!html.includes('</head>')) return null;
  // A function, so that "$&" or "$'" in a headline is text, not a replacement pattern.
  return html
    .replace(TAGS_BLOCK, '')
    .replace(
      '</head>',
      () => `  <!--share-tags-->\n    ${tags}\n    <!--/share-tags-->\n  </head>`,
    );
}
