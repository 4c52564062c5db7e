import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderThemeSchemaFile } from '../../src/data/themeSchema.ts';
import { DEFAULT_THEME, mergeTheme, validateThemeFile } from '../../src/data/validateThemeFile.ts';
import { buildThemeCss } from '../../src/build/themeCss.ts';
import { formatProblem } from '../../src/data/formatProblem.ts';
import { FONT_STACKS } from '../../src/lib/theme/fontStacks.ts';
import { PALETTES } from '../../src/lib/theme/palette.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('validateThemeFile', () => {
  it('validateThemeFile(undefined): no theme.json, the story’s own look', () => {
    expect(validateThemeFile(undefined)).toEqual({ theme: DEFAULT_THEME, problems: [] });
  });

  it('lays a valid file over the story’s palette and fonts', () => {
    const { theme, problems } = validateThemeFile(
      bytes(
        '{"$schema": "./schema/theme.schema.json", "fonts": {"body": "serif"}, "light": {"link": "#7a1f5c"}, "dark": {"flow": "#ffb38a"}}',
      ),
    );
    expect(problems).toEqual([]);
    expect(theme.fonts).toEqual({ ...DEFAULT_THEME.fonts, body: 'serif' });
    expect(theme.palettes.light).toEqual({ ...PALETTES.light, link: '#7a1f5c' });
    expect(theme.palettes.dark).toEqual({ ...PALETTES.dark, flow: '#ffb38a' });
  });

  it.each([
    [
      '{"fonts": {"body": "Comic Sans"}}',
      ['data/theme.json:1:20  fonts.body  must be one of system, sans, serif, mono'],
    ],
    [
      '{\n  "light": {"ink": "black", "inkk": "#000"}\n}',
      [
        'data/theme.json:2:20  light.ink  must be a hex colour such as "#1b1b1b" (eight digits add an alpha)',
        'data/theme.json:2:29  light.inkk  unknown field "inkk"',
      ],
    ],
    ['{"dark": 3}', ['data/theme.json:1:10  dark  must be an object in curly braces']],
    ['{"accent": "#000"}', ['data/theme.json:1:2  accent  unknown field "accent"']],
    ['{"light": {"ink": "#1b1b1b"', ['data/theme.json:1:28  unexpected end of file']],
    [
      '{"light": {"ink": "#999999"}}',
      [
        'data/theme.json:1:19  light.ink  text (ink on bg) contrasts 2.85:1 in the light theme, below 4.5:1',
        'data/theme.json:1:19  light.ink  text (ink on card) contrasts 2.85:1 in the light theme, below 4.5:1',
        'data/theme.json:1:19  light.ink  text (ink on sea) contrasts 2.50:1 in the light theme, below 4.5:1',
      ],
    ],
    [
      '{"dark": {"land": "#e0e0e0"}}',
      [
        'data/theme.json:1:19  dark.land  map (marker on land) contrasts 1.17:1 in the dark theme, below 3:1',
        'data/theme.json:1:19  dark.land  map (flow on land) contrasts 1.49:1 in the dark theme, below 3:1',
        'data/theme.json:1:19  dark.land  map outline (border-highlight on land) contrasts 1.18:1 in the dark theme, below 3:1',
        'data/theme.json:1:19  dark.land  occupied areas (hatch on land) contrasts 1.11:1 in the dark theme, below 3:1',
      ],
    ],
  ])('validateThemeFile(%j) reports, located: %j', (text, expected) => {
    const { theme, problems } = validateThemeFile(bytes(text));
    expect(problems.map((p) => formatProblem(p).split('  (hint')[0])).toEqual(expected);
    expect(problems.every((p) => p.severity === 'error' && p.hint)).toBe(true);
    // A file with errors changes nothing.
    expect(theme).toEqual(DEFAULT_THEME);
  });

  it('refuses a file that is not UTF-8', () => {
    const { problems } = validateThemeFile(Uint8Array.from([0x7b, 0xe9, 0x7d]));
    expect(problems.map((p) => p.code)).toEqual(['not-utf8']);
  });

  it('mergeTheme does not change the story’s palette', () => {
    const before = structuredClone(PALETTES);
    mergeTheme({ light: { ink: '#000000' } });
    expect(PALETTES).toEqual(before);
  });
});

describe('buildThemeCss', () => {
  const css = buildThemeCss(DEFAULT_THEME);

  it('puts the light palette and the fonts on :root', () => {
    const root = css.slice(css.indexOf(':root {'), css.indexOf('}'));
    expect(root).toContain('color-scheme: light;');
    expect(root).toContain(`--ink: ${PALETTES.light.ink};`);
    expect(root).toContain(`--font-body: ${FONT_STACKS.system};`);
    expect(root).toContain(`--font-code: ${FONT_STACKS.mono};`);
  });

  it('gives the dark palette to a dark system setting (unless ?theme=light) and to ?theme=dark, on screens (print stays light)', () => {
    expect(css).toMatch(
      /@media screen and \(prefers-color-scheme: dark\) \{\n {2}:root:not\(\[data-theme='light'\]\) \{\n {4}color-scheme: dark;\n {4}--bg: #16181b;/,
    );
    expect(css).toMatch(
      /@media screen \{\n {2}:root\[data-theme='dark'\] \{\n {4}color-scheme: dark;\n {4}--bg: #16181b;/,
    );
  });

  it('offers ?font=system|sans|serif, and only fonts from the reader’s device', () => {
    expect(css).toContain(`:root[data-font='serif'] {\n  --font-body: ${FONT_STACKS.serif};`);
    expect(css).not.toMatch(/@font-face|@import|url\(/);
  });

  it('writes a newsroom’s colours and fonts', () => {
    const own = buildThemeCss(
      mergeTheme({ fonts: { headline: 'serif' }, dark: { link: '#9cc8ff' } }),
    );
    expect(own).toContain(`--font-headline: ${FONT_STACKS.serif};`);
    expect(own).toContain('--link: #9cc8ff;');
  });
});

describe('data/schema/theme.schema.json', () => {
  it('equals renderThemeSchemaFile() (run npm run schema when it does not)', () => {
    expect(readFileSync(path.resolve('data/schema/theme.schema.json'), 'utf8')).toBe(
      renderThemeSchemaFile(),
    );
  });
});

describe('the editors’ guide (data/README.md)', () => {
  const readme = readFileSync(path.resolve('data/README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Give the story your newsroom'),
    readme.indexOf('## Field reference'),
  );

  it('documents every custom property and font role', () => {
    const missing = [
      ...Object.keys(PALETTES.light).map((key) => `\`--${key}\``),
      ...Object.keys(DEFAULT_THEME.fonts).map((role) => `\`--font-${role}\``),
    ].filter((name) => !section.includes(name));
    expect(missing).toEqual([]);
  });

  it('shows an example theme.json that passes the check', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(example).toBeDefined();
    expect(validateThemeFile(bytes(example!)).problems).toEqual([]);
  });
});
