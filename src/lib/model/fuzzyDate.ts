/**
 * Dates with their precision, as the sources give them: a day
 * ("2025-08-13"), a month ("2025-08"), a year ("2025") or a range
 * ("2026-01-16/2026-01-27"). Everything is UTC so a date never shifts by a
 * day in a reader's time zone.
 */

import { EN_FORMAT, type LocaleFormat } from '../i18n/localeFormat.ts';
import { fillIn } from '../i18n/fillIn.ts';

export type DatePrecision = 'day' | 'month' | 'year' | 'range';

/**
 * An event's date when no source gives one, not even a year: the story
 * shows such an event as undated, never at a date it does not have.
 */
export const UNDATED = 'undated';

export interface ParsedDate {
  /** The text as written in data/. */
  text: string;
  precision: DatePrecision;
  /** First millisecond the date can mean (UTC). */
  start: number;
  /** Last millisecond the date can mean (UTC). */
  end: number;
}

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

function parseSingle(text: string): ParsedDate | null {
  const match = SINGLE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1900 || year > 2200) return null;
  if (month === undefined) {
    return {
      text,
      precision: 'year',
      start: Date.UTC(year, 0, 1),
      end: Date.UTC(year + 1, 0, 1) - 1,
    };
  }
  if (month < 1 || month > 12) return null;
  if (day === undefined) {
    return {
      text,
      precision: 'month',
      start: Date.UTC(year, month - 1, 1),
      end: Date.UTC(year, month, 1) - 1,
    };
  }
  const start = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  if (day < 1 || new Date(start).getUTCDate() !== day) return null;
  return { text, precision: 'day', start, end: start + DAY_MS - 1 };
}

/**
 * Parses a date of any precision, or returns null when it is not a real date.
 * @example parseFuzzyDate('2026-01') // { precision: 'month', start: Date.UTC(2026,0,1), … }
 */
export function parseFuzzyDate(text: string): ParsedDate | null {
  if (typeof text !== 'string') return null;
  const parts = text.split('/');
  if (parts.length === 1) return parseSingle(text);
  if (parts.length !== 2) return null;
  const from = parseSingle(parts[0] ?? '');
  const to = parseSingle(parts[1] ?? '');
  if (!from || !to || to.end < from.start) return null;
  return { text, precision: 'range', start: from.start, end: to.end };
}

export function isValidFuzzyDate(text: string): boolean {
  return parseFuzzyDate(text) !== null;
}

/** The midpoint, where a mark for this date is drawn on a time axis. */
export function dateMidpoint(date: ParsedDate): number {
  return date.start + (date.end - date.start) / 2;
}

/**
 * True when any part of the date falls within `range` (ends included): the
 * events a timeline over `range` shows.
 * @example overlapsRange(parseFuzzyDate('2024-03')!, [Date.UTC(2024, 2, 31), Date.UTC(2024, 5, 1)]) // true
 */
export function overlapsRange(date: ParsedDate, range: readonly [number, number]): boolean {
  return date.end >= range[0] && date.start <= range[1];
}

/**
 * The one list of English month names: dates shown to editors, and to
 * readers of the English page. Other languages' names come from Intl at
 * build time, in their LocaleFormat.
 */
export const MONTHS = EN_FORMAT.months;

function formatSingle(date: ParsedDate, fmt: LocaleFormat): string {
  const d = new Date(date.start);
  const year = d.getUTCFullYear();
  if (date.precision === 'year') return String(year);
  if (date.precision === 'month') {
    return fillIn(fmt.monthYear, { month: fmt.months[d.getUTCMonth()] ?? '', year });
  }
  const month = fmt.monthsInDate[d.getUTCMonth()] ?? '';
  return fillIn(fmt.dayMonthYear, { day: d.getUTCDate(), month, year });
}

/**
 * Formats a date at its own precision, never inventing a day.
 * @example formatFuzzyDate('2025-08') // 'August 2025'
 * @example formatFuzzyDate('2026-01-16/2026-01-27') // 'between 16 and 27 January 2026'
 * @example formatFuzzyDate('2026-01-27/2026-02-28') // 'between 27 January and 28 February 2026'
 * @example formatFuzzyDate('undated') // 'no date given'
 */
export function formatFuzzyDate(text: string, fmt = EN_FORMAT): string {
  if (text === UNDATED) return fmt.undated;
  const date = parseFuzzyDate(text);
  if (!date) return text;
  if (date.precision !== 'range') return formatSingle(date, fmt);
  const [fromText, toText] = text.split('/') as [string, string];
  const from = parseFuzzyDate(fromText)!;
  const to = parseFuzzyDate(toText)!;
  // A range with the same two ends is that date.
  if (fromText === toText) return formatSingle(to, fmt);
  const a = new Date(from.start);
  const b = new Date(to.start);
  const end = formatSingle(to, fmt);
  // A range is one date somewhere in it, not a period: the template says
  // "between". Within one year the year is said once, at the end.
  const days = from.precision === 'day' && to.precision === 'day';
  const between = (start: string | number) =>
    fillIn(days ? fmt.betweenDays : fmt.between, { from: start, to: end });
  if (from.precision === to.precision && a.getUTCFullYear() === b.getUTCFullYear()) {
    if (days && a.getUTCMonth() === b.getUTCMonth()) return between(a.getUTCDate());
    if (days) {
      const month = fmt.monthsInDate[a.getUTCMonth()] ?? '';
      return between(fillIn(fmt.dayMonth, { day: a.getUTCDate(), month }));
    }
    if (from.precision === 'month') return between(fmt.months[a.getUTCMonth()] ?? '');
  }
  return between(formatSingle(from, fmt));
}

/** Compares two dates for sorting: by start, then by end; "undated" after every date. */
export function compareFuzzyDates(a: string, b: string): number {
  if (a === UNDATED || b === UNDATED) return Number(a === UNDATED) - Number(b === UNDATED);
  const pa = parseFuzzyDate(a);
  const pb = parseFuzzyDate(b);
  if (!pa || !pb) return 0;
  return pa.start - pb.start || pa.end - pb.end;
}
