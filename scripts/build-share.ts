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
 * prerender.ts makes them. A page per language later: loop over the
 * languages' folders around `shareStory` below.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { canonicalLink } from '../src/build/canonicalLink.ts';
import { imageStylesheet, readCustomProperties } from '../src/build/imageStylesheet.ts';
import { rasterizeSvg } from '../src/build/rasterizeSvg.ts';
import { ogLocale, shareMetaTags, type ShareMeta } from '../src/build/shareMetaTags.ts';
import {
  OPEN_STEP_FILE,
  OPEN_STEP_SCRIPT,
  SHARE_STYLE,
  SHARE_STYLE_FILE,
  sharePage,
} from '../src/build/sharePage.ts';
import { siteAddress } from '../src/build/siteAddress.ts';
import type { RenderedImage, ShareRendering } from '../src/build/shareEntry.ts';
import { CARD_SIZE, IMAGE_DIR } from '../src/lib/share/imageSizes.ts';

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
const { renderShareImages } = (await import(
  pathToFileURL(path.join(ssrShare, 'shareEntry.js')).href
)) as { renderShareImages: (topology: unknown, stylesheet: string) => ShareRendering };

const storyPage = readFileSync(path.join(dist, 'index.html'), 'utf8');
const stylesheetHref =
  /<link rel="stylesheet" href="\.\/([^"]+\.css)"/.exec(storyPage)?.[1] ?? null;
if (!stylesheetHref) throw new Error('build-share: no stylesheet link in dist/index.html');
const pageCss = readFileSync(path.join(dist, stylesheetHref), 'utf8');
const stylesheet = imageStylesheet(readCustomProperties(pageCss));
const topology: unknown = JSON.parse(
  readFileSync(path.join(root, 'static/geo/region.topo.json'), 'utf8'),
);
const shared = renderShareImages(topology, stylesheet);

rmSync(path.join(dist, IMAGE_DIR), { recursive: true, force: true });
mkdirSync(path.join(dist, IMAGE_DIR), { recursive: true });
let images = 0;
/** Writes the PNG, and for the step graphics (not the cards) the outlined SVG beside it. */
function writeImage(
  image: RenderedImage,
  file: string,
  withSvg: boolean,
): { width: number; height: number } {
  const out = rasterizeSvg(image.svg, image.title, image.description);
  writeFileSync(path.join(dist, file), out.png);
  if (withSvg) writeFileSync(path.join(dist, file.replace(/\.png$/, '.svg')), out.outlinedSvg);
  images++;
  return { width: out.width, height: out.height };
}

function checkCard(size: { width: number; height: number }, file: string): void {
  if (size.width !== CARD_SIZE.width || size.height !== CARD_SIZE.height) {
    throw new Error(`build-share: ${file} is ${size.width} × ${size.height}, not 1200 × 630`);
  }
}

function metaFor(
  title: string,
  description: string,
  image: RenderedImage,
  fromPage: '' | 's/',
  /** The page's path from the story's folder ('' for the story itself). */
  page: string,
): ShareMeta {
  return {
    title,
    description,
    url: siteUrl ? siteAddress(page, siteUrl, fromPage) : null,
    image: {
      url: siteAddress(image.path, siteUrl, fromPage),
      ...CARD_SIZE,
      alt: image.description,
    },
    siteName: shared.headline,
    locale: ogLocale(shared.language),
  };
}

/** One language's pages: the story and embed pages get the story's card, each step its share page. */
function shareStory(): void {
  checkCard(writeImage(shared.card, shared.card.path, false), shared.card.path);
  const storyTags = shareMetaTags(metaFor(shared.headline, shared.standfirst, shared.card, '', ''));
  for (const name of ['index.html', 'embed.html']) {
    const file = path.join(dist, name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('</head>')) throw new Error(`build-share: no </head> in dist/${name}`);
    // Between markers, so running this step again (without prerender) replaces its tags.
    const withoutOld = html.replace(/\s*<!--share-tags-->[\s\S]*<!--\/share-tags-->/, '');
    writeFileSync(
      file,
      withoutOld.replace(
        '</head>',
        `  <!--share-tags-->\n    ${storyTags}\n    <!--/share-tags-->\n  </head>`,
      ),
    );
  }
  const shareDir = path.join(dist, 's');
  rmSync(shareDir, { recursive: true, force: true });
  mkdirSync(shareDir, { recursive: true });
  writeFileSync(path.join(shareDir, OPEN_STEP_FILE), OPEN_STEP_SCRIPT);
  writeFileSync(path.join(shareDir, SHARE_STYLE_FILE), SHARE_STYLE);
  for (const step of shared.steps) {
    checkCard(writeImage(step.card, step.card.path, false), step.card.path);
    const sizes = step.graphics.map((g) => writeImage(g, g.path, true));
    const page = `s/${step.id}.html`;
    const [large] = step.graphics;
    const [largeSize] = sizes;
    if (!large || !largeSize) throw new Error('build-share: no graphic sizes (GRAPHIC_SIZES)');
    writeFileSync(
      path.join(dist, page),
      sharePage({
        language: shared.language,
        headline: shared.headline,
        step: {
          ...step,
          index: shared.steps.indexOf(step),
          total: shared.steps.length,
        },
        stylesheet: stylesheetHref,
        metaTags: shareMetaTags(metaFor(step.title, step.text, step.card, 's/', page)),
        canonical: siteUrl
          ? canonicalLink('story', siteUrl)
          : '<link rel="canonical" href="../" />',
        image: { src: `../${large.path}`, ...largeSize, alt: large.description },
      }),
    );
  }
}

shareStory();
rmSync(ssrShare, { recursive: true, force: true });
const seconds = (t: number) => ((t - started) / 1000).toFixed(1);
console.log(
  `build-share: ${images} images and ${shared.steps.length} share pages in ${seconds(performance.now())} s (bundling ${seconds(bundled)} s); ${readdirSync(path.join(dist, IMAGE_DIR)).length} files in dist/${IMAGE_DIR}/`,
);
