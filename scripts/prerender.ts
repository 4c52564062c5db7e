/**
 * After `vite build` (client, into dist/) and `vite build --ssr` (into
 * .ssr/), writes the story's HTML for each published language: English at
 * dist/index.html, the others at dist/<folder>/index.html (uk/, az/), each
 * with an embed page beside it (embed.html, noindex, canonical to its
 * story; see canonicalLink.ts for STORY_SITE_URL), `<html lang>` and the
 * hreflang alternates (localizePage.ts). The client bundle is
 * a classic script: module scripts need CORS, which a sandboxed iframe
 * (opaque origin) on a plain static host does not get.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalLink } from '../src/build/canonicalLink.ts';
import { fillMarkers } from '../src/build/fillMarkers.ts';
import { bootPage, embedPage } from '../src/build/bootPage.ts';
import { hashOf } from '../src/build/buildClassicScript.ts';
import { keepScopedRules, scopeClasses } from '../src/build/storyStylesheet.ts';
import { alternateLinks, localizePage, siteUrlFor } from '../src/build/i18n/localizePage.ts';
import { LOCALE_FOLDERS, LOCALE_NAMES, type Locale } from '../src/lib/i18n/locales.ts';

const root = path.resolve(import.meta.dirname, '..');
// STORY_OUT_DIR and STORY_SSR_DIR let tests build copies of data/ elsewhere (tests/helpers/buildCopy.ts).
const dist = path.resolve(root, process.env.STORY_OUT_DIR ?? 'dist');
const ssr = path.resolve(root, process.env.STORY_SSR_DIR ?? '.ssr');
const { renderStory, publishedLocales } = (await import(
  pathToFileURL(path.join(ssr, 'entry-server.js')).href
)) as {
  renderStory: (topology: unknown, tag: Locale) => { head: string; body: string };
  publishedLocales: Locale[];
};

const topology: unknown = JSON.parse(
  readFileSync(path.join(root, 'static/geo/region.topo.json'), 'utf8'),
);
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
 * load them in turn (after the first paint, from its first script:
 * embedPage, src/embedHead.ts).
 */
function embedScripts(html: string): string {
  const views = /<div id="app" data-views-script="([^"]+)"/.exec(html)?.[1];
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

/** A page's first script, built by firstScriptPlugin.ts. */
function firstScriptFile(name: string): string {
  const pattern = new RegExp(`^${name}-[\\w-]+\\.js$`);
  const file = readdirSync(path.join(dist, 'assets')).find((f) => pattern.test(f));
  if (!file) throw new Error(`prerender: no assets/${name}-*.js in dist/ (firstScriptPlugin.ts)`);
  return file;
}
const bootFile = firstScriptFile('boot');
const embedHeadFile = firstScriptFile('embed-head');
const siteUrl = process.env.STORY_SITE_URL;
const languages = publishedLocales.map((tag) => ({
  tag,
  folder: LOCALE_FOLDERS[tag],
  name: LOCALE_NAMES[tag],
}));
const storyPages: { folder: string; html: string }[] = [];
for (const tag of publishedLocales) {
  const folder = LOCALE_FOLDERS[tag];
  const { head, body } = renderStory(topology, tag);
  const english = fillMarkers(classic, { 'ssr-head': head, 'ssr-body': body });
  // embed.html's scripts are chosen on the English paths, then both pages move to the language's folder.
  // The story page loads its scripts at the reader's first move, after its first paint (src/boot.ts);
  // embed.html, the mounted app, right after its first paint (src/embedHead.ts).
  const page = bootPage(localizePage(english, tag, folder), bootFile);
  const embed = embedPage(localizePage(embedScripts(english), tag, folder), embedHeadFile);
  const out = path.join(dist, folder);
  mkdirSync(out, { recursive: true });
  const alternates = alternateLinks(folder, languages, siteUrl);
  const site = siteUrlFor(siteUrl, folder);
  storyPages.push({
    folder,
    html: fillMarkers(page, { robots: canonicalLink('story', site) + alternates }),
  });
  writeFileSync(
    path.join(out, 'embed.html'),
    fillMarkers(embed, {
      robots: `<meta name="robots" content="noindex" />${canonicalLink('embed', site)}`,
    }),
  );
  const where = folder ? `dist/${folder}/` : 'dist/';
  console.log(
    `prerendered ${where}index.html and ${where}embed.html (${tag}, ${(page.length / 1024).toFixed(1)} KB)`,
  );
}

// The story pages link only the styles they can draw: those their HTML and
// their islands' scripts name (storyStylesheet.ts); embed.html keeps the whole.
const siteSheet = /<link rel="stylesheet" href="\.\/(assets\/style-[\w-]+\.css)"/.exec(
  classic,
)?.[1];
if (!siteSheet) throw new Error('prerender: no assets/style-*.css link in dist/index.html');
const islandScripts = readdirSync(path.join(dist, 'assets')).filter((f) =>
  /^(index|late-islands)-[\w-]+\.js$/.test(f),
);
if (islandScripts.length !== 2)
  throw new Error(
    `prerender: expected the islands' two scripts in dist/assets, found ${islandScripts.join(', ')}`,
  );
const drawn = new Set([
  ...storyPages.flatMap(({ html }) => [...scopeClasses(html)]),
  ...islandScripts.flatMap((f) => [
    ...scopeClasses(readFileSync(path.join(dist, 'assets', f), 'utf8')),
  ]),
]);
const storyCss = keepScopedRules(readFileSync(path.join(dist, siteSheet), 'utf8'), drawn);
const storySheet = `assets/story-${hashOf(storyCss)}.css`;
writeFileSync(path.join(dist, storySheet), storyCss);
for (const { folder, html } of storyPages) {
  const linked = html.replace(
    /(<link rel="stylesheet" href="[^"]*)assets\/style-[\w-]+\.css"/,
    (_all, before: string) => `${before}${storySheet}"`,
  );
  if (linked === html)
    throw new Error(`prerender: ${folder || '.'}/index.html does not link ${siteSheet}`);
  writeFileSync(path.join(dist, folder, 'index.html'), linked);
}
console.log(
  `the story pages' stylesheet: ${storySheet} (${(storyCss.length / 1024).toFixed(1)} KB)`,
);
