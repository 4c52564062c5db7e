/**
 * The images and share cards the build makes (scripts/build-share.ts): each
 * exists at its size, is not blank (its title is drawn where the layout put
 * it), names its step and sources in its SVG, and every page carries its
 * Open Graph / Twitter card. Reads dist/ as `npm run build` left it, and
 * decodes the PNGs in Chromium (a canvas), so it lives with the browser files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { DIST, readSteps } from '../helpers/story.ts';
import {
  CARD_SIZE,
  GRAPHIC_SIZES,
  cardImagePath,
  graphicImagePath,
} from '../../src/lib/share/imageSizes.ts';

const steps = readSteps();
const sources = new Map(
  (
    JSON.parse(readFileSync(path.resolve('data/sources.json'), 'utf8')) as {
      sources: { id: string; publisher: string }[];
    }
  ).sources.map((s) => [s.id, s.publisher]),
);
const events = new Map(
  (
    JSON.parse(readFileSync(path.resolve('data/events.json'), 'utf8')) as {
      events: { id: string; sources: { source: string }[] }[];
    }
  ).events.map((e) => [e.id, e]),
);

/** A PNG's size, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(path.join(DIST, file));
  expect(png.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

function metaContent(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const graphics = steps.flatMap((step) =>
  GRAPHIC_SIZES.map((size) => ({ step, size, png: graphicImagePath(step.id, size.key, 'png') })),
);
const cards = [null, ...steps.map((s) => s.id)].map((id) => cardImagePath(id));

describe('step graphics in dist/images', () => {
  it.each(graphics.map((g) => [g.png, g]))('%s has its size', (_file, { size, png }) => {
    const [width, height] = pngSize(png);
    expect(width).toBe(size.width);
    if (size.height) expect(height).toBe(size.height);
    // An image as tall as it needs: a map, legend and timeline under a title.
    else expect(height).toBeGreaterThan(size.width * 0.7);
  });

  it.each(graphics.map((g) => [g.png.replace('.png', '.svg'), g]))(
    '%s: same size, text outlined, its title and sources in words',
    (file, { step, png }) => {
      const svg = readFileSync(path.join(DIST, file), 'utf8');
      const [width, height] = pngSize(png);
      expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${height}"`));
      expect(svg).not.toMatch(/<text[\s>]/);
      expect(unescape(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '')).toBe(step.title);
      const desc = unescape(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '');
      const publishers = step.timeline.highlight.flatMap(
        (id) => events.get(id)?.sources.map((c) => sources.get(c.source)) ?? [],
      );
      for (const publisher of publishers) expect(desc).toContain(`${publisher}`);
      expect(desc).toMatch(publishers.length ? /\. Sources: / : /From “/);
    },
  );
});

describe('share cards', () => {
  it.each(cards.map((c) => [c]))('%s is 1200 × 630', (file) => {
    expect(pngSize(file)).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
  });
});

describe('the images are not blank', () => {
  const site = useSite();

  /** For each PNG: pixels unlike the white background, over the whole image and in the box where the title is drawn. */
  async function inked(files: string[], titleBox: { x: number; y: number; w: number; h: number }) {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}s/share.css`);
    const counts = await page.evaluate(
      async ({ files, box }) => {
        const out: Record<string, { all: number; title: number }> = {};
        for (const file of files) {
          const img = new Image();
          img.src = `/${file}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const count = (x: number, y: number, w: number, h: number) => {
            const data = ctx.getImageData(x, y, w, h).data;
            let n = 0;
            for (let i = 0; i < data.length; i += 4) {
              if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) n++;
            }
            return n;
          };
          out[file] = {
            all: count(0, 0, canvas.width, canvas.height),
            title: count(box.x, box.y, box.w, box.h),
          };
        }
        return out;
      },
      { files, box: titleBox },
    );
    await page.close();
    return counts;
  }

  it('every step graphic has its title drawn at the top and is mostly drawn on', async () => {
    const counts = await inked(
      graphics.map((g) => g.png),
      { x: 32, y: 32, w: 400, h: 40 },
    );
    for (const { png, size } of graphics) {
      // The title: dark glyphs over a good part of its box.
      expect(counts[png]!.title, png).toBeGreaterThan(400 * 40 * 0.08);
      // Map, legend and timeline: most of the image is not background.
      expect(counts[png]!.all, png).toBeGreaterThan(size.width * size.width * 0.3);
    }
  });

  it('every card has its headline drawn in the text column and a map beside it', async () => {
    const counts = await inked(cards, { x: 40, y: 80, w: 400, h: 45 });
    for (const card of cards) {
      expect(counts[card]!.title, card).toBeGreaterThan(400 * 45 * 0.08);
      // The map fills the right 700 px: well over a third of the card.
      expect(counts[card]!.all, card).toBeGreaterThan(1200 * 630 * 0.4);
    }
  });
});

