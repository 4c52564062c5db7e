import { describe, expect, it } from 'vitest';
import { bootPage } from '../../src/build/bootPage.ts';

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
