/**
 * The byte part of the benchmark: a first visit of the full story in every
 * language (the root page and the pages findLanguagePages found), of each
 * embed view, and of TimelineJS, one at a time in fresh contexts.
 */
import type { Browser } from 'playwright-core';
import type { LanguagePage } from './findLanguagePages.ts';
import { measureFirstVisit, type FirstVisitBytes } from './measureBytes.ts';

export interface SiteBytes {
  story: FirstVisitBytes;
  /** The full story's first visit, then the reader's first scroll (what a reader who reads on loads). */
  storyOnceScrolled: FirstVisitBytes;
  embeds: Record<string, FirstVisitBytes>;
  peer: FirstVisitBytes;
  /** The other languages' full stories, in the order given. */
  languages: (Pick<LanguagePage, 'lang' | 'path'> & {
    bytes: FirstVisitBytes;
    bytesOnceScrolled: FirstVisitBytes;
  })[];
}

/**
 * @example await measureSiteBytes(browser, { site: 'http://127.0.0.1:4000/', peer, embedViews: ['map'], languages: [{ lang: 'uk', path: '/uk/' }] })
 */
export async function measureSiteBytes(
  browser: Browser,
  options: {
    /** The site's root URL, ending in "/". */
    site: string;
    peer: string;
    embedViews: readonly string[];
    /** Pages other than the root. */
    languages: readonly Pick<LanguagePage, 'lang' | 'path'>[];
  },
): Promise<SiteBytes> {
  const embeds: Record<string, FirstVisitBytes> = {};
  for (const view of options.embedViews) {
    embeds[view] = await measureFirstVisit(browser, `${options.site}embed.html?view=${view}`);
  }
  const story = await measureFirstVisit(browser, options.site);
  const storyOnceScrolled = await measureFirstVisit(browser, options.site, { thenScroll: 400 });
  const languages: SiteBytes['languages'] = [];
  for (const { lang, path } of options.languages) {
    const url = new URL(path, options.site).href;
    const bytes = await measureFirstVisit(browser, url);
    const bytesOnceScrolled = await measureFirstVisit(browser, url, { thenScroll: 400 });
    languages.push({ lang, path, bytes, bytesOnceScrolled });
  }
  return {
    story,
    storyOnceScrolled,
    embeds,
    peer: await measureFirstVisit(browser, options.peer),
    languages,
  };
}
