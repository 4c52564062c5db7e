import { describe, expect, it } from 'vitest';
import { canonicalLink } from '../../src/build/canonicalLink.ts';

describe('canonicalLink', () => {
  it('without a site URL: none on the story, a relative one on the embed page', () => {
    expect(canonicalLink('story', undefined)).toBe('');
    expect(canonicalLink('story', '  ')).toBe('');
    expect(canonicalLink('embed', undefined)).toBe('<link rel="canonical" href="./" />');
  });

  it.each([
    ['https://news.example/aid/', 'https://news.example/aid/'],
    ['https://news.example/aid', 'https://news.example/aid/'],
    ['https://news.example/aid/index.html', 'https://news.example/aid/index.html'],
    ['https://news.example/aid/?utm=x#top', 'https://news.example/aid/'],
    ['https://news.example/a"b/', 'https://news.example/a%22b/'],
  ])('with STORY_SITE_URL=%s both pages point to %s', (site, href) => {
    for (const page of ['story', 'embed'] as const) {
      expect(canonicalLink(page, site)).toBe(`<link rel="canonical" href="${href}" />`);
    }
  });

  it.each(['news.example/aid/', '/aid/', 'javascript:alert(1)', 'ftp://news.example/'])(
    'refuses %s with a message naming STORY_SITE_URL',
    (site) => {
      expect(() => canonicalLink('story', site)).toThrow(/STORY_SITE_URL/);
    },
  );
});
