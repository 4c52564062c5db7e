import type { RowPage } from '../model/pageRows.ts';
import { formatWholeNumber } from '../format/formatAmount.ts';
import type { Speech } from './localePack.ts';

/**
 * The events table's "Show more" button and status in the page's language.
 * @example rowPageWords(pageRows(10000, 100), 10000, ukSpeech) // { moreLabel: 'Показати ще 200', status: 'Показано перші 100 з 10 000. …' }
 */
export function rowPageWords(
  page: RowPage,
  total: number,
  { t, format }: Pick<Speech, 't' | 'format'>,
): { moreLabel: string | null; status: string | null } {
  if (page.next <= 0) return { moreLabel: null, status: null };
  const n = formatWholeNumber(page.next, format);
  const last = page.next === total - page.shown;
  const moreLabel = !last
    ? t('table.showMore', { n })
    : page.next === 1
      ? t('table.showLastOne', { n })
      : t('table.showLast', { n });
  const status = t('table.status', {
    shown: formatWholeNumber(page.shown, format),
    total: formatWholeNumber(total, format),
  });
  return { moreLabel, status };
}
