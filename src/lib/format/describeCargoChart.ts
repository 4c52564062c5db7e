/**
 * The words of one small cargo chart: the sum of the shipments by the rule
 * in sumCargo.ts, and beside it the latest total a source reports for all
 * aid so far, when there is one.
 */
import type { CargoPoint } from '../model/buildStoryModel.ts';
import { CARGO_LABELS, type CargoSeriesKey } from '../model/cargoSeries.ts';
import type { CargoReportComparison } from '../model/compareCargoWithReports.ts';
import { compareFuzzyDates, formatFuzzyDate } from '../model/fuzzyDate.ts';
import { formatWholeNumber, QUALIFIER_WORDS } from './formatAmount.ts';
import { describeCargoSum, EMPTY_CARGO_SUM } from '../model/sumCargo.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';
import { qualify } from '../i18n/qualify.ts';

export { CARGO_LABELS };

export interface CargoChartWords {
  /** "Generators: at least 36 in the reports that give a figure; reported total by 7 February 2025: 70" */
  caption: string;
  /** The same for a list of all the charts: "at least 36 generators in the reports that give a figure (reported total by 7 February 2025: 70)" */
  phrase: string;
}

/**
 * Words for one chart. `reports` are the cargo totals compared with the
 * shipments (compareCargoWithReports.ts); only those for all aid so far
 * ("cumulative") of this series count here.
 * @example describeCargoChart('trucks', points, []) // { caption: 'Trucks: at least 126 in the reports that give a figure', … }
 */
export function describeCargoChart(
  key: CargoSeriesKey,
  points: readonly CargoPoint[],
  reports: readonly CargoReportComparison[] = [],
  words?: TimelineWords,
): CargoChartWords {
  if (words) return describeCargoChartIn(key, points, reports, words);
  const { label, unit } = CARGO_LABELS[key];
  const mine = reports.filter((r) => r.key === key && r.scope === 'cumulative');
  const short = mine.some(
    (r) => r.reported.qualifier !== 'up-to' && r.summed.value < r.reported.value,
  );
  const { figure, scope } = describeCargoSum(
    points.at(-1)?.sum ?? EMPTY_CARGO_SUM,
    formatWholeNumber,
    short,
  );
  const units = unit ? ` ${unit}` : '';
  const latest = mine.reduce<CargoReportComparison | undefined>(
    (last, r) => (!last || compareFuzzyDates(r.date, last.date) >= 0 ? r : last),
    undefined,
  );
  const reported = latest
    ? `reported total by ${formatFuzzyDate(latest.date)}: ${QUALIFIER_WORDS[latest.reported.qualifier]}${formatWholeNumber(latest.reported.value)}${units}`
    : '';
  // "3,470 km of cable and wire", "36 generators": the unit goes before the noun.
  const noun = unit ? `${unit} of ${label.toLowerCase()}` : label.toLowerCase();
  return {
    caption: `${label}: ${figure}${units} ${scope}${reported ? `; ${reported}` : ''}`,
    phrase: `${figure} ${noun} ${scope}${reported ? ` (${reported})` : ''}`,
  };
}

/** The same words in the page's language (timelineWords.ts). */
function describeCargoChartIn(
  key: CargoSeriesKey,
  points: readonly CargoPoint[],
  reports: readonly CargoReportComparison[],
  words: TimelineWords,
): CargoChartWords {
  const { cargo, speech } = words;
  const number = (value: number) => formatWholeNumber(value, speech.format);
  const mine = reports.filter((r) => r.key === key && r.scope === 'cumulative');
  const short = mine.some(
    (r) => r.reported.qualifier !== 'up-to' && r.summed.value < r.reported.value,
  );
  const sum = points.at(-1)?.sum ?? EMPTY_CARGO_SUM;
  const complete = sum.uncounted === 0 && !short;
  const precision = sum.precision === 'exact' && !complete ? 'at-least' : sum.precision;
  const scope = complete ? cargo.scopeAll : cargo.scopePartial;
  const unit = cargo.unit(key);
  // The qualifier takes the unit in: Azerbaijani puts its ending on the last
  // word ("1.455 km-dən çox", not "1.455-dən çox km").
  const figure = (withUnit: boolean) =>
    qualify(number(sum.value) + (withUnit ? unit : ''), precision, speech.format);
  const latest = mine.reduce<CargoReportComparison | undefined>(
    (last, r) => (!last || compareFuzzyDates(r.date, last.date) >= 0 ? r : last),
    undefined,
  );
  const reported = latest
    ? cargo.reported(
        formatFuzzyDate(latest.date, speech.format),
        qualify(number(latest.reported.value) + unit, latest.reported.qualifier, speech.format),
      )
    : '';
  return {
    caption:
      cargo.caption(cargo.label(key), figure(true), scope) + (reported ? `; ${reported}` : ''),
    phrase:
      cargo.phrase(figure(false), cargo.noun(key), scope) + (reported ? ` (${reported})` : ''),
  };
}
