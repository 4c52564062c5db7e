/**
 * How much of a long table to show. The table of all events is rendered
 * into the page and hydrated with it; at thousands of events that alone
 * would take seconds on a phone. It shows the first rows, and readers ask
 * for more in steps; every event is always in the downloads.
 */
import { formatWholeNumber } from '../format/formatAmount.ts';

/** Rows in the page as built (what readers without JavaScript see too). */
export const FIRST_ROWS = 100;
/** Rows added by each "Show more". */
export const MORE_ROWS = 200;

export interface RowPage {
  /** Rows to show. */
  shown: number;
  /** Rows the next "Show more" adds (0 when all are shown). */
  next: number;
  /** The button's text, or null when all rows are shown. */
  moreLabel: string | null;
  /** What is shown, in words, or null when all rows are shown. */
  status: string | null;
}

/**
 * @example pageRows(10000, 100) // { shown: 100, next: 200, moreLabel: 'Show 200 more events', status: 'Showing the first 100 of 10,000 events. …' }
 */
export function pageRows(total: number, requested: number): RowPage {
  const shown = Math.max(0, Math.min(total, Math.floor(requested)));
  const next = Math.min(MORE_ROWS, total - shown);
  if (next <= 0) return { shown, next: 0, moreLabel: null, status: null };
  const all = next === total - shown;
  return {
    shown,
    next,
    moreLabel: all
      ? `Show the last ${formatWholeNumber(next)} ${next === 1 ? 'event' : 'events'}`
      : `Show ${formatWholeNumber(next)} more events`,
    status: `Showing the first ${formatWholeNumber(shown)} of ${formatWholeNumber(total)} events. Every event is in the CSV and JSON downloads.`,
  };
}
