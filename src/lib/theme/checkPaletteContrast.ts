/**
 * The colour pairs a reader tells apart, and the contrast each needs
 * (WCAG AA: 4.5:1 for text, 3:1 for the marks, lines and shapes that carry
 * meaning); checkPaletteContrast lists the pairs of a palette that fall
 * short. Used by the palette's unit test and by the build, on the colours a
 * newsroom sets in data/theme.json.
 */
import { contrastRatio, flattenColours } from './contrastRatio.ts';
import { PAINT_OPACITY, type Palette, type PaletteKey } from './palette.ts';

export interface ContrastPair {
  front: PaletteKey;
  back: PaletteKey;
  /** For a translucent `back` (a band on the timeline): the opaque colour it is laid on. */
  under?: PaletteKey;
  needed: 4.5 | 3;
  /** Where the reader meets the pair. */
  where: string;
}

const TEXT_GROUNDS: PaletteKey[] = ['bg', 'card', 'sea'];
const MAP_GROUNDS: PaletteKey[] = ['sea', 'land', 'land-focus', 'land-standout'];

export const THEME_CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...(['ink', 'ink-soft', 'link', 'warn'] as const).flatMap((front) =>
    TEXT_GROUNDS.map((back): ContrastPair => ({ front, back, needed: 4.5, where: 'text' })),
  ),
  ...(['marker', 'flow'] as const).flatMap((front) =>
    MAP_GROUNDS.map((back): ContrastPair => ({ front, back, needed: 3, where: 'map' })),
  ),
  ...(['land', 'land-focus', 'land-standout'] as const).map((back): ContrastPair => ({
    front: 'border-highlight',
    back,
    needed: 3,
    where: 'map outline',
  })),
  ...(['land', 'land-standout'] as const).map((back): ContrastPair => ({
    front: 'hatch',
    back,
    needed: 3,
    where: 'occupied areas',
  })),
  ...(['mark', 'order', 'flow'] as const).flatMap((front) => [
    { front, back: 'bg', needed: 3, where: 'timeline' } satisfies ContrastPair,
    ...(['range', 'selected'] as const).map((back): ContrastPair => ({
      front,
      back,
      under: 'bg',
      needed: 3,
      where: 'timeline band',
    })),
  ]),
  ...(['bg', 'card'] as const).map((back): ContrastPair => ({
    front: 'focus',
    back,
    needed: 3,
    where: 'focus ring',
  })),
];

export interface ContrastShortfall extends ContrastPair {
  ratio: number;
}

/** The colour of `key` with the opacity components paint it at (PAINT_OPACITY). */
function painted(palette: Palette, key: PaletteKey): string {
  const opacity = PAINT_OPACITY[key];
  const colour = palette[key];
  if (opacity === undefined) return colour;
  const alpha = Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0');
  return colour.length === 7 ? colour + alpha : colour;
}

/**
 * The pairs of `palette` below the contrast they need.
 * @example checkPaletteContrast({ ...PALETTES.light, ink: '#999999' })
 * // [{ front: 'ink', back: 'bg', needed: 4.5, ratio: 2.85, where: 'text' }, …]
 */
export function checkPaletteContrast(
  palette: Palette,
  pairs: readonly ContrastPair[] = THEME_CONTRAST_PAIRS,
): ContrastShortfall[] {
  const short: ContrastShortfall[] = [];
  for (const pair of pairs) {
    const back = flattenColours(
      pair.under ? [palette[pair.under], palette[pair.back]] : [palette.bg, palette[pair.back]],
    );
    const ratio = contrastRatio(painted(palette, pair.front), back);
    if (ratio < pair.needed) short.push({ ...pair, ratio: Math.round(ratio * 100) / 100 });
  }
  return short;
}
