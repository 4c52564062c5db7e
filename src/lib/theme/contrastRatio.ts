/**
 * WCAG 2 contrast between two colours, written as hex (`#rgb`, `#rrggbb`,
 * `#rrggbbaa`) or as browsers compute them (`rgb(27, 27, 27)`,
 * `rgba(168, 56, 10, 0.18)`). A translucent colour is first laid over the
 * opaque one it is painted on, the way a reader sees it. The palette's test,
 * the build's check of data/theme.json and the browser tests (which measure
 * the page as painted) all use this one copy.
 */

/** Red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number];

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/;

/**
 * @example parseColour('#0a58a8') // [10, 88, 168, 1]
 * @example parseColour('#a8380a2e') // [168, 56, 10, 0.18]
 * @example parseColour('rgba(10, 88, 168, 0.16)') // [10, 88, 168, 0.16]
 */
export function parseColour(text: string): Rgba | null {
  const rgb = RGB.exec(text.trim());
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number.parseFloat(rgb[4]);
    return [
      Number(rgb[1]),
      Number(rgb[2]),
      Number(rgb[3]),
      rgb[4]?.endsWith('%') ? alpha / 100 : alpha,
    ];
  }
  const m = HEX.exec(text);
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

function read(colour: string): Rgba {
  const parsed = parseColour(colour);
  if (!parsed) throw new Error(`not a colour: ${colour}`);
  return parsed;
}

/**
 * The opaque colour a reader sees where `layers` are painted one over the
 * other, the first (opaque) at the bottom, as `rgb(r, g, b)`.
 * @example flattenColours(['#ffffff', 'rgba(0, 0, 0, 0.5)']) // 'rgb(128, 128, 128)'
 */
export function flattenColours(layers: readonly string[]): string {
  const [bottom, ...rest] = layers.map(read);
  if (!bottom || bottom[3] < 1) throw new Error(`the bottom layer must be opaque: ${layers[0]}`);
  const [r, g, b] = rest.reduce((under, top) => layOver(top, under), bottom);
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
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
 * The contrast ratio (1 to 21) of `front` painted on the opaque `back`.
 * @example contrastRatio('#1b1b1b', '#ffffff') // ≈ 17.0
 */
export function contrastRatio(front: string, back: string): number {
  const b = read(back);
  if (b[3] < 1) throw new Error(`the background ${back} must be opaque`);
  const [hi, lo] = [relativeLuminance(layOver(read(front), b)), relativeLuminance(b)].sort(
    (p, q) => q - p,
  );
  return (hi! + 0.05) / (lo! + 0.05);
}
