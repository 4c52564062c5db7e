/**
 * Cross-record checks on data that already passed the schema: ids that point
 * at nothing, totals that contradict each other, quotes that are too long…
 * Each check is a small exported function in its own file, over the parts of
 * the dataset it needs, so `checkDataset` (below) can run every check whose
 * files are valid even while another file still has schema errors. A new
 * check goes in a new file, called from `checkDataset`.
 */
import { checkText } from './checkText.ts';
import { checkEditorInput } from './checkEditorInput.ts';
import { checkCargoBelowReports } from './checkCargoTotals.ts';
import { checkUndatedEvents } from './checkUndatedEvents.ts';
import { checkDuplicateIds } from './checkDuplicateIds.ts';
import { checkPlaceReferences } from './checkPlaceReferences.ts';
import { checkSourceReferences } from './checkSourceReferences.ts';
import { checkEventReferences } from './checkEventReferences.ts';
import { checkTotals } from './checkTotals.ts';
import { checkDateRanges } from './checkDateRanges.ts';
import { checkStepCount } from './checkStepCount.ts';
import { checkReportedTotals } from './checkReportedTotals.ts';
import { checkRateCoverage } from './checkRateCoverage.ts';
import { checkStepOrder } from './checkStepOrder.ts';
import { checkUnusedSources } from './checkUnusedSources.ts';
import { checkDuplicateEvents } from './checkDuplicateEvents.ts';
import { checkCitations } from './checkCitations.ts';
import { checkMapRegion } from './checkMapRegion.ts';
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

// Callers import the checks from here; each lives in its own file.
export type { Locate };
export { suggestClosest } from './suggestClosest.ts';
export { describeAmount, describeMoney } from './describeMoney.ts';
export {
  checkCitations,
  checkDateRanges,
  checkDuplicateEvents,
  checkDuplicateIds,
  checkEventReferences,
  checkMapRegion,
  checkPlaceReferences,
  checkRateCoverage,
  checkReportedTotals,
  checkSourceReferences,
  checkStepCount,
  checkStepOrder,
  checkTotals,
  checkUnusedSources,
};

/**
 * Runs every check whose files are present (and schema-valid) in `data`.
 * @example checkDataset({ events, places }, locate) // unknown places, duplicate ids, …
 */
export function checkDataset(data: Partial<Dataset>, locate: Locate = nowhere): Problem[] {
  const { sources, places, events, rates, steps } = data;
  const problems = [...checkDuplicateIds(data, locate), ...checkDateRanges(data, locate)];
  if (places) {
    problems.push(
      ...checkPlaceReferences({ places, events, steps }, locate),
      ...checkMapRegion({ places }, locate),
    );
  }
  if (sources) problems.push(...checkSourceReferences({ sources, events, rates }, locate));
  if (events) {
    problems.push(
      ...checkEventReferences({ events, steps }, locate),
      ...checkTotals({ events }, locate),
      ...checkDuplicateEvents({ events }, locate),
      ...checkCitations({ events }, locate),
      ...checkCargoBelowReports({ events }, locate),
      ...checkUndatedEvents({ events }, locate),
    );
  }
  if (events && rates) {
    problems.push(
      ...checkReportedTotals({ events, rates }, locate),
      ...checkRateCoverage({ events, rates }, locate),
    );
  }
  if (steps) problems.push(...checkStepCount({ steps }, locate));
  if (steps && events) problems.push(...checkStepOrder({ steps, events }, locate));
  if (sources && events && rates)
    problems.push(...checkUnusedSources({ sources, events, rates }, locate));
  problems.push(...checkText(data, locate), ...checkEditorInput(data, locate));
  return problems;
}
