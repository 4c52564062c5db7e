import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLanguagePages, readHtmlLang } from '../../tests/bench/findLanguagePages.ts';

describe('readHtmlLang: the lang of a page’s <html>', () => {
  it.each([
    ['double quotes', '<!doctype html><html lang="uk"><head>', 'uk'],
    ['single quotes', "<!doctype html><html lang='az'>", 'az'],
    ['unquoted', '<html lang=en>', 'en'],
    ['after other attributes, any case', '<HTML class="js" dir="ltr" LANG="en-GB">', 'en-GB'],
    ['spaces around the value', '<html lang = " uk ">', 'uk'],
    ['no lang', '<html><head>', null],
    ['an empty lang', '<html lang="">', null],
    ['a lang on another element only', '<html><body><p lang="uk">Слава</p>', null],
    ['an attribute that only ends in lang', '<html xml:lang="uk" data-lang="az">', null],
    ['no <html> tag', '<p>text</p>', null],
  ])('%s', (_what, html, lang) => {
    expect(readHtmlLang(html)).toBe(lang);
  });
});

describe('findLanguagePages: the language pages of a built site', () => {
  let dist: string;
  const page = (lang: string | null) =>
    `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head></head><body></body></html>`;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  };

  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'bench-language-pages-'));
    write('index.html', page('en'));
    write('embed.html', page('en'));
    write('uk/index.html', page('uk'));
    write('uk/embed.html', page('uk'));
    write('az/index.html', page('az'));
    write('assets/index-x.js', 'export {};');
    // Same language as the root: a copy or another kind of page, not a language.
    write('share/index.html', page('EN'));
    // No lang at all: not a language page.
    write('legacy/index.html', page(null));
    // Only one level down: a page under a language folder is not another language.
    write('uk/deep/index.html', page('de'));
    // A folder named like a language without a page of its own.
    write('de/embed.html', page('de'));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('lists the root page first, then each other language by folder name', () => {
    expect(findLanguagePages(dist)).toEqual([
      { lang: 'en', path: '/', root: true },
      { lang: 'az', path: '/az/', root: false },
      { lang: 'uk', path: '/uk/', root: false },
    ]);
  });

  it('finds only the root in a site of one language', () => {
    const single = mkdtempSync(path.join(tmpdir(), 'bench-one-language-'));
    writeFileSync(path.join(single, 'index.html'), page('en'));
    mkdirSync(path.join(single, 'assets'));
    try {
      expect(findLanguagePages(single)).toEqual([{ lang: 'en', path: '/', root: true }]);
    } finally {
      rmSync(single, { recursive: true, force: true });
    }
  });

  it('refuses a root page without a lang, naming the file', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'bench-no-lang-'));
    writeFileSync(path.join(bare, 'index.html'), page(null));
    try {
      expect(() => findLanguagePages(bare)).toThrow(/index\.html: <html> has no lang/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
