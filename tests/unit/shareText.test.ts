import { describe, expect, it } from 'vitest';
import { sourceLine, stepPublishers } from '../../src/lib/share/sourceLine.ts';
import { ogLocale, shareMetaTags, shortenDescription } from '../../src/build/shareMetaTags.ts';
import { siteAddress } from '../../src/build/siteAddress.ts';
import { cardImagePath, graphicImagePath } from '../../src/lib/share/imageSizes.ts';
import { enSpeech, ukSpeech, azSpeech } from './fixtures/localeFormats.ts';

const sources = new Map([
  ['trend-1', { publisher: 'Trend' }],
  ['trend-2', { publisher: 'Trend' }],
  ['newsaz', { publisher: 'News.az' }],
]);

describe('stepPublishers', () => {
  it.each([
    ['no events', [], []],
    [
      'each publisher once, in the order first cited',
      [
        { sources: [{ source: 'newsaz' }, { source: 'trend-1' }] },
        { sources: [{ source: 'trend-2' }] },
      ],
      ['News.az', 'Trend'],
    ],
    ['an unknown source by its id', [{ sources: [{ source: 'lost' }] }], ['lost']],
  ])('%s', (_name, events, expected) => {
    expect(stepPublishers(events, sources)).toEqual(expected);
  });
});

describe('sourceLine', () => {
  it.each([
    [['Trend', 'News.az'], 'Aid', 'Data desk', 'Sources: Trend, News.az. From “Aid”, Data desk.'],
    [['Trend'], 'Aid', '', 'Sources: Trend. From “Aid”.'],
    [[], 'Aid', 'Data desk', 'From “Aid”, Data desk.'],
    [['Trend'], '', '', 'Sources: Trend.'],
    // A publisher whose name ends in a stop closes the sentence once.
    [['Trend', 'Azertac Inc.'], '', '', 'Sources: Trend, Azertac Inc.'],
  ])('%j, %s, %s', (publishers, story, byline, expected) => {
    expect(sourceLine(publishers, story, byline, enSpeech.t)).toBe(expected);
  });
});

describe('shortenDescription', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['  spaces\n and   lines ', 40, 'spaces and lines'],
    ['One two three four', 12, 'One two…'],
    ['One two, three four', 13, 'One two…'],
    ['Onetwothreefour', 8, 'Onetwot…'],
  ])('%j within %i', (text, max, expected) => {
    const short = shortenDescription(text, max);
    expect(short).toBe(expected);
    expect(short.length).toBeLessThanOrEqual(max);
  });
});

describe('siteAddress', () => {
  it.each([
    [
      'images/card.png',
      'https://news.example/aid/',
      '',
      'https://news.example/aid/images/card.png',
    ],
    [
      'images/card.png',
      'https://news.example/aid',
      's/',
      'https://news.example/aid/images/card.png',
    ],
    [
      's/x.html',
      'https://news.example/aid/index.html?utm=1#top',
      '',
      'https://news.example/aid/s/x.html',
    ],
    ['images/card.png', undefined, '', 'images/card.png'],
    ['images/card.png', ' ', 's/', '../images/card.png'],
  ] as const)('%s from %s (page in "%s")', (file, site, from, expected) => {
    expect(siteAddress(file, site, from)).toBe(expected);
  });
});

describe('image paths', () => {
  it('name the step, the size and the format', () => {
    expect(graphicImagePath('first-convoy', '1080', 'svg')).toBe('images/first-convoy-1080.svg');
    expect(cardImagePath(null)).toBe('images/card.png');
    expect(cardImagePath('first-convoy')).toBe('images/card-first-convoy.png');
  });
});

describe('shareMetaTags', () => {
  const meta = {
    title: 'A "quoted" <title> & more',
    description: 'Short.',
    url: 'https://news.example/aid/s/a.html',
    image: {
      url: 'https://news.example/aid/images/card-a.png',
      width: 1200,
      height: 630,
      alt: 'Map',
    },
    siteName: 'Aid',
    locale: ogLocale('uk-UA'),
  };
  const tags = shareMetaTags(meta);
  const content = (key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)" />`).exec(tags)?.[1];

  it.each([
    ['og:title', 'A &quot;quoted&quot; &lt;title&gt; &amp; more'],
    ['og:description', 'Short.'],
    ['og:url', 'https://news.example/aid/s/a.html'],
    ['og:image', 'https://news.example/aid/images/card-a.png'],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
    ['og:image:alt', 'Map'],
    ['og:locale', 'uk_UA'],
    ['twitter:card', 'summary_large_image'],
    ['twitter:image', 'https://news.example/aid/images/card-a.png'],
    ['twitter:image:alt', 'Map'],
  ])('%s is %s', (key, value) => {
    expect(content(key)).toBe(value);
  });

  it('leaves out og:url when the page has no known address', () => {
    expect(shareMetaTags({ ...meta, url: null })).not.toContain('og:url');
  });
});

describe('the share texts in each language', () => {
  it.each([
    [enSpeech, 'Sources: Trend, News.az. From “Aid”, Data desk.'],
    [ukSpeech, 'Джерела: Trend, News.az. З історії «Aid», Data desk.'],
    [azSpeech, 'Mənbələr: Trend, News.az. “Aid” hekayəsindən, Data desk.'],
  ])('sourceLine(…, speech.t) in %#', (speech, expected) => {
    expect(sourceLine(['Trend', 'News.az'], 'Aid', 'Data desk', speech.t)).toBe(expected);
  });

  it.each([
    ['en', 'en'],
    ['uk', 'uk_UA'],
    ['az-Latn', 'az_AZ'],
  ])('ogLocale(%s) is %s (language_TERRITORY, never a script)', (tag, expected) => {
    expect(ogLocale(tag)).toBe(expected);
  });
});
