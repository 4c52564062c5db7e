import { findRate } from '../lib/model/convertToUsd.ts';
import { FACE_VALUE, describePeriodConflict } from './describePeriodConflict.ts';
import { type ParsedDate, parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { AidEvent, Dataset, Rate } from './schema.ts';
import { describeAmount, describeMoney } from './describeMoney.ts';

interface UsdFigure {
  event: AidEvent;
  index: number;
  date: ParsedDate;
  usd: number;
  /** The amount as the source gives it, with its conversion. */
  words: string;
}

/**
 * An event's amount in US dollars, converted as the story converts it
 * (convertToUsd.ts: a stated rate covering the whole date, here `on` or the
 * event's date); when no rate covers it, the source's own USD equivalent.
 */
function usdFigure(
  event: AidEvent,
  index: number,
  rates: readonly Rate[],
  on = event.date,
): UsdFigure | undefined {
  const date = parseFuzzyDate(on);
  const { amount, statedEquivalent: stated } = event;
  if (!date || !amount) return undefined;
  const statedUsd = stated?.currency === 'USD' ? stated : undefined;
  const statedWords = stated ? `; the source's own equivalent: ${describeAmount(stated)}` : '';
  if (amount.currency === 'USD') {
    return { event, index, date, usd: amount.value, words: describeAmount(amount) };
  }
  const rate = findRate(amount.currency, on, rates);
  if (rate) {
    const usd = amount.value / rate.perUsd;
    const words = `${describeAmount(amount)} (≈ ${describeMoney(usd, 'USD')} at ${rate.perUsd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 })} ${amount.currency} per USD${statedWords})`;
    return { event, index, date, usd, words };
  }
  if (statedUsd) {
    const words = `${describeAmount(amount)} (no rate in rates.json; the source's own equivalent: ${describeAmount(statedUsd)})`;
    return { event, index, date, usd: statedUsd.value, words };
  }
  return undefined;
}

const EXPLAIN_HINT =
  'keep each figure as its source gives it, say on the page that they disagree, and explain it in "Notes on the data" (story.json notes); this is a warning, not an error';

/** Cumulative aid-value totals in US dollars, ordered by the end of their date (an "as of" date). */
function runningTotals(events: readonly AidEvent[], rates: readonly Rate[]): UsdFigure[] {
  const figures: UsdFigure[] = [];
  events.forEach((event, index) => {
    if (event.kind !== 'reported-total' || event.total?.scope !== 'cumulative') return;
    if (event.total.measure !== 'aid-value') return;
    const figure = usdFigure(event, index, rates);
    if (figure) figures.push(figure);
  });
  return figures.sort((a, b) => a.date.end - b.date.end || a.date.start - b.date.start);
}

/**
 * Warns about reported totals that cannot all be true:
 * - a running total ("cumulative", "aid-value") lower than an earlier one;
 * - a period total larger than the growth of the running total across that
 *   period: (first running total dated after the period) − (last running
 *   total dated before it starts; a total dated in the month or year just
 *   before, such as "2023-12" for 2024, counts as the start).
 */
export function checkReportedTotals(
  data: Pick<Dataset, 'events' | 'rates'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const running = runningTotals(data.events, data.rates);

  let highest: UsdFigure | undefined;
  for (const figure of running) {
    if (highest && figure.usd < highest.usd && highest.date.end < figure.date.end) {
      report(
        'warning',
        'total-falls',
        'events.json',
        ['events', figure.index, 'amount'],
        `a running total that falls: ${figure.words} as of ${figure.event.date} (${figure.event.id}) is lower than ${highest.words} as of ${highest.event.date} (${highest.event.id}). ${FACE_VALUE}`,
        `check the figure and its date; if the sources really disagree, ${EXPLAIN_HINT}`,
        [figure.event.id, highest.event.id],
      );
    }
    if (!highest || figure.usd > highest.usd) highest = figure;
  }

  const DAY = 86_400_000;
  data.events.forEach((event, index) => {
    const total = event.total;
    if (
      event.kind !== 'reported-total' ||
      total?.scope !== 'period' ||
      total.measure !== 'aid-value'
    )
      return;
    const period = total.period === undefined ? null : parseFuzzyDate(total.period);
    if (!period) return;
    const figure = usdFigure(event, index, data.rates, total.period);
    if (!figure) return;
    const before = running.filter((r) => r.date.end < period.start + DAY).at(-1);
    const after = running.find((r) => r.date.start >= period.end + 1 - DAY);
    if (!after) return;
    const growth = after.usd - (before?.usd ?? 0);
    if (figure.usd <= growth) return;
    const ceiling = (before?.usd ?? 0) + figure.usd;
    const later = running.filter((r) => r.date.start > after.date.start && r.usd < ceiling);
    const name = (r: UsdFigure) => ({ id: r.event.id, date: r.event.date, words: r.words });
    // A difference or sum of inexact figures is no more certain than they are.
    const exact = [figure, before, after].every((r) => !r || r.event.amount?.qualifier === 'exact');
    const derived = (usd: number) => `${exact ? '' : 'about '}${describeMoney(usd, 'USD')}`;
    report(
      'warning',
      'total-contradiction',
      'events.json',
      ['events', index, 'amount'],
      describePeriodConflict({
        period: total.period ?? '',
        id: event.id,
        words: figure.words,
        growth: derived(growth),
        ceiling: derived(ceiling),
        before: before && name(before),
        after: name(after),
        later: later.map(name),
      }),
      EXPLAIN_HINT,
      [
        event.id,
        ...(before ? [before.event.id] : []),
        after.event.id,
        ...later.map((r) => r.event.id),
      ],
    );
  });
  return problems;
}
