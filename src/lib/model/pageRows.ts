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

/**
 * Rows in each of the table's row groups (`<tbody>`). The static page lays
 * its parts out one a frame after the first paint (src/dom/layOutLater.ts);
 * the whole table in one frame was the longest task of a first visit
 * (about 20 ms on the bench's machine, four times that on a phone), a
 * group of this many rows a few milliseconds.
 */
export const ROWS_PER_GROUP = 4;

/**
 * `rows` in groups of `size`, in order; the last may be shorter.
 * @example groupRows([1, 2, 3, 4, 5], 2) // [[1, 2], [3, 4], [5]]
 */
export function groupRows<T>(rows: readonly T[], size = ROWS_PER_GROUP): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`groupRows: size must be a whole number, 1 or more, not ${size}`);
  const groups: T[][] = [];
  for (let i = 0; i < rows.length; i += size) groups.push(rows.slice(i, i + size));
  return groups;
}
