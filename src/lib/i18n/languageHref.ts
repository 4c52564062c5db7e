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
