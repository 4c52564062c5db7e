/**
 * The static story page with its islands in place. The page is never
 * hydrated, so the markers Svelte writes for hydration (`<!--[-->`,
 * `<!--]-->`, `<!---->`…) are dropped from it; each island keeps its own,
 * which its hydration needs. Islands are named in the page by markers
 * `<!--island:NAME-->` (see Story.svelte and entry-server.ts).
 */

/**
 * @example placeIslands('<p>a</p><!--[--><div><!--island:map--></div>', { map: '<!--[--><svg></svg><!--]-->' })
 * // '<p>a</p><div><!--[--><svg></svg><!--]--></div>'
 */
export function placeIslands(page: string, islands: Record<string, string>): string {
  const placed = new Set<string>();
  const html = page
    .replace(/<!--(?!island:)[\s\S]*?-->/g, '')
    .replace(/<!--island:([a-z-]+)-->/g, (marker, name: string) => {
      const island = islands[name];
      if (island === undefined) throw new Error(`placeIslands: no island named "${name}"`);
      placed.add(name);
      return island;
    });
  const missing = Object.keys(islands).filter((name) => !placed.has(name));
  if (missing.length)
    throw new Error(`placeIslands: no place for ${missing.join(', ')} in the page`);
  return html;
}
