/**
 * WCAG 2 contrast between two colours written as hex (`#rgb`, `#rrggbb`,
 * or with alpha, `#rrggbbaa`). A translucent colour is first laid over the
 * opaque one it is painted on, the way a reader sees it.
 */

/** Red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number];

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * @example parseHexColour('#0a58a8') // [10, 88, 168, 1]
 * @example parseHexColour('#b33c0b2e') // [179, 60, 11, 0.18]
 */
export function parseHexColour(hex: string): Rgba | null {
  const m = HEX.exec(hex);
  if (!m) return null;
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  const byte = (i: number) => Number.parseInt(digits.slice(i, i + 2), 16);
  const alpha = digits.length === 8 ? Math.round((byte(6) / 255) * 100) / 100 : 1;
  return [byte(0), byte(2), byte(4), alpha];
}

/** `top` painted over the opaque `bottom`. */
export function layOver(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  const mix = (i: 0 | 1 | 2) => top[i] * a + bottom[i] * (1 - a);
  return [mix(0), mix(1), mix(2), 1];
}

/** WCAG relative luminance of an opaque colour. */
export function relativeLuminance([r, g, b]: Rgba): number {
  const [x, y, z] = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * x! + 0.7152 * y! + 0.0722 * z!;
}

/**
 * The contrast ratio (1 to 21) of `front` painted on `back`.
 * @example contrastRatio('#1b1b1b', '#ffffff') // ≈ 17.0
 */
export function contrastRatio(front: string, back: string): number {
  const b = parseHexColour(back);
  const f = parseHexColour(front);
  if (!f || !b) throw new Error(`not a hex colour: ${f ? back : front}`);
  if (b[3] < 1) throw new Error(`the background ${back} must be opaque`);
  const [hi, lo] = [relativeLuminance(layOver(f, b)), relativeLuminance(b)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
}
