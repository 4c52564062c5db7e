/**
 * The look a host may ask of an embed in its URL: `?theme=light|dark`
 * (without it, the page follows the reader's system setting) and
 * `?font=system|sans|serif`, a stack of fonts already on the reader's
 * device. Unknown values are ignored, never echoed into the page.
 */
import type { ThemeName } from './palette.ts';
import type { FontStackName } from './fontStacks.ts';

/** The font stacks an embed may ask for (the code stack is not one). */
export const EMBED_FONTS = ['system', 'sans', 'serif'] as const satisfies readonly FontStackName[];
export type EmbedFont = (typeof EMBED_FONTS)[number];

export interface ThemeParams {
  /** null: follow the reader's `prefers-color-scheme`. */
  theme: ThemeName | null;
  /** null: the story's own fonts (data/theme.json). */
  font: EmbedFont | null;
}

/** @example readThemeParams(new URLSearchParams('theme=dark&font=serif')) // { theme: 'dark', font: 'serif' } */
export function readThemeParams(params: URLSearchParams): ThemeParams {
  const theme = params.get('theme');
  const font = params.get('font');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    font: (EMBED_FONTS as readonly string[]).includes(font ?? '') ? (font as EmbedFont) : null,
  };
}