describe('share tags and pages', () => {
  const story = JSON.parse(readFileSync(path.resolve('data/story.json'), 'utf8')) as {
    headline: string;
  };

  it.each(['index.html', 'embed.html'])('%s carries the story’s card, which exists', (page) => {
    const html = readFileSync(path.join(DIST, page), 'utf8');
    expect(metaContent(html, 'og:image')).toBe(cardImagePath(null));
    expect(metaContent(html, 'og:image:width')).toBe('1200');
    expect(metaContent(html, 'og:image:height')).toBe('630');
    expect(metaContent(html, 'og:image:alt')).toMatch(/Sources: /);
    expect(unescape(metaContent(html, 'og:title') ?? '')).toBe(story.headline);
    expect(metaContent(html, 'og:description')?.length).toBeGreaterThan(40);
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    // Absolute addresses (STORY_SITE_URL) and tags that a second run replaces: tests/unit/shareAddresses.test.ts.
    expect(html.match(/property="og:image"/g)).toHaveLength(1);
  });

  it.each(steps.map((s) => [s.id, s]))(
    's/%s.html has the step’s own card and title',
    (id, step) => {
      const html = readFileSync(path.join(DIST, 's', `${id}.html`), 'utf8');
      expect(metaContent(html, 'og:image')).toBe(`../${cardImagePath(id)}`);
      expect(existsSync(path.join(DIST, cardImagePath(id)))).toBe(true);
      expect(unescape(metaContent(html, 'og:title') ?? '')).toBe(step.title);
      expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
      expect(html).toContain(`href="../index.html#${id}" data-open-step`);
    },
  );

  it('the "Embed this" panel links every step graphic, and each link names a built file', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const links = [...html.matchAll(/href="(images\/[^"]+)" download/g)].map((m) => m[1]!);
    const expected = graphics.flatMap((g) => [g.png, g.png.replace('.png', '.svg')]);
    expect(links.sort()).toEqual(expected.sort());
    for (const link of links) expect(existsSync(path.join(DIST, link)), link).toBe(true);
  });
});

describe.each([
  {
    tag: 'uk',
    folder: 'uk',
    locale: 'uk_UA',
    sources: 'Джерела: ',
    english: /Sources: |Step \d+ of|Read the story/,
  },
  {
    tag: 'az-Latn',
    folder: 'az',
    locale: 'az_AZ',
    sources: 'Mənbələr: ',
    english: /Sources: |Step \d+ of|Read the story/,
  },
])('share cards, images and pages in $tag', ({ tag, folder, locale, sources, english }) => {
  const dir = path.join(DIST, folder);
  const translatedStory = JSON.parse(
    readFileSync(path.resolve(`data/translations/${tag}/story.json`), 'utf8'),
  ) as { headline: string };
  const translatedSteps = (
    JSON.parse(readFileSync(path.resolve(`data/translations/${tag}/steps.json`), 'utf8')) as {
      steps: { id: string; title: string }[];
    }
  ).steps;

  it.each(['index.html', 'embed.html'])(
    '%s carries the language’s own card, in its words',
    (page) => {
      const html = readFileSync(path.join(dir, page), 'utf8');
      expect(metaContent(html, 'og:image')).toBe(cardImagePath(null));
      expect(existsSync(path.join(dir, cardImagePath(null)))).toBe(true);
      expect(metaContent(html, 'og:locale')).toBe(locale);
      expect(unescape(metaContent(html, 'og:title') ?? '')).toBe(
        translatedStory.headline.replace(/\*/g, ''),
      );
      expect(metaContent(html, 'og:image:alt')).toContain(sources);
      expect(metaContent(html, 'og:image:alt')).not.toMatch(english);
    },
  );

  it('every step has its share page, card and graphics in the language’s folder', () => {
    for (const step of translatedSteps) {
      const html = readFileSync(path.join(dir, 's', `${step.id}.html`), 'utf8');
      expect(html).toContain(`<html lang="${tag}"`);
      expect(metaContent(html, 'og:image')).toBe(`../${cardImagePath(step.id)}`);
      expect(unescape(metaContent(html, 'og:title') ?? '')).toBe(step.title);
      expect(html).toContain(`href="../index.html#${step.id}" data-open-step`);
      expect(html.replace(/<q[^>]*>[\s\S]*?<\/q>/g, '')).not.toMatch(english);
      expect(existsSync(path.join(dir, cardImagePath(step.id))), step.id).toBe(true);
      for (const size of GRAPHIC_SIZES) {
        for (const ext of ['png', 'svg'] as const) {
          const file = path.join(dir, graphicImagePath(step.id, size.key, ext));
          expect(existsSync(file), file).toBe(true);
        }
      }
    }
  });

  it('the step graphics say in words, in the language, what they show', () => {
    const step = translatedSteps[0]!;
    const svg = readFileSync(path.join(dir, graphicImagePath(step.id, '1200', 'svg')), 'utf8');
    expect(unescape(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '')).toBe(step.title);
    expect(svg).toContain(sources);
  });

  it('the "Embed this" panel links the language’s own graphics', () => {
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    const links = [...html.matchAll(/href="(images\/[^"]+)" download/g)].map((m) => m[1]!);
    expect(links.length).toBe(graphics.length * 2);
    for (const link of links) expect(existsSync(path.join(dir, link)), link).toBe(true);
  });
});
