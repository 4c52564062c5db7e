import { markupToPlainText } from '../../src/lib/format/markup.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EMBED_SANDBOX,
  FIXED_HEIGHTS,
  buildEmbedSnippets,
  buildEmbedUrl,
  pymOriginPattern,
  readFrameSizing,
  type SnippetRequest,
} from '../../src/lib/embed/embedSnippets.ts';
import { readEmbedParams, VIEWS } from '../../src/lib/embed/readEmbedParams.ts';

const PAGE = 'https://graphics.example.org/aid/embed.html';

/** The attributes of the first element named `tag` in a snippet, decoded, via a tiny attribute reader. */
function attributesOf(snippet: string, tag: string): Record<string, string> {
  const start = snippet.indexOf(`<${tag}`);
  const end = snippet.indexOf('>', start);
  const text = snippet.slice(start + tag.length + 1, end);
  const attributes: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
    attributes[m[1]!] = (m[2] ?? '')
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  }
  return attributes;
}

describe('buildEmbedUrl', () => {
  it.each([
    ['story', 'x', false, `${PAGE}?view=story`],
    ['map', 'convoys', false, `${PAGE}?view=map&step=convoys`],
    ['card', null, false, `${PAGE}?view=card`],
    ['stepper', 'convoys', true, `${PAGE}?view=stepper&step=convoys&frame=fixed`],
  ] as const)('buildEmbedUrl(PAGE, %j, %j, %j) is %j', (view, step, fixed, expected) => {
    expect(buildEmbedUrl(PAGE, view, step, fixed)).toBe(expected);
  });

  it.each([
    [{ theme: 'dark', font: null }, `${PAGE}?view=map&step=convoys&theme=dark`],
    [{ theme: 'light', font: 'serif' }, `${PAGE}?view=map&step=convoys&theme=light&font=serif`],
    [{ theme: null, font: 'sans' }, `${PAGE}?view=map&step=convoys&font=sans`],
    [{ theme: null, font: null }, `${PAGE}?view=map&step=convoys`],
  ] as const)('buildEmbedUrl(PAGE, "map", "convoys", false, %j) is %j', (look, expected) => {
    expect(buildEmbedUrl(PAGE, 'map', 'convoys', false, look)).toBe(expected);
    // And the page reads the same look back.
    expect(readEmbedParams(new URL(expected).search)).toMatchObject(look);
  });

  it('is read back by readEmbedParams and readFrameSizing', () => {
    const url = new URL(buildEmbedUrl(PAGE, 'card', 'convoys-2023', true));
    expect(readEmbedParams(url.search)).toMatchObject({ view: 'card', step: 'convoys-2023' });
    expect(readFrameSizing(url.search)).toBe('fixed');
    expect(readFrameSizing('?view=card')).toBe('auto');
    expect(readFrameSizing('?frame=fixedx')).toBe('auto');
  });
});

describe('pymOriginPattern', () => {
  it.each([
    [PAGE, '^https://graphics\\.example\\.org'],
    ['http://127.0.0.1:4173/embed.html', '^http://127\\.0\\.0\\.1:4173'],
    ['embed.html', null],
  ])('pymOriginPattern(%j) is %j', (page, expected) => {
    expect(pymOriginPattern(page)).toBe(expected);
  });

  it("accepts its own origin and rejects look-alikes, as pym.js tests it (origin.match(new RegExp(xdomain + '$')))", () => {
    const pattern = new RegExp(pymOriginPattern(PAGE)! + '$');
    expect(pattern.test('https://graphics.example.org')).toBe(true);
    expect(pattern.test('https://graphics.example.org.evil.com')).toBe(false);
    expect(pattern.test('https://graphicsxexample.org')).toBe(false);
    expect(pattern.test('https://evil.com/https://graphics.example.org')).toBe(false);
    expect(pattern.test('null')).toBe(false);
  });
});

