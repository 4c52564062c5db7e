/**
 * The images' text is drawn with the font the build loads (never the
 * machine's): every letter the story's languages need has a glyph, and the
 * SVG files carry the text as outlines, needing no font at all.
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { IMAGE_FONT_FAMILY, IMAGE_FONT_FILES, rasterizeSvg } from '../../src/build/rasterizeSvg.ts';

const W = 120;
const H = 60;

function svgWith(text: string, weight = 400): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#ffffff"/><text x="10" y="42" font-family="${IMAGE_FONT_FAMILY}" font-weight="${weight}" font-size="36" fill="#000000">${text}</text></svg>`;
}

/** The RGBA pixels of an SVG as the build renders it. */
function pixels(svg: string): Buffer {
  return new Resvg(svg, {
    font: {
      fontFiles: IMAGE_FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: IMAGE_FONT_FAMILY,
    },
  }).render().pixels;
}

function inked(rgba: Buffer): number {
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! < 200) count++;
  return count;
}

// A private-use code point: no font has it, so it draws as the font's "missing glyph" box (or nothing).
const MISSING = pixels(svgWith('\uE000'));

describe('the images’ font', () => {
  it('draws text: a word inks pixels that the same image without it does not', () => {
    expect(inked(pixels(svgWith('')))).toBe(0);
    expect(inked(pixels(svgWith('Aid')))).toBeGreaterThan(100);
  });

  // Latin, Azerbaijani and Ukrainian (the translations to come) letters, in the weights the images use.
  it.each(
    [...'AzÇçƏəĞğİıÖöŞşÜüІіЇїЄєҐґЖжЩщ'].flatMap((c) => [
      [c, 400],
      [c, 600],
      [c, 700],
    ]),
  )('has a glyph for %s (weight %i)', (letter, weight) => {
    const drawn = pixels(svgWith(letter as string, weight as number));
    expect(inked(drawn)).toBeGreaterThan(10);
    expect(drawn.equals(pixels(svgWith('\uE000', weight as number)))).toBe(false);
  });

  it('the missing-glyph reference itself differs from a real letter (the test above can fail)', () => {
    expect(MISSING.equals(pixels(svgWith('ə')))).toBe(false);
    expect(MISSING.equals(pixels(svgWith('\uE000')))).toBe(true);
  });
});

describe('rasterizeSvg', () => {
  const out = rasterizeSvg(
    svgWith('Azərbaycan &amp; Україна'),
    'Title <1>',
    'Sources: Trend & co.',
  );

  it('renders a PNG of the SVG’s size', () => {
    expect([out.width, out.height]).toEqual([W, H]);
    expect(out.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('outlines the text in the SVG it writes, and says in words what it shows', () => {
    expect(out.outlinedSvg).not.toMatch(/<text[\s>]/);
    expect(out.outlinedSvg).toMatch(/<path[^>]* d="M /);
    expect(out.outlinedSvg).toContain('<title>Title &lt;1&gt;</title>');
    expect(out.outlinedSvg).toContain('<desc>Sources: Trend &amp; co.</desc>');
  });

  it('the outlined SVG draws the same letters without any font', () => {
    const noFonts = new Resvg(out.outlinedSvg, { font: { loadSystemFonts: false } }).render();
    expect(inked(noFonts.pixels)).toBeGreaterThan(200);
    const original = new Resvg(svgWith('Azərbaycan &amp; Україна'), {
      font: { loadSystemFonts: false },
    }).render();
    // Without the font the original draws no text at all: the outlines are what carries it.
    expect(inked(original.pixels)).toBe(0);
  });
});
