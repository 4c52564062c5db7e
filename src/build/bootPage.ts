/**
 * A page's first script in place of its deferred script tags (the shapes,
 * the data, the page's bundle), which it lists in order on `data-load` and
 * loads after the first paint, so that on a slow connection they do not
 * share the bandwidth with the HTML and the stylesheet before the page
 * shows. The first script sits beside the bundle (assets/), so a page in a
 * language folder finds it one folder up as it finds the bundle.
 */
const DEFERRED = /<script defer src="([^"]+)"><\/script>\s*/g;

/** The page with its deferred tags replaced by `tag(firstScriptSrc, sources)`, written where the tag at `place` was. */
function replaceDeferred(
  html: string,
  bundleName: 'index' | 'views',
  firstFile: string,
  place: 'first' | 'bundle',
  tag: (src: string, load: string) => string,
): string {
  const sources = [...html.matchAll(DEFERRED)].map((m) => m[1] ?? '');
  const bundlePattern = new RegExp(`(^|/)assets/${bundleName}-[^/]+\\.js$`);
  const bundle = sources.find((src) => bundlePattern.test(src));
  if (!bundle)
    throw new Error(`the page has no deferred bundle (assets/${bundleName}-*.js) to load`);
  const src = bundle.replace(/[^/]+\.js$/, firstFile);
  let index = -1;
  return html.replace(DEFERRED, () => {
    index += 1;
    const here = place === 'first' ? index === 0 : sources[index] === bundle;
    return here ? `${tag(src, sources.join(' '))}\n    ` : '';
  });
}

/**
 * The story page's: the boot script, deferred, which loads the others at
 * the reader's first move, after the first paint (src/boot.ts).
 * @example bootPage('<script defer src="geo/region.js"></script><script defer src="./assets/index-a.js"></script>', 'boot-b.js')
 * // '<script defer src="./assets/boot-b.js" data-load="geo/region.js ./assets/index-a.js"></script>'
 */
export function bootPage(html: string, bootFile: string): string {
  return replaceDeferred(
    html,
    'index',
    bootFile,
    'first',
    (src, load) => `<script defer src="${src}" data-load="${load}"></script>`,
  );
}

/**
 * embed.html's: blocking, where the app's bundle was (before the
 * stylesheet, so it need not wait for it), so that it runs before the first
 * paint and then loads the app at once after it (src/embedHead.ts).
 * @example embedPage('<script defer src="data/story-full.js"></script><script defer src="./assets/views-a.js"></script>', 'embed-head-b.js')
 * // '<script src="./assets/embed-head-b.js" data-load="data/story-full.js ./assets/views-a.js"></script>'
 */
export function embedPage(html: string, embedHeadFile: string): string {
  return replaceDeferred(
    html,
    'views',
    embedHeadFile,
    'bundle',
    (src, load) => `<script src="${src}" data-load="${load}"></script>`,
  );
}
