/**
 * The static story page with its islands in place. The page is never
 * hydrated, so the markers Svelte writes for hydration (`<!--[-->`,
 * `<!--]-->`, `<!---->`…) are dropped from it; each island keeps its own,
 * which its hydration needs. An island's place is an empty element with
 * `data-island="NAME"` (see Story.svelte and entry-server.ts): no HTML is
 * written into the component, so no data text can ever become markup.
 */

/**
 * @example placeIslands('<p>a</p><!--[--><div data-island="map"></div>', { map: '<!--[--><svg></svg><!--]-->' })
 * // '<p>a</p><div data-island="map"><!--[--><svg></svg><!--]--></div>'
 */
export function placeIslands(page: string, islands: Record<string, string>): string {
  const placed = new Set<string>();
  const html = page
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(
      /(<([a-z]+)\b[^>]*\sdata-island="([a-z-]+)"[^>]*>)(<\/\2>)/g,
      (_place, open: string, _tag: string, name: string, close: string) => {
        const island = islands[name];
        if (island === undefined) throw new Error(`placeIslands: no island named "${name}"`);
        placed.add(name);
        return open + island + close;
      },
    );
  const missing = Object.keys(islands).filter((name) => !placed.has(name));
  if (missing.length)
    throw new Error(`placeIslands: no place for ${missing.join(', ')} in the page`);
  return html;
}
