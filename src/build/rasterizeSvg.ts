/**
 * Turns a built image's SVG into a PNG and into an SVG whose text is
 * outlined, both with one font file set loaded explicitly (never the
 * machine's fonts), so every copy of an image draws the same letters,
 * Latin, Cyrillic and Azerbaijani alike, wherever it is opened.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

/** Noto Sans (SIL Open Font License 1.1), regular and the bold weights the images use. */
export const IMAGE_FONT_FILES = [
  '400Regular/NotoSans_400Regular.ttf',
  '600SemiBold/NotoSans_600SemiBold.ttf',
  '700Bold/NotoSans_700Bold.ttf',
].map((file) => path.join(fontDir, file));

export const IMAGE_FONT_FAMILY = 'Noto Sans';

export interface RasterizedImage {
  png: Buffer;
  width: number;
  height: number;
  /** The same drawing with every glyph as a path: no font needed to show it. */
  outlinedSvg: string;
}

/**
 * @param title, description  put back into the outlined SVG (the renderer drops them), so the file says what it shows.
 */
export function rasterizeSvg(svg: string, title: string, description: string): RasterizedImage {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: IMAGE_FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: IMAGE_FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  const rendered = resvg.render();
  // The renderer pretty-prints; indentation is a third of the file.
  const outlined = resvg.toString().replace(/>\s+</g, '><');
  const open = outlined.indexOf('>', outlined.indexOf('<svg')) + 1;
  const described =
    outlined.slice(0, open).replace('<svg ', '<svg role="img" ') +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
    outlined.slice(open);
  return {
    png: rendered.asPng(),
    width: rendered.width,
    height: rendered.height,
    outlinedSvg: described,
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
