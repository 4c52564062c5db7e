/**
 * After prerender: the share cards, the step images and the share pages.
 * - Renders every image as SVG with the page's own map and timeline
 *   components (src/build/shareEntry.ts, bundled here by Vite into
 *   .ssr-share/), then with resvg as PNG and as an SVG with its text
 *   outlined (src/build/rasterizeSvg.ts): dist/images/.
 * - Adds Open Graph / Twitter tags to the pre-rendered pages
 *   (dist/index.html, dist/embed.html) and writes a share page per step
 *   (dist/s/<step-id>.html).
 * Takes the pre-rendered pages as input, so it does not depend on how
 * prerender.ts makes them. Every published language gets its own: its
 * images and share pages in its folder (dist/uk/images/, dist/uk/s/), in
 * its words.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { imageStylesheet, readCustomProperties } from '../src/build/imageStylesheet.ts';
import { rasterizeSvg } from '../src/build/rasterizeSvg.ts';
import { shareAddresses, sharePagePath, withShareTags } from '../src/build/shareAddresses.ts';
import { shareMetaTags } from '../src/build/shareMetaTags.ts';
import {
  OPEN_STEP_FILE,
  OPEN_STEP_SCRIPT,
  SHARE_STYLE,
  SHARE_STYLE_FILE,
  sharePage,
} from '../src/build/sharePage.ts';
import type { RenderedImage, ShareRendering } from '../src/build/shareEntry.ts';
import { CARD_SIZE, IMAGE_DIR } from '../src/lib/share/imageSizes.ts';
import { LOCALE_FOLDERS, type Locale } from '../src/lib/i18n/locales.ts';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env.STORY_OUT_DIR ?? 'dist');
const ssrShare = path.resolve(root, `${process.env.STORY_SSR_DIR ?? '.ssr'}-share`);
const siteUrl = process.env.STORY_SITE_URL;

await build({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { ssr: 'src/build/shareEntry.ts', outDir: ssrShare, emptyOutDir: true },
});
const bundled = performance.now();
const { renderShareImages, publishedLocales } = (await import(
  pathToFileURL(path.join(ssrShare, 'shareEntry.js')).href
)) as {
  renderShareImages: (topology: unknown, stylesheet: string, tag: Locale) => ShareRendering;
  publishedLocales: Locale[];
};

const topology: unknown = JSON.parse(
  readFileSync(path.join(root, 'static/geo/region.topo.json'), 'utf8'),
);
let images = 0;

/** The story's stylesheet as its page links it: a path relative to the page. */
function readStylesheetHref(storyPage: string, where: string): string {
  const href = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(storyPage)?.[1];
  if (!href || /^(?:[a-z]+:|\/)/i.test(href)) {
    throw new Error(`build-share: no relative stylesheet link in ${where}`);
  }
  return path.posix.normalize(href);
}

function checkCard(size: { width: number; height: number }, file: string): void {
  if (size.width !== CARD_SIZE.width || size.height !== CARD_SIZE.height) {
    throw new Error(`build-share: ${file} is ${size.width} × ${size.height}, not 1200 × 630`);
  }
}

/**
 * One language's pages, in `folder` of dist/ ('' for the story's own
 * language): its images in `<folder>images/`, Open Graph tags on its story
 * and embed pages, and a share page per step in `<folder>s/`, all in the
 * language of `render`.
 */
function shareStory(folder: string, render: (stylesheet: string) => ShareRendering): number {
  const pages = path.join(dist, folder);
  const where = (file: string) => `dist/${folder}${file}`;
  const storyPage = readFileSync(path.join(pages, 'index.html'), 'utf8');
  const stylesheetHref = readStylesheetHref(storyPage, where('index.html'));
  const pageCss = readFileSync(path.join(pages, stylesheetHref), 'utf8');
  const shared = render(imageStylesheet(readCustomProperties(pageCss)));
  const addresses = shareAddresses(siteUrl, folder, shared);

  rmSync(path.join(pages, IMAGE_DIR), { recursive: true, force: true });
  mkdirSync(path.join(pages, IMAGE_DIR), { recursive: true });
  /** Writes the PNG, and for the step graphics (not the cards) the outlined SVG beside it. */
  const writeImage = (image: RenderedImage, withSvg: boolean) => {
    const out = rasterizeSvg(image.svg, image.title, image.description);
    writeFileSync(path.join(pages, image.path), out.png);
    if (withSvg) {
      writeFileSync(path.join(pages, image.path.replace(/\.png$/, '.svg')), out.outlinedSvg);
    }
    images++;
    return { width: out.width, height: out.height };
  };
  checkCard(writeImage(shared.card, false), where(shared.card.path));
  const storyTags = shareMetaTags(
    addresses.meta({
      title: shared.headline,
      description: shared.standfirst,
      card: shared.card,
      step: null,
    }),
  );
  for (const name of ['index.html', 'embed.html']) {
    const file = path.join(pages, name);
    const tagged = withShareTags(readFileSync(file, 'utf8'), storyTags);
    if (tagged === null) throw new Error(`build-share: no </head> in ${where(name)}`);
    writeFileSync(file, tagged);
  }
  const shareDir = path.join(pages, 's');
  rmSync(shareDir, { recursive: true, force: true });
  mkdirSync(shareDir, { recursive: true });
  writeFileSync(path.join(shareDir, OPEN_STEP_FILE), OPEN_STEP_SCRIPT);
  writeFileSync(path.join(shareDir, SHARE_STYLE_FILE), SHARE_STYLE);
  for (const step of shared.steps) {
    checkCard(writeImage(step.card, false), where(step.card.path));
    const sizes = step.graphics.map((g) => writeImage(g, true));
    const page = sharePagePath(step.id);
    const [large] = step.graphics;
    const [largeSize] = sizes;
    if (!large || !largeSize) throw new Error('build-share: no graphic sizes (GRAPHIC_SIZES)');
    writeFileSync(
      path.join(pages, page),
      sharePage({
        language: shared.language,
        headline: shared.headline,
        step: { ...step, index: shared.steps.indexOf(step), total: shared.steps.length },
        stylesheet: stylesheetHref,
        metaTags: shareMetaTags(
          addresses.meta({
            title: step.title,
            description: step.text,
            card: step.card,
            step: step.id,
          }),
        ),
        canonical: addresses.shareCanonical,
        image: { src: `../${large.path}`, ...largeSize, alt: large.description },
        words: { stepOf: step.kicker, readFromStep: shared.readFromStep },
        icon: /<link rel="icon" href="([^"]+)"/.exec(storyPage)?.[1],
      }),
    );
  }
  return shared.steps.length;
}

// Each language's images and share pages in its own folder (dist/uk/images/,
// dist/uk/s/), beside its story page: og tags and relative links stay as they are.
let sharePages = 0;
for (const tag of publishedLocales) {
  const folder = LOCALE_FOLDERS[tag] ? `${LOCALE_FOLDERS[tag]}/` : '';
  sharePages += shareStory(folder, (stylesheet) => renderShareImages(topology, stylesheet, tag));
}
rmSync(ssrShare, { recursive: true, force: true });
const seconds = (t: number) => ((t - started) / 1000).toFixed(1);
console.log(
  `build-share: ${images} images and ${sharePages} share pages in ${seconds(performance.now())} s (bundling ${seconds(bundled)} s); ${readdirSync(path.join(dist, IMAGE_DIR)).length} files in dist/${IMAGE_DIR}/`,
);
