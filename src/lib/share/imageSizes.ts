/**
 * The images the build makes of each step (scripts/build-share.ts) and
 * where they go in dist/. The story page never loads them: they are for
 * newsrooms to download (the "Embed this" panel links them) and for share
 * cards.
 */

export interface ImageSize {
  /** Part of the file name: `<step-id>-<key>.png`. */
  key: string;
  width: number;
  /** Null: as tall as the graphic needs at this width. */
  height: number | null;
  /** What the "Embed this" panel calls it. */
  label: string;
}

/** The map and timeline of a step, with legend, title and sources. */
export const GRAPHIC_SIZES: readonly ImageSize[] = [
  { key: '1200', width: 1200, height: null, label: '1200 px wide' },
  { key: '1080', width: 1080, height: 1080, label: '1080 × 1080 (square)' },
];

/** The Open Graph / Twitter card: 1.91 : 1, the size both crop least. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Folder of the images in dist/, relative to the story page. */
export const IMAGE_DIR = 'images';

/**
 * @example graphicImagePath('first-convoy', '1080', 'png') // 'images/first-convoy-1080.png'
 */
export function graphicImagePath(stepId: string, sizeKey: string, ext: 'svg' | 'png'): string {
  return `${IMAGE_DIR}/${stepId}-${sizeKey}.${ext}`;
}

/**
 * The card of the story (stepId null) or of one step's share page.
 * @example cardImagePath(null) // 'images/card.png'
 * @example cardImagePath('first-convoy') // 'images/card-first-convoy.png'
 */
export function cardImagePath(stepId: string | null): string {
  return stepId === null ? `${IMAGE_DIR}/card.png` : `${IMAGE_DIR}/card-${stepId}.png`;
}
