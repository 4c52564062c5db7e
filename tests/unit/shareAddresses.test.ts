import { describe, expect, it } from 'vitest';
import { shareAddresses, sharePagePath, withShareTags } from '../../src/build/shareAddresses.ts';

const story = { headline: 'Aid in convoys', language: 'uk' };
const card = { path: 'images/card-first.png', description: 'A card' };
const sharePage = {
  title: 'First',
  description: 'The first step',
  card,
  step: 'first',
};
const storyPage = { ...sharePage, card: { ...card, path: 'images/card.png' }, step: null };

describe('shareAddresses', () => {
  it('with STORY_SITE_URL: absolute addresses in the language’s folder', () => {
    const at = shareAddresses('https://news.example/aid/', 'uk/', story);
    expect(at.meta(storyPage)).toMatchObject({
      url: 'https://news.example/aid/uk/',
      image: { url: 'https://news.example/aid/uk/images/card.png', width: 1200, height: 630 },
      siteName: 'Aid in convoys',
      locale: 'uk_UA',
    });
    expect(at.meta(sharePage)).toMatchObject({
      url: 'https://news.example/aid/uk/s/first.html',
      image: { url: 'https://news.example/aid/uk/images/card-first.png', alt: 'A card' },
    });
    expect(at.shareCanonical).toBe('<link rel="canonical" href="https://news.example/aid/uk/" />');
  });

  it('with STORY_SITE_URL naming the folder without its slash, in the story’s own language', () => {
    const at = shareAddresses('https://news.example/aid', '', { ...story, language: 'en' });
    expect(at.meta(sharePage).url).toBe('https://news.example/aid/s/first.html');
    expect(at.meta(storyPage).image.url).toBe('https://news.example/aid/images/card.png');
    expect(at.shareCanonical).toBe('<link rel="canonical" href="https://news.example/aid/" />');
  });

  it('without it (or blank): no og:url, images relative to each page, share pages canonical to ../', () => {
    for (const site of [undefined, '  ']) {
      const at = shareAddresses(site, 'uk/', story);
      expect(at.meta(storyPage)).toMatchObject({ url: null, image: { url: 'images/card.png' } });
      expect(at.meta(sharePage)).toMatchObject({
        url: null,
        image: { url: '../images/card-first.png' },
      });
      expect(at.shareCanonical).toBe('<link rel="canonical" href="../" />');
    }
  });
});

it('a step’s share page is s/<step>.html', () => {
  expect(sharePagePath('first')).toBe('s/first.html');
});

describe('withShareTags', () => {
  const page = '<html><head><title>x</title>\n  </head><body></body></html>';

  it('puts the tags at the end of the head, and a second run replaces them', () => {
    const once = withShareTags(page, '<meta property="og:image" content="a.png" />')!;
    expect(once).toContain(
      '<meta property="og:image" content="a.png" />\n    <!--/share-tags-->\n  </head>',
    );
    const twice = withShareTags(once, '<meta property="og:image" content="b.png" />')!;
    expect(twice.match(/og:image/g)).toHaveLength(1);
    expect(twice).toContain('content="b.png"');
    expect(twice).toBe(withShareTags(page, '<meta property="og:image" content="b.png" />'));
  });

  it('keeps "$&" and "$\'" in the tags as text', () => {
    const tags = '<meta property="og:title" content="Costs $& more, $\' less" />';
    expect(withShareTags(page, tags)).toContain(tags);
  });

  it('refuses a page without a head', () => {
    expect(withShareTags('<p>no head</p>', '<meta />')).toBeNull();
  });
});
