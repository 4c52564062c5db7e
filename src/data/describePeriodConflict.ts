/**
 * The data check's message for a period total that the running totals
 * cannot hold (checkReportedTotals in checkDataset.ts). It names every
 * figure involved: the running totals on either side of the period and
 * every later running total that is also too low, such as a source's own
 * overall figure.
 */

/** A running total as the message names it. */
export interface NamedFigure {
  id: string;
  date: string;
  /** The figure in the source's words, e.g. "more than $40 million". */
  words: string;
}

export const FACE_VALUE =
  'Taken at face value, these figures conflict; a "more than" or "over" total is only a lower bound, so they conflict only if each figure is read as the amount itself.';

const named = (f: NamedFigure) => `${f.words} (${f.date}, ${f.id})`;

/**
 * @example describePeriodConflict({ period: '2024', id: 'total-2024-period', words: 'more than 70 million AZN …', growth: '$6 million', ceiling: '$75.18 million', before, after, later })
 */
export function describePeriodConflict(conflict: {
  period: string;
  id: string;
  words: string;
  /** Growth of the running total across the period, in words. */
  growth: string;
  /** The total before the period plus the period's figure, in words. */
  ceiling: string;
  before: NamedFigure | undefined;
  after: NamedFigure;
  later: readonly NamedFigure[];
}): string {
  const { period, before, after, later } = conflict;
  const from = before ? `from ${named(before)}` : 'from nothing reported before it';
  const alsoLow = later.length
    ? ` Later running totals are also lower than the total before ${period} plus the ${period} figure (${conflict.ceiling}): ${later.map(named).join('; ')}.`
    : '';
  return `reported totals contradict each other: the total for ${period} (${conflict.id}), ${conflict.words}, is larger than the growth of the running total across ${period}, ${conflict.growth}: ${from} to ${named(after)}.${alsoLow} ${FACE_VALUE}`;
}
