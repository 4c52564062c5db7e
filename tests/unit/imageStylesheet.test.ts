import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageStylesheet, readCustomProperties } from '../../src/build/imageStylesheet.ts';

const PAGE_CSS = `:root{--bg:#fff;--ink:#111}
@media (prefers-color-scheme: dark){:root{--bg:#000;--ink:#eee}}
.x{color:var(--ink)}
:root { --flow: rgb(179 60 11 / 0.18) }`;

describe('readCustomProperties', () => {
  it('reads the top-level :root properties and leaves the dark theme out', () => {
    expect(Object.fromEntries(readCustomProperties(PAGE_CSS))).toEqual({
      '--bg': '#fff',
      '--ink': '#111',
      '--flow': 'rgb(179 60 11 / 0.18)',
    });
  });
});

describe('imageStylesheet', () => {
  it('puts the page’s own colours (src/global.css) in, leaving no var()', () => {
    const css = imageStylesheet(readCustomProperties(readFileSync('src/global.css', 'utf8')));
    expect(css).not.toContain('var(');
    expect(css).toMatch(/\.img-bg \{ fill: #[0-9a-f]{6}; \}/);
  });

  it('names the custom property the page lacks', () => {
    expect(() => imageStylesheet(new Map([['--bg', '#fff']]))).toThrow(/declares no --\w/);
  });
});
