import { describe, expect, it } from 'vitest';
import { bootPage, embedPage } from '../../src/build/bootPage.ts';

const head = (prefix: string, data = 'data/') =>
  `<head>\n    <script defer src="${prefix}geo/region.js"></script>\n    <script defer src="${data}story.js"></script>\n    <link rel="stylesheet" href="${prefix}assets/style-a.css">\n    <script defer src="${prefix === '' ? './' : prefix}assets/index-B2q_L-h.js"></script>\n</head>`;

describe('bootPage(html, bootFile)', () => {
  it.each([
    ['the English page', ''],
    ['a language page one folder down', '../'],
  ])('%s: one boot script listing the others in their order', (_where, prefix) => {
    const html = bootPage(head(prefix), 'boot-x1.js');
    const scripts = [...html.matchAll(/<script [^>]*><\/script>/g)].map((m) => m[0]);
    const bundle = `${prefix === '' ? './' : prefix}assets/`;
    expect(scripts).toEqual([
      `<script defer src="${bundle}boot-x1.js" data-load="${prefix}geo/region.js data/story.js ${bundle}index-B2q_L-h.js"></script>`,
    ]);
    // Nothing else moves: the stylesheet stays where it was.
    expect(html).toContain(`<link rel="stylesheet" href="${prefix}assets/style-a.css">`);
  });

  it('refuses a page without the islands bundle, rather than ship one that never starts', () => {
    expect(() => bootPage('<script defer src="geo/region.js"></script>', 'boot-x.js')).toThrow(
      /index-\*\.js/,
    );
  });
});

describe('embedPage(html, embedHeadFile)', () => {
  const embedHead = (prefix: string) =>
    `<head>\n    <script defer src="${prefix}geo/region.js"></script>\n    <script defer src="data/story-full.js"></script>\n    <meta charset="utf-8" />\n    <title>t</title>\n    <script defer src="${prefix === '' ? './' : prefix}assets/views-v8_x.js"></script>\n    <link rel="stylesheet" href="${prefix}assets/style-a.css">\n</head>`;

  it.each([
    ['the English page', ''],
    ['a language page one folder down', '../'],
  ])(
    '%s: one blocking script before the stylesheet, listing the others in their order',
    (_where, prefix) => {
      const html = embedPage(embedHead(prefix), 'embed-head-y2.js');
      const bundle = `${prefix === '' ? './' : prefix}assets/`;
      const script = `<script src="${bundle}embed-head-y2.js" data-load="${prefix}geo/region.js data/story-full.js ${bundle}views-v8_x.js"></script>`;
      expect([...html.matchAll(/<script [^>]*><\/script>/g)].map((m) => m[0])).toEqual([script]);
      // After the charset and the title, before the stylesheet: it need not wait for it.
      expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf(script));
      expect(html.indexOf(script)).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    },
  );

  it('refuses a page without the app bundle', () => {
    expect(() =>
      embedPage('<script defer src="geo/region.js"></script>', 'embed-head-x.js'),
    ).toThrow(/views-\*\.js/);
  });
});
