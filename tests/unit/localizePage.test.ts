import { describe, expect, it } from 'vitest';
import { alternateLinks, localizePage } from '../../src/build/i18n/localizePage.ts';
import type { LanguageLink } from '../../src/lib/i18n/localePack.ts';

const languages: LanguageLink[] = [
  { tag: 'en', folder: '', name: 'English' },
  { tag: 'uk', folder: 'uk', name: 'Українська' },
  { tag: 'az-Latn', folder: 'az', name: 'Azərbaycanca' },
];
const hrefs = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)].map((m) => [
    m[1],
    m[2],
  ]);

describe('alternateLinks(folder, languages, siteUrl)', () => {
  it.each([
    ['', 'https://news.example/aid/'],
    ['uk', 'https://news.example/aid'],
    ['az', ' https://news.example/aid/ '],
  ])(
    'from the page in "%s", with STORY_SITE_URL=%j: every language and x-default, absolute',
    (folder, site) => {
      expect(hrefs(alternateLinks(folder, languages, site))).toEqual([
        ['en', 'https://news.example/aid/'],
        ['uk', 'https://news.example/aid/uk/'],
        ['az-Latn', 'https://news.example/aid/az/'],
        ['x-default', 'https://news.example/aid/'],
      ]);
    },
  );

  it.each([[undefined], [''], ['  ']])(
    'without the story’s address (%j): none, since a relative hreflang URL is an error to search engines',
    (site) => {
      expect(alternateLinks('uk', languages, site)).toBe('');
    },
  );

  it('with one language: none', () => {
    expect(alternateLinks('', languages.slice(0, 1), 'https://news.example/aid/')).toBe('');
  });
});

describe('localizePage(html, tag, folder)', () => {
  const page =
    '<html lang="en"><head><link rel="icon" href="favicon.svg" /><script defer src="geo/region.js"></script>' +
    '<script defer src="data/story.js"></script><script defer src="./assets/index-x.js"></script></head>' +
    '<body><div id="app" data-views-script="./assets/views-y.js" data-views-style="./assets/style-z.css"></div></body></html>';

  it('sets the language, and moves the shared files (the views script and stylesheet too) one folder up', () => {
    const html = localizePage(page, 'uk', 'uk');
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain('href="../favicon.svg"');
    expect(html).toContain('src="../geo/region.js"');
    expect(html).toContain('src="../assets/index-x.js"');
    expect(html).toContain('data-views-script="../assets/views-y.js"');
    expect(html).toContain('data-views-style="../assets/style-z.css"');
    // The language's own data stays beside its page.
    expect(html).toContain('src="data/story.js"');
  });

  it('at the root: only the language', () => {
    expect(localizePage(page, 'en', '')).toBe(page);
  });
});
