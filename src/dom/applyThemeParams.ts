/**
 * Gives <html> the theme and font a host asked for in the embed's URL; the
 * stylesheet does the rest (src/build/themeCss.ts): `data-theme` overrides
 * the reader's `prefers-color-scheme`, `data-font` picks a system font stack.
 */
import type { ThemeParams } from '../lib/theme/themeParams.ts';

export function applyThemeParams(root: HTMLElement, { theme, font }: ThemeParams): void {
  if (theme) root.dataset.theme = theme;
  if (font) root.dataset.font = font;
}
