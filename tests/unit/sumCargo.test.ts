import { describe, expect, it } from 'vitest';
import {
  addCargoTerm,
  describeCargoSum,
  EMPTY_CARGO_SUM,
  sumCargoTerms,
  type CargoTerm,
} from '../../src/lib/model/sumCargo.ts';
import { formatWholeNumber } from '../../src/lib/format/formatAmount.ts';

const exact = (quantity: number): CargoTerm => ({ quantity, qualifier: 'exact' });
const moreThan = (quantity: number): CargoTerm => ({ quantity, qualifier: 'more-than' });
const atLeast = (quantity: number): CargoTerm => ({ quantity, qualifier: 'at-least' });
const about = (quantity: number): CargoTerm => ({ quantity, qualifier: 'about' });
const upTo = (quantity: number): CargoTerm => ({ quantity, qualifier: 'up-to' });
const noCount: CargoTerm = { quantity: undefined, qualifier: undefined };

function words(terms: CargoTerm[], shortOfReport = false): string {
  const { figure, scope } = describeCargoSum(
    sumCargoTerms(terms),
    formatWholeNumber,
    shortOfReport,
  );
  return `${figure} ${scope}`;
}

describe('sumCargoTerms and describeCargoSum: the cargo totals rule', () => {
  it.each<[string, CargoTerm[], string]>([
    ['all exact, every shipment counted', [exact(25), exact(11)], '36 shipped in all'],
    [
      'a term with no qualifier counts as exact',
      [{ quantity: 5, qualifier: undefined }, exact(2)],
      '7 shipped in all',
    ],
    [
      'inexact terms all "more than"',
      [moreThan(555), moreThan(900), exact(27)],
      'more than 1,482 shipped in all',
    ],
    ['"at least" terms stay "at least"', [atLeast(10), exact(2)], 'at least 12 shipped in all'],
    [
      'lower bounds mixed: "more than" wins over "at least"',
      [atLeast(10), moreThan(5)],
      'more than 15 shipped in all',
    ],
    [
      'any "about" term makes it "about"',
      [moreThan(555), about(90), exact(27)],
      'about 672 shipped in all',
    ],
    ['"up to" terms stay an upper bound', [exact(10), upTo(5)], 'up to 15 shipped in all'],
    ['lower and upper bounds mixed: "about"', [moreThan(10), upTo(5)], 'about 15 shipped in all'],
    [
      'a shipment without a count: "at least", never "in all"',
      [exact(18), noCount, exact(6)],
      'at least 24 in the reports that give a figure',
    ],
    [
      'no count, and lower bounds',
      [moreThan(555), noCount],
      'more than 555 in the reports that give a figure',
    ],
    [
      'no count, and an "about" term',
      [about(90), noCount, moreThan(555)],
      'about 645 in the reports that give a figure',
    ],
    ['no shipment of the kind at all', [], '0 shipped in all'],
  ])('%s: %j → "%s"', (_case, terms, expected) => {
    const before = structuredClone(terms);
    expect(words(terms)).toBe(expected);
    expect(terms).toEqual(before);
  });

  it('describeCargoSum(exact sum, shortOfReport) never says "in all" when a source reports more', () => {
    expect(words([exact(25), exact(11)], true)).toBe(
      'at least 36 in the reports that give a figure',
    );
    expect(words([moreThan(3353)], true)).toBe('more than 3,353 in the reports that give a figure');
  });

  it('sumCargoTerms counts the shipments without a count and keeps the sum of the others', () => {
    expect(sumCargoTerms([exact(18), noCount, noCount, moreThan(6)])).toEqual({
      value: 24,
      precision: 'more-than',
      uncounted: 2,
    });
  });

  it('addCargoTerm(sum, term) returns a new sum and leaves the old one alone', () => {
    const sum = addCargoTerm(EMPTY_CARGO_SUM, about(90));
    expect(sum).toEqual({ value: 90, precision: 'about', uncounted: 0 });
    expect(addCargoTerm(sum, exact(10))).toEqual({ value: 100, precision: 'about', uncounted: 0 });
    expect(sum).toEqual({ value: 90, precision: 'about', uncounted: 0 });
    expect(EMPTY_CARGO_SUM).toEqual({ value: 0, precision: 'exact', uncounted: 0 });
  });
});
