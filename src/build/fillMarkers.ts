/**
 * Fills the built pages' `<!--marker-->` comments with rendered HTML. The
 * values carry editors' text (the story's headline, steps and sources), so
 * they go in as text: with a plain string replacement, "$'" or "$&" in a
 * step would paste parts of the page into it.
 */

/**
 * @param markers  each marker's name (`ssr-body` for `<!--ssr-body-->`) and what replaces it
 * @example fillMarkers('<b><!--x--></b>', { x: "costs $'" }) // "<b>costs $'</b>"
 */
export function fillMarkers(html: string, markers: Record<string, string>): string {
  let page = html;
  for (const [name, value] of Object.entries(markers)) {
    const marker = `<!--${name}-->`;
    if (!page.includes(marker)) throw new Error(`no ${marker} in the page to fill`);
    page = page.replace(marker, () => value);
  }
  return page;
}
