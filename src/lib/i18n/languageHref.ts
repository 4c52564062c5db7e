/**
 * The relative link from one language's page to another's, keeping the
 * reader's step (`#step-id`): relative, so it works wherever dist/ is
 * copied. English sits at the root, the others in their folders.
 * @example languageHref('', 'uk', 'august-2025') // 'uk/#august-2025'
 * @example languageHref('uk', '', null) // '../'
 * @example languageHref('uk', 'az', null) // '../az/'
 */
export function languageHref(fromFolder: string, toFolder: string, stepId: string | null): string {
  const up = fromFolder ? '../' : '';
  const down = toFolder ? `${toFolder}/` : '';
  const path = up + down || './';
  return stepId ? `${path}#${stepId}` : path;
}

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
