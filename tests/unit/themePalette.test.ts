import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, flattenColours, parseColour } from '../../src/lib/theme/contrastRatio.ts';
import {
  checkPaletteContrast,
  THEME_CONTRAST_PAIRS,
} from '../../src/lib/theme/checkPaletteContrast.ts';
import { PALETTES, PALETTE_ROLES, THEMES } from '../../src/lib/theme/palette.ts';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#fff', '#000', 21],
    ['#767676', '#ffffff', 4.54],
    // Black at 50% over white is mid grey.
    ['#00000080', '#ffffff', 3.98],
  ])('contrastRatio(%j, %j) is %d', (front, back, expected) => {
    expect(contrastRatio(front, back)).toBeCloseTo(expected, 2);
  });

  it.each([
    ['rgb(27, 27, 27)', 'rgb(255, 255, 255)', 17.22],
    ['rgb(27 27 27)', '#fff', 17.22],
    ['rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)', 3.98],
  ])('reads colours as browsers compute them: contrastRatio(%j, %j) is %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  it.each([['red'], ['#12345'], ['hsl(0 0% 0%)']])('refuses %j', (colour) => {
    expect(() => contrastRatio(colour, '#ffffff')).toThrow(/not a colour/);
  });

  it('refuses a translucent background', () => {
    expect(() => contrastRatio('#000', 'rgba(255, 255, 255, 0.5)')).toThrow(/opaque/);
  });

  it.each([
    [['#ffffff', 'rgba(0, 0, 0, 0.5)'], 'rgb(128, 128, 128)'],
    [['rgb(22, 24, 27)'], 'rgb(22, 24, 27)'],
    [['#ffffff', '#a8380a2e', '#0a58a829'], 'rgb(203, 198, 204)'],
  ])('flattenColours(%j) is %j', (layers, expected) => {
    expect(flattenColours(layers)).toBe(expected);
  });

  it('parseColour reads an alpha from eight digits', () => {
    expect(parseColour('#a8380a2e')).toEqual([168, 56, 10, 0.18]);
  });
});

describe.each(THEMES)('the %s palette', (theme) => {
  it('checkPaletteContrast(PALETTES.' + theme + ') finds no pair below WCAG AA', () => {
    expect(checkPaletteContrast(PALETTES[theme])).toEqual([]);
  });

  it('defines every custom property, as a hex colour', () => {
    expect(Object.keys(PALETTES[theme]).sort()).toEqual(Object.keys(PALETTE_ROLES).sort());
    for (const value of Object.values(PALETTES[theme])) expect(parseColour(value)).not.toBeNull();
  });
});

describe('checkPaletteContrast', () => {
  it('names the pairs a low-contrast colour breaks (text 4.5:1, marks 3:1)', () => {
    const short = checkPaletteContrast({ ...PALETTES.light, ink: '#999999', marker: '#d0d0d0' });
    expect(short.map((s) => `${s.front}/${s.back} ${s.needed}`)).toEqual([
      'ink/bg 4.5',
      'ink/card 4.5',
      'ink/sea 4.5',
      'marker/sea 3',
      'marker/land 3',
      'marker/land-focus 3',
      'marker/land-standout 3',
    ]);
    expect(short[0]!.ratio).toBeCloseTo(2.85, 2);
  });

  it('counts a translucent band behind a timeline mark, and the opacity arcs are painted at', () => {
    // The marks pass on the page; a dark tint behind the selected event hides them.
    const palette = { ...PALETTES.light, selected: '#000000cc' };
    expect(checkPaletteContrast(palette).map((s) => `${s.front}/${s.back}`)).toEqual([
      'mark/selected',
      'order/selected',
      'flow/selected',
    ]);
    // The story's first flow colour: 3.5:1 on the standout land when opaque, 2.9:1 at 85%.
    expect(contrastRatio('#b33c0b', PALETTES.light['land-standout'])).toBeGreaterThan(3);
    expect(
      checkPaletteContrast({ ...PALETTES.light, flow: '#b33c0b' }).map((s) => s.back),
    ).toContain('land-standout');
  });

  it('covers text, map, outline, hatching, timeline and focus pairs', () => {
    expect(new Set(THEME_CONTRAST_PAIRS.map((p) => p.where))).toEqual(
      new Set([
        'text',
        'map',
        'map outline',
        'occupied areas',
        'timeline',
        'timeline band',
        'focus ring',
      ]),
    );
  });

  it('does not change the palette it checks', () => {
    const copy = structuredClone(PALETTES.dark);
    checkPaletteContrast(PALETTES.dark);
    expect(PALETTES.dark).toEqual(copy);
  });
});

/** Every file under `dir` whose name ends in one of `extensions`. */
function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => path.join(dir, name));
}

describe('colours in the source', () => {
  // The palette is the one place a colour is written; components use var(--…).
  // The theme's own code names colours in examples and messages.
  const THEME_FILES = [
    'src/lib/theme/',
    'src/data/themeSchema.ts',
    'src/data/validateThemeFile.ts',
    'src/build/themeCss.ts',
  ];
  const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi;

  it('no file in src/ outside the theme writes a colour (hex, rgb(), hsl(), …)', () => {
    const found: string[] = [];
    for (const file of filesUnder('src', ['.svelte', '.ts', '.css'])) {
      if (THEME_FILES.some((allowed) => file.split(path.sep).join('/').startsWith(allowed)))
        continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.matchAll(COLOUR)) found.push(`${file}:${i + 1}  ${m[0]}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('the scan finds a hex colour and rgb() where they are', () => {
    expect('  color: #0a3d73;'.match(COLOUR)).toEqual(['#0a3d73']);
    expect('  box-shadow: 0 1px rgb(0 0 0 / 0.1);'.match(COLOUR)).toEqual(['rgb(']);
    expect('{#each items as item}'.match(COLOUR)).toBeNull();
  });
});
