/**
 * The one rule for adding up shipments of one kind of cargo, and the words
 * for the result. A sum is only as precise as its least precise term, and
 * it is only a total ("in all") when every shipment of that kind gave a
 * count:
 * - every term exact, every shipment counted: the exact sum;
 * - the inexact terms all lower bounds ("more than", "at least"): "more than";
 * - any "about" or "up to" term: "about" (an "about" sets no lower bound);
 * - any shipment of that kind without a count: "at least N in the reports
 *   that give a figure" (or "more than"/"about" N, by the terms), never "in all".
 */
import type { Qualifier } from './schema.ts';

/** One shipment's quantity of the kind, with its source's wording; `quantity` undefined when no count is given. */
export interface CargoTerm {
  quantity: number | undefined;
  qualifier: Qualifier | undefined;
}

export type CargoSumPrecision = 'exact' | 'more-than' | 'about';

export interface CargoSum {
  /** Sum of the counts given. */
  value: number;
  precision: CargoSumPrecision;
  /** Shipments of this kind reported without a count. */
  uncounted: number;
}

export const EMPTY_CARGO_SUM: CargoSum = { value: 0, precision: 'exact', uncounted: 0 };

const PRECISION_OF: Record<Qualifier, CargoSumPrecision> = {
  exact: 'exact',
  'more-than': 'more-than',
  'at-least': 'more-than',
  about: 'about',
  'up-to': 'about',
};

const RANK: Record<CargoSumPrecision, number> = { exact: 0, 'more-than': 1, about: 2 };

/**
 * Adds one term to a running sum (returns a new sum; the old one is not changed).
 * @example addCargoTerm(EMPTY_CARGO_SUM, { quantity: 555000, qualifier: 'more-than' }) // { value: 555000, precision: 'more-than', uncounted: 0 }
 */
export function addCargoTerm(sum: CargoSum, term: CargoTerm): CargoSum {
  if (term.quantity === undefined) return { ...sum, uncounted: sum.uncounted + 1 };
  const precision = PRECISION_OF[term.qualifier ?? 'exact'];
  return {
    value: sum.value + term.quantity,
    precision: RANK[precision] > RANK[sum.precision] ? precision : sum.precision,
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
    sum.precision === 'about'
      ? 'about '
      : sum.precision === 'more-than'
        ? 'more than '
        : complete
          ? ''
          : 'at least ';
  return {
    figure: `${word}${formatNumber(sum.value)}`,
    scope: complete ? 'shipped in all' : 'in the reports that give a figure',
  };
}
