import { describe, expect, it } from 'vitest';
import { OPEN_STEP_FILE, sharePage } from '../../src/build/sharePage.ts';

const page = sharePage({
  language: 'en',
  headline: 'Aid & <more>',
  step: {
    id: 'first-convoy',
    title: 'The "first" convoy',
    text: 'Fourteen trucks left <Sumgait>.',
    source: 'Sources: Trend.',
    index: 2,
    total: 12,
  },
  stylesheet: 'assets/style-x.css',
  metaTags: '<meta property="og:title" content="x" />',
  canonical: '<link rel="canonical" href="../" />',
  image: { src: '../images/first-convoy-1200.png', width: 1200, height: 900, alt: 'Map "x"' },
});

describe('sharePage', () => {
  it('escapes the data it puts in the page', () => {
    expect(page).toContain('<h1>The "first" convoy</h1>');
    expect(page).toContain('Fourteen trucks left &lt;Sumgait&gt;.');
    expect(page).toContain('<title>The "first" convoy – Aid &amp; &lt;more&gt;</title>');
    expect(page).toContain('alt="Map &quot;x&quot;"');
    expect(page).not.toContain('<Sumgait>');
  });

  it('links to the story at the step, and opens it with a script file, never an inline one', () => {
    expect(page).toContain('<a href="../index.html#first-convoy" data-open-step>');
    const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => m[1])).toEqual([` defer src="${OPEN_STEP_FILE}"`]);
    expect(scripts.every((m) => m[2] === '')).toBe(true);
    expect(page).not.toMatch(/http-equiv="refresh"/);
  });

  it('carries its tags, canonical link and the story’s stylesheet from the story’s folder', () => {
    expect(page).toContain('<meta property="og:title" content="x" />');
    expect(page).toContain('<link rel="canonical" href="../" />');
    expect(page).toContain('<link rel="stylesheet" href="../assets/style-x.css" />');
    expect(page).toContain('<p>Step 3 of 12</p>');
    expect(page).not.toContain('noindex');
  });
});

describe('sharePage in a language’s folder', () => {
  const uk = sharePage({
    language: 'uk',
    headline: 'Допомога',
    step: { id: 'a', title: 'Крок', text: 'Текст', source: 'Джерела: Trend.', index: 0, total: 3 },
    stylesheet: '../assets/style-x.css',
    metaTags: '',
    canonical: '<link rel="canonical" href="../" />',
    image: { src: '../images/a-1200.png', width: 1200, height: 900, alt: 'Карта' },
    icon: '../favicon.svg',
    words: { stepOf: 'Крок 1 з 3', readFromStep: 'Читати історію з цього кроку' },
  });

  it('says its words in the language, and no English ones', () => {
    expect(uk).toContain('<p>Крок 1 з 3</p>');
    expect(uk).toContain('data-open-step>Читати історію з цього кроку</a>');
    expect(uk).not.toMatch(/Step 1 of|Read the story/);
  });

  it('finds the icon the story page links, one folder up', () => {
    expect(uk).toContain('<link rel="icon" href="../../favicon.svg"');
  });
});
