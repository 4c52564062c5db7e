/**
 * How much of a long table to show. The table of all events is rendered
 * into the page and hydrated with it; at thousands of events that alone
 * would take seconds on a phone. It shows the first rows, and readers ask
 * for more in steps; every event is always in the downloads.
 */
/** Rows in the page as built (what readers without JavaScript see too). */
export const FIRST_ROWS = 100;
/** Rows added by each "Show more". */
export const MORE_ROWS = 200;

export interface RowPage {
  /** Rows to show. */
  shown: number;
  /** Rows the next "Show more" adds (0 when all are shown); its words: rowPageWords.ts. */
  next: number;
}

/**
 * @example pageRows(10000, 100) // { shown: 100, next: 200 }
 */
export function pageRows(total: number, requested: number): RowPage {
  const shown = Math.max(0, Math.min(total, Math.floor(requested)));
  return { shown, next: Math.max(0, Math.min(MORE_ROWS, total - shown)) };
}
