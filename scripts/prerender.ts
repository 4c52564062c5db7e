/**
 * After `vite build` (client, into dist/) and `vite build --ssr` (into
 * .ssr/), writes the story's HTML into dist/index.html and an embed page
 * (dist/embed.html, noindex, canonical to the story; see canonicalLink.ts
 * for STORY_SITE_URL). The client bundle is
 * a classic script: module scripts need CORS, which a sandboxed iframe
 * (opaque origin) on a plain static host does not get.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalLink } from '../src/build/canonicalLink.ts';

const root = path.resolve(import.meta.dirname, '..');
// STORY_OUT_DIR and STORY_SSR_DIR let tests build copies of data/ elsewhere (tests/helpers/buildCopy.ts).
const dist = path.resolve(root, process.env.STORY_OUT_DIR ?? 'dist');
const ssr = path.resolve(root, process.env.STORY_SSR_DIR ?? '.ssr');
const { renderStory } = (await import(pathToFileURL(path.join(ssr, 'entry-server.js')).href)) as {
  renderStory: (topology: unknown) => { head: string; body: string };
};

const topology: unknown = JSON.parse(
  readFileSync(path.join(root, 'static/geo/region.topo.json'), 'utf8'),
);
const { head, body } = renderStory(topology);
const template = readFileSync(path.join(dist, 'index.html'), 'utf8');

const classic = template
  .replace(
    /<script type="module" crossorigin src="([^"]+)"><\/script>/,
    (_all, src: string) => `<script defer src="${src}"></script>`,
  )
  // `crossorigin` makes the stylesheet a CORS request, which a sandboxed iframe (opaque origin) fails.
  .replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
if (classic === template)
  throw new Error('prerender: could not find the module script tag in dist/index.html');

/**
 * embed.html is only ever the mounted app (frames, embed views: see
 * src/views.ts): it loads the app's script and the full data directly,
 * instead of the story page's islands and slim data, which would only
 * load them in turn.
 */
function embedScripts(html: string): string {
  const views = /<div id="app" data-views-script="([^"]+)">/.exec(html)?.[1];
  const appScript = html.replace(
    /<script defer src="\.\/assets\/index-[^"]+\.js"><\/script>/,
    `<script defer src="${views}"></script>`,
  );
  const fullData = appScript.replace(
    '<script defer src="data/story.js"></script>',
    '<script defer src="data/story-full.js"></script>',
  );
  if (!views || appScript === html || fullData === appScript)
    throw new Error('prerender: could not point embed.html at the app script and the full data');
  return fullData;
}

const page = classic.replace('<!--ssr-head-->', head).replace('<!--ssr-body-->', body);
const siteUrl = process.env.STORY_SITE_URL;
writeFileSync(
  path.join(dist, 'index.html'),
  page.replace('<!--robots-->', canonicalLink('story', siteUrl)),
);
writeFileSync(
  path.join(dist, 'embed.html'),
  embedScripts(page).replace(
    '<!--robots-->',
    `<meta name="robots" content="noindex" />${canonicalLink('embed', siteUrl)}`,
  ),
);
console.log(
  `prerendered dist/index.html and dist/embed.html (${(page.length / 1024).toFixed(1)} KB)`,
);
