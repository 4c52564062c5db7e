/**
 * Writes the theme as CSS custom properties: the light palette on :root;
 * the dark one when the reader's system asks for it
 * (`prefers-color-scheme: dark`) unless the page was told `?theme=light`,
 * and always with `?theme=dark` (main.ts sets `data-theme` on <html> from
 * the URL), on screens only (print keeps the light theme); the fonts, and
 * the `?font=` choices an embed may make.
 */
import type { ResolvedTheme } from '../data/validateThemeFile.ts';
import type { Palette } from '../lib/theme/palette.ts';
import { FONT_STACKS, type FontStackName } from '../lib/theme/fontStacks.ts';
import { EMBED_FONTS } from '../lib/theme/themeParams.ts';

function declarations(palette: Palette): string[] {
  return Object.entries(palette).map(([key, value]) => `  --${key}: ${value};`);
}

function fontDeclarations(fonts: Partial<Record<string, FontStackName>>): string[] {
  return Object.entries(fonts).map(([role, name]) => `  --font-${role}: ${FONT_STACKS[name!]};`);
}

/** @example buildThemeCss(DEFAULT_THEME) // ':root {\n  color-scheme: light;\n  --bg: #ffffff; …' */
export function buildThemeCss({ palettes, fonts }: ResolvedTheme): string {
  const dark = ['  color-scheme: dark;', ...declarations(palettes.dark)];
  const rule = (selector: string, lines: string[], indent = '') =>
    [`${indent}${selector} {`, ...lines.map((l) => indent + l), `${indent}}`].join('\n');
  return [
    '/* Generated at build from src/lib/theme/ and data/theme.json: edit those, not this. */',
    rule(':root', [
      '  color-scheme: light;',
      ...declarations(palettes.light),
      ...fontDeclarations(fonts),
    ]),
    // Screens only: paper stays white and ink dark in print.
    `@media screen and (prefers-color-scheme: dark) {\n${rule(":root:not([data-theme='light'])", dark, '  ')}\n}`,
    `@media screen {\n${rule(":root[data-theme='dark']", dark, '  ')}\n}`,
    ...EMBED_FONTS.map((name) =>
      rule(
        `:root[data-font='${name}']`,
        fontDeclarations({ body: name, headline: name, figures: name }),
      ),
    ),
    '',
  ].join('\n');
}
