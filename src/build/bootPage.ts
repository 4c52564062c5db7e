/**
 * The story page with one script tag, the boot script, in place of its
 * deferred script tags (the shapes, the slim data, the islands' bundle),
 * which it lists in order on `data-load` (src/boot.ts loads them at the
 * reader's first move, after the first paint). The boot script sits where the islands' bundle is, so a
 * page in a language folder finds it one folder up as it finds the bundle.
 * @example bootPage('<script defer src="geo/region.js"></script><script defer src="./assets/index-a.js"></script>', 'boot-b.js')
 * // '<script defer src="./assets/boot-b.js" data-load="geo/region.js ./assets/index-a.js"></script>'
 */
const DEFERRED = /<script defer src="([^"]+)"><\/script>\s*/g;

export function bootPage(html: string, bootFile: string): string {
  const sources = [...html.matchAll(DEFERRED)].map((m) => m[1] ?? '');
  const bundle = sources.find((src) => /(^|\/)assets\/index-[^/]+\.js$/.test(src));
  if (!bundle)
    throw new Error('bootPage: the page has no deferred islands bundle (assets/index-*.js)');
  const boot = bundle.replace(/index-[^/]+\.js$/, bootFile);
  let placed = false;
  return html.replace(DEFERRED, () => {
    if (placed) return '';
    placed = true;
    return `<script defer src="${boot}" data-load="${sources.join(' ')}"></script>\n    `;
  });
}
