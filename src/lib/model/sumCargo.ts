/**
 * The one rule for adding up shipments of one kind of cargo, and the words
 * for the result. A sum is never more certain than its terms, and it is
 * only a total ("in all") when every shipment of that kind gave a count:
 * - every term exact, every shipment counted: the exact sum;
 * - the inexact terms all lower bounds: "more than" if any term is
 *   "more than", else "at least" (at least 10 plus 2 is at least 12, not
 *   more than 12);
 * - the inexact terms all "up to": "up to" (an upper bound stays one);
 * - any "about" term, or lower and upper bounds mixed: "about" (no bound
 *   holds either way);
 * - any shipment of that kind without a count: "at least N in the reports
 *   that give a figure" (or "more than"/"about"/"up to" N, by the terms),
 *   never "in all".
 */
import { QUALIFIER_WORDS } from '../format/formatAmount.ts';
import type { Qualifier } from '../../data/schema.ts';

/** One shipment's quantity of the kind, with its source's wording; `quantity` undefined when no count is given. */
export interface CargoTerm {
  quantity: number | undefined;
  qualifier: Qualifier | undefined;
}

/** The sum's precision, in the qualifiers' own words (a sum's precision is one a source could give). */
export type CargoSumPrecision = Qualifier;

export interface CargoSum {
  /** Sum of the counts given. */
  value: number;
  precision: CargoSumPrecision;
  /** Shipments of this kind reported without a count. */
  uncounted: number;
}

export const EMPTY_CARGO_SUM: CargoSum = { value: 0, precision: 'exact', uncounted: 0 };

/** How two precisions combine: lower bounds stay lower bounds, an upper bound stays one, anything mixed is "about". */
function combinePrecision(a: CargoSumPrecision, b: CargoSumPrecision): CargoSumPrecision {
  if (a === b || b === 'exact') return a;
  if (a === 'exact') return b;
  const lower = (p: CargoSumPrecision) => p === 'more-than' || p === 'at-least';
  if (lower(a) && lower(b)) return 'more-than';
  return 'about';
}

/**
 * Adds one term to a running sum (returns a new sum; the old one is not changed).
 * @example addCargoTerm(EMPTY_CARGO_SUM, { quantity: 555000, qualifier: 'more-than' }) // { value: 555000, precision: 'more-than', uncounted: 0 }
 */
export function addCargoTerm(sum: CargoSum, term: CargoTerm): CargoSum {
  if (term.quantity === undefined) return { ...sum, uncounted: sum.uncounted + 1 };
  return {
    value: sum.value + term.quantity,
    precision: combinePrecision(sum.precision, term.qualifier ?? 'exact'),
    uncounted: sum.uncounted,
  };
}

/**
 * Sums the terms by the rule above.
 * @example sumCargoTerms([{ quantity: 14, qualifier: 'exact' }, { quantity: undefined, qualifier: undefined }]) // { value: 14, precision: 'exact', uncounted: 1 }
 */
export function sumCargoTerms(terms: readonly CargoTerm[]): CargoSum {
  return terms.reduce(addCargoTerm, EMPTY_CARGO_SUM);
}

/**
 * The sum in words, as its figure ("at least 84", no unit) and its scope
 * ("shipped in all", "in the reports that give a figure"). `shortOfReport`
 * is true when a source's own cumulative figure is larger than the sum:
 * then the shipments listed are not all there was, and the sum is not
 * "in all" either.
 * @example describeCargoSum({ value: 84, precision: 'exact', uncounted: 2 }, String) // { figure: 'at least 84', scope: 'in the reports that give a figure' }
 */
export function describeCargoSum(
  sum: CargoSum,
  formatNumber: (value: number) => string,
  shortOfReport = false,
): { figure: string; scope: string } {
  const complete = sum.uncounted === 0 && !shortOfReport;
  const word =
    sum.precision === 'exact' && !complete
      ? QUALIFIER_WORDS['at-least']
      : QUALIFIER_WORDS[sum.precision];
  return {
    figure: `${word}${formatNumber(sum.value)}`,
    scope: complete ? 'shipped in all' : 'in the reports that give a figure',
  };
}
