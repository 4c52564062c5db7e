/**
 * The address a story page needs for its relative links to resolve: its
 * folder's, ending in a slash. A host that serves `uk/index.html` at `/uk`
 * without redirecting would otherwise resolve `data/story.js` against the
 * site's root, and the Ukrainian page would load the English data. Null
 * when the address is right already: the folder (`/uk/`), a file
 * (`/uk/index.html`), or a host's clean URL for the index (`/uk/index`).
 * @example folderAddress('/uk') // '/uk/'
 * @example folderAddress('/graphics/aid/az') // '/graphics/aid/az/'
 * @example folderAddress('/uk/') // null
 */
export function folderAddress(pathname: string): string | null {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last === '' || last === 'index' || last.includes('.')) return null;
  return `${pathname}/`;
}
