import { readFileSync } from 'node:fs';
import { buildThemeCss } from '../../src/build/themeCss.ts';
import { PALETTES } from '../../src/lib/theme/palette.ts';
import { DEFAULT_FONTS } from '../../src/lib/theme/fontStacks.ts';

/** The page's stylesheet as built: global.css and the theme's custom properties. */
const pageCss = () =>
  readFileSync('src/global.css', 'utf8') +
  buildThemeCss({ palettes: PALETTES, fonts: DEFAULT_FONTS });
import { describe, expect, it } from 'vitest';
import {
  imageStylesheet,
  readCustomProperties,
  resolveValue,
} from '../../src/build/imageStylesheet.ts';

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

/** The stroke widths a stylesheet gives these selectors, by selector. */
function strokeWidths(css: string, selectors: string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    selectors.map((selector) => {
      const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const rule = new RegExp(`(^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css)?.[2] ?? '';
      return [selector, /stroke-width:\s*([\d.]+)/.exec(rule)?.[1]];
    }),
  );
}

describe('imageStylesheet', () => {
  it('draws the map’s strokes as wide as the page does (Map.svg.svelte)', () => {
    const component = readFileSync('src/components/Map.svg.svelte', 'utf8').split('<style>')[1]!;
    const selectors = ['.countries path', '.countries .outline', '.hatch line', '.markers circle'];
    const image = imageStylesheet(readCustomProperties(pageCss()));
    const expected = strokeWidths(component, selectors);
    expect(Object.values(expected).every(Boolean)).toBe(true);
    expect(strokeWidths(image, selectors)).toEqual(expected);
  });

  it('puts the page’s own colours (src/global.css) in, leaving no var()', () => {
    const css = imageStylesheet(readCustomProperties(pageCss()));
    expect(css).not.toContain('var(');
    expect(css).toMatch(/\.img-bg \{ fill: #[0-9a-f]{6}; \}/);
  });

  it('names the custom property the page lacks', () => {
    expect(() => imageStylesheet(new Map([['--bg', '#fff']]))).toThrow(/declares no --\w/);
  });
});

describe('resolveValue', () => {
  const properties = new Map([
    ['--paper', '#ffffff'],
    ['--ink', 'var(--paper)'],
    ['--loop', 'var(--loop)'],
  ]);
  it.each([
    ['#123456', '#123456'],
    ['var(--paper)', '#ffffff'],
    ['var(--ink)', '#ffffff'],
    ['light-dark(#fafafa, #111111)', '#fafafa'],
    ['light-dark(var(--paper), #000)', '#ffffff'],
    ['light-dark(rgb(1 2 3 / 0.5), #000)', 'rgb(1 2 3 / 0.5)'],
    ['var(--missing, #abcdef)', '#abcdef'],
    ['var(--missing)', undefined],
    ['var(--loop)', undefined],
  ])('%s is %s', (value, expected) => {
    expect(resolveValue(value, properties)).toBe(expected);
  });
});

describe('the images’ stylesheet and the components it restates', () => {
  // The classes the map and timeline draw with, wherever they are written.
  const sources = [
    'src/components/Map.svg.svelte',
    'src/components/Timeline.svg.svelte',
    'src/lib/map/countryTone.ts',
    'src/lib/timeline/layoutTimeline.ts',
    'src/lib/timeline/clusterMarks.ts',
  ]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const css = imageStylesheet(readCustomProperties(pageCss()));
  const classes = [...new Set([...css.matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]!))].filter(
    (name) => !name.startsWith('img-'),
  );

  it('styles classes of its own and of the components', () => {
    expect(classes.length).toBeGreaterThan(20);
  });

  // A class renamed in a component and not here would leave the images unstyled, silently.
  it.each(classes.map((c) => [c]))('.%s is a class the components draw with', (name) => {
    expect(sources).toMatch(new RegExp(`(class[=:{"' ][^\\n]*\\b|['"\`])${name}\\b`));
  });
});