describe('buildEmbedSnippets', () => {
  const request: SnippetRequest = {
    embedPage: PAGE,
    view: 'story',
    step: null,
    title: 'Energy aid',
  };

  it.each(VIEWS)(
    'view %s: every snippet has a title and the sandbox; all but AMP load lazily',
    (view) => {
      const snippets = buildEmbedSnippets({ ...request, view, step: 'convoys' });
      const frames = {
        pym: attributesOf(snippets.pym, 'div'),
        frames: attributesOf(snippets.frames, 'div'),
        amp: attributesOf(snippets.amp, 'amp-iframe'),
        plain: attributesOf(snippets.plain, 'iframe'),
      };
      expect(frames.pym['data-pym-title']).toBe('Energy aid');
      expect(frames.frames['data-frame-attribute-title']).toBe('Energy aid');
      expect(frames.amp.title).toBe('Energy aid');
      expect(frames.plain.title).toBe('Energy aid');
      expect(frames.pym['data-pym-sandbox']).toBe(EMBED_SANDBOX);
      expect(frames.frames['data-frame-attribute-sandbox']).toBe(EMBED_SANDBOX);
      expect(frames.amp.sandbox).toBe(EMBED_SANDBOX);
      expect(frames.plain.sandbox).toBe(EMBED_SANDBOX);
      expect(frames.frames['data-frame-attribute-loading']).toBe('lazy');
      expect(frames.plain.loading).toBe('lazy');
      expect(frames.amp).toHaveProperty('resizable');
    },
  );

  it.each(VIEWS)(
    'view %s: the growing frames show the view; the plain one a fixed frame (the stepper for the story)',
    (view) => {
      const snippets = buildEmbedSnippets({ ...request, view, step: 'convoys' });
      const src = buildEmbedUrl(PAGE, view, 'convoys', false);
      expect(attributesOf(snippets.pym, 'div')['data-pym-src']).toBe(src);
      expect(attributesOf(snippets.frames, 'div')['data-frame-src']).toBe(src);
      expect(attributesOf(snippets.amp, 'amp-iframe').src).toBe(src);
      const plain = attributesOf(snippets.plain, 'iframe');
      const fixedView = view === 'story' ? 'stepper' : view;
      expect(plain.src).toBe(buildEmbedUrl(PAGE, fixedView, 'convoys', true));
      expect(plain.height).toBe(String(FIXED_HEIGHTS[fixedView]));
    },
  );

  it.each(VIEWS)(
    'view %s: every snippet carries the host’s theme and font (?theme=dark&font=serif)',
    (view) => {
      const look = { theme: 'dark', font: 'serif' } as const;
      const snippets = buildEmbedSnippets({ ...request, view, step: 'convoys', look });
      const sources = [
        attributesOf(snippets.pym, 'div')['data-pym-src'],
        attributesOf(snippets.frames, 'div')['data-frame-src'],
        attributesOf(snippets.amp, 'amp-iframe').src,
        attributesOf(snippets.plain, 'iframe').src,
      ];
      for (const src of sources) {
        expect(readEmbedParams(new URL(src!).search)).toMatchObject(look);
      }
    },
  );

  it('the pym.js snippet checks our origin, keeps the host URL to itself, and tracks scrolling for the story only', () => {
    const story = attributesOf(buildEmbedSnippets(request).pym, 'div');
    expect(story['data-pym-xdomain']).toBe('^https://graphics\\.example\\.org');
    expect(story['data-pym-optionalparams']).toBe('false');
    expect(story).toHaveProperty('data-pym-trackscroll');
    expect(
      attributesOf(buildEmbedSnippets({ ...request, view: 'map' }).pym, 'div'),
    ).not.toHaveProperty('data-pym-trackscroll');
  });

  it('loads the host scripts from where it is told', () => {
    const snippets = buildEmbedSnippets({
      ...request,
      pymScript: '/v/pym.js',
      framesScript: '/v/frames.js',
    });
    expect(snippets.pym).toContain('<script src="/v/pym.js"></script>');
    expect(snippets.frames).toContain('<script src="/v/frames.js"></script>');
    expect(snippets.frames).toContain('newswireFrames.autoInitFrames()');
  });

  it('escapes a hostile title and page address in every attribute and text', () => {
    const hostile = {
      ...request,
      title: '"><script>alert(1)</script>&',
      embedPage: 'https://x.org/a"b<c>/embed.html',
    };
    const snippets = buildEmbedSnippets(hostile);
    const benign = buildEmbedSnippets(request);
    const count = (text: string, char: string) => text.split(char).length - 1;
    for (const kind of ['pym', 'frames', 'amp', 'plain'] as const) {
      expect(snippets[kind]).not.toContain('<script>alert');
      // No tag or attribute boundary is added: the hostile strings stay inside their quotes.
      expect([count(snippets[kind], '<'), count(snippets[kind], '"')]).toEqual([
        count(benign[kind], '<'),
        count(benign[kind], '"'),
      ]);
    }
    expect(attributesOf(snippets.plain, 'iframe').title).toBe(hostile.title);
    expect(attributesOf(snippets.plain, 'iframe').src).toContain(hostile.embedPage);
  });

  it('keeps relative addresses (no origin check) before the page knows its address', () => {
    const snippets = buildEmbedSnippets({ ...request, embedPage: 'embed.html' });
    expect(attributesOf(snippets.pym, 'div')['data-pym-src']).toBe('embed.html?view=story');
    expect(attributesOf(snippets.pym, 'div')).not.toHaveProperty('data-pym-xdomain');
  });

  it('does not mutate its request', () => {
    const copy = structuredClone(request);
    buildEmbedSnippets(request);
    expect(request).toEqual(copy);
  });
});

describe('the README', () => {
  it('shows the four snippets exactly as the panel writes them', () => {
    const readme = readFileSync(path.resolve('README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('<!-- embed:start -->'),
      readme.indexOf('<!-- embed:end -->'),
    );
    const blocks = [...section.matchAll(/```html\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    const snippets = buildEmbedSnippets({
      embedPage: 'https://graphics.example.org/aid/embed.html',
      view: 'story',
      step: null,
      // The panel titles the frame with the story's headline, so the README must too.
      title: markupToPlainText(
        (JSON.parse(readFileSync(path.resolve('data/story.json'), 'utf8')) as { headline: string })
          .headline,
      ),
    });
    expect(blocks).toEqual([snippets.pym, snippets.frames, snippets.amp, snippets.plain]);
  });
});

it("the AMP snippet's Show all button speaks the page's language, escaped", () => {
  const amp = buildEmbedSnippets({
    embedPage: 'https://example.org/aid/uk/embed.html',
    view: 'story',
    step: null,
    title: 'Кабелі',
    showAllLabel: 'Показати <все>',
  }).amp;
  expect(amp).toContain('<button overflow type="button">Показати &lt;все&gt;</button>');
});
