/**
 * Warns when the shipments in the data add up to less than a cargo total a
 * source reports (all aid so far, or one order's): some shipments, or their
 * counts, are missing from the data. Not an error: the story shows both
 * figures (the chart gives the reported one beside its sum) and never
 * calls the sum "in all".
 */
import { nowhere, type Locate } from './reportProblem.ts';
import { compareCargoWithReports } from '../lib/model/compareCargoWithReports.ts';
import { formatWholeNumber, QUALIFIER_WORDS } from '../lib/format/formatAmount.ts';
import { formatPath } from './locateJson.ts';
import { CARGO_LABELS } from '../lib/model/cargoSeries.ts';
import type { Problem } from '../lib/model/problem.ts';
import type { Dataset } from './schema.ts';

function figure(value: number): string {
  // Cable in km keeps one decimal where it has one (0.5 km of 500 m).
  return Number.isInteger(value) ? formatWholeNumber(value) : value.toFixed(1);
}

/**
 * One warning per reported cargo figure that the summed shipments fall
 * below, located at the reported quantity.
 * @example checkCargoBelowReports({ events }) // [{ code: 'cargo-below-report', path: 'events[14].cargo[1].quantity', … }]
 */
export function checkCargoBelowReports(
  data: Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  for (const c of compareCargoWithReports(data.events)) {
    // An "up to" figure is a ceiling: a smaller sum does not contradict it.
    if (c.reported.qualifier === 'up-to' || c.summed.value >= c.reported.value) continue;
    const { label, unit } = CARGO_LABELS[c.key];
    const name = label.toLowerCase();
    const units = unit ? ` ${unit}` : '';
    const reported = `${QUALIFIER_WORDS[c.reported.qualifier]}${figure(c.reported.value)}${units}`;
    const covered =
      c.scope === 'order'
        ? 'the shipments under that order'
        : `the shipments dated up to ${c.date}`;
    const word = c.summed.precision === 'exact' ? '' : QUALIFIER_WORDS[c.summed.precision];
    const uncounted = c.summed.uncounted
      ? ` (and ${c.summed.uncounted} cargo ${c.summed.uncounted === 1 ? 'line' : 'lines'} without a count)`
      : '';
    const summed = `${word}${figure(c.summed.value)}${units}${uncounted}`;
    const what = unit ? `of ${name}` : name;
    const path = ['events', c.eventIndex, 'cargo', c.lineIndex, 'quantity'];
    problems.push({
      severity: 'warning',
      code: 'cargo-below-report',
      file: 'events.json',
      ...locate('events.json', path),
      path: formatPath(path),
      message: `the shipments add up to less than a reported total: ${c.eventId} gives ${reported} ${what} as of ${c.date}, but ${covered} add up to ${summed}. Figures worded "about", "more than" and so on are taken at face value.`,
      hint: 'add the missing shipments or counts if a source gives them; otherwise keep both figures as reported (the cargo chart shows the reported total beside its sum) and say in "Notes on the data" that the reports do not list every shipment; this is a warning, not an error',
      related: [c.eventId],
    });
  }
  return problems;
}
