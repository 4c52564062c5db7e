/**
 * The events as a flat table for readers and newsrooms to download, as CSV
 * (RFC 4180) and JSON. One row per event; amounts keep the source's
 * qualifier beside the plain number, so "more than $45 million" is
 * 45000000 with "more-than", never a bare 45000000.
 */
import type { Amount, Dataset, EventKind, Qualifier } from './schema.ts';
import { compareFuzzyDates, parseFuzzyDate, type DatePrecision } from '../lib/model/fuzzyDate.ts';
import { convertToUsd } from '../lib/model/convertToUsd.ts';
import { markupToPlainText } from '../lib/format/markup.ts';
import { dataVersion } from '../lib/model/dataVersion.ts';
import { findCorrections, sortNewestFirst } from '../lib/model/findCorrections.ts';

/** The columns, in order. */
export const EVENT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'kind',
  'title',
  'text',
  'amount_value',
  'amount_currency',
  'amount_qualifier',
  'amount_usd',
  'stated_equivalent',
  'origin',
  'destination',
  'order',
  'cargo',
  'source_ids',
  'source_urls',
  'corrections',
  'data_version',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];

/** One event as a table row; null and "" are both written as an empty CSV field. */
export interface EventRow {
  id: string;
  /** As in data/: "2025-08-13", "2025-08", "2025" or "2026-01-16/2026-01-27". */
  date: string;
  date_precision: DatePrecision | '';
  kind: EventKind;
  title: string;
  text: string;
  amount_value: number | null;
  amount_currency: string;
  amount_qualifier: Qualifier | '';
  /** Converted with a stated rate and rounded to whole dollars; null without a rate. */
  amount_usd: number | null;
  /** The source's own conversion: qualifier, value, currency, e.g. "about 41200000 USD". */
  stated_equivalent: string;
  origin: string;
  destination: string;
  order: string;
  /** "cable-and-wire-m: more-than 555000; trucks: exact 14"; "not given" without a quantity. */
  cargo: string;
  /** Joined with " ; ". */
  source_ids: string;
  /** Joined with " ; ", in the order of source_ids. */
  source_urls: string;
  /** The corrections that changed this event, newest first: "2026-12-05 (id): what it says now", joined with " ; ". */
  corrections: string;
  /** The same on every row: the day of the latest correction, or the story's last update (dataVersion). */
  data_version: string;
}

const LIST_SEPARATOR = ' ; ';

function describeAmount(amount: Amount | undefined): string {
  return amount ? `${amount.qualifier} ${amount.value} ${amount.currency}` : '';
}

/**
 * One row per event, sorted by date (start, then end) and then id.
 * @example toEventRows(dataset)[0].cargo // "cable-and-wire-m: more-than 555000; trucks: exact 14"
 */
export function toEventRows(dataset: Dataset): EventRow[] {
  const placeNames = new Map(dataset.places.map((p) => [p.id, markupToPlainText(p.name)]));
  const sourceUrls = new Map(dataset.sources.map((s) => [s.id, s.url]));
  const version = dataVersion(dataset);
  const placeName = (id: string | undefined) =>
    id === undefined ? '' : (placeNames.get(id) ?? id);

  const events = [...dataset.events].sort(
    (a, b) => compareFuzzyDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return events.map((event) => {
    const usd = event.amount ? convertToUsd(event.amount, event.date, dataset.rates) : null;
    const sourceIds = event.sources.map((c) => c.source);
    return {
      id: event.id,
      date: event.date,
      date_precision: parseFuzzyDate(event.date)?.precision ?? '',
      kind: event.kind,
      title: markupToPlainText(event.title),
      text: markupToPlainText(event.text),
      amount_value: event.amount?.value ?? null,
      amount_currency: event.amount?.currency ?? '',
      amount_qualifier: event.amount?.qualifier ?? '',
      amount_usd: usd === null ? null : Math.round(usd),
      stated_equivalent: describeAmount(event.statedEquivalent),
      origin: placeName(event.origin),
      destination: placeName(event.destination),
      order: event.order ?? '',
      cargo: (event.cargo ?? [])
        .map((line) =>
          line.quantity === undefined
            ? `${line.item}: not given`
            : `${line.item}: ${line.qualifier ?? 'exact'} ${line.quantity}`,
        )
        .join('; '),
      source_ids: sourceIds.join(LIST_SEPARATOR),
      source_urls: sourceIds.map((id) => sourceUrls.get(id) ?? '').join(LIST_SEPARATOR),
      corrections: findCorrections(dataset.corrections, 'events', event.id)
        .map((c) => `${c.date} (${c.id}): ${c.now}`)
        .join(LIST_SEPARATOR),
      data_version: version,
    };
  });
}

/**
 * Spreadsheets run a cell starting with =, +, -, @, tab or carriage return
 * as a formula ("CSV injection"), which can leak data or start programs
 * when someone opens the download. Such text fields get a leading single
 * quote, which spreadsheets show as text. Numbers are written as numbers
 * (they are never negative), so only strings are guarded.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function toCsvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows as CSV per RFC 4180: a header row, records separated by CRLF,
 * fields quoted when they hold a comma, quote, CR or LF, quotes doubled;
 * text fields guarded against formula injection (see above). The last
 * record has no line break after it (RFC 4180 allows either), so parsers
 * such as Papa Parse do not read an empty record at the end.
 */
export function toCsv(rows: readonly EventRow[]): string {
  const lines = [EVENT_COLUMNS.join(',')];
  for (const row of rows)
    lines.push(EVENT_COLUMNS.map((column) => toCsvField(row[column])).join(','));
  return lines.join('\r\n');
}

/** Extra fields for the JSON export, e.g. the licence the publisher chooses. */
export interface JsonExportOptions {
  license?: string;
}

/**
 * The rows as pretty-printed JSON, with what a reuser needs to read them.
 * Empty values are null or "" (no formula guard: JSON is not opened by
 * spreadsheets as formulas).
 */
export function toJsonExport(dataset: Dataset, options: JsonExportOptions = {}): string {
  const exported = {
    title: markupToPlainText(dataset.story.headline),
    generated: dataset.story.lastUpdated,
    data_version: dataVersion(dataset),
    ...(options.license === undefined ? {} : { license: options.license }),
    notes: [
      'One row per event, sorted by date then id. Dates keep their precision: a day, a month, a year or a range FROM/TO.',
      'amount_value is the figure as the source gives it; amount_qualifier is its wording (exact, about, more-than, at-least, up-to) and applies to amount_usd too.',
      'amount_usd is converted only with a stated rate (data/rates.json) covering the date, rounded to whole dollars; null when no rate applies.',
      'stated_equivalent is the source’s own conversion: qualifier, value, currency.',
      'cargo lists item: qualifier quantity; cable and wire in metres; "not given" when the source gives no number.',
      'data_version is the day of the latest correction, or the last update when there is none; corrections lists every correction, newest first, with the records it changed (the corrections column names those of each event).',
    ],
    columns: [...EVENT_COLUMNS],
    corrections: sortNewestFirst(dataset.corrections),
    events: toEventRows(dataset),
  };
  return JSON.stringify(exported, null, 2) + '\n';
}
