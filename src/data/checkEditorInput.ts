/**
 * The checks for what careless or hostile editing let through (issue 17):
 * step ids the page itself uses, highlights that are not drawn, dates after
 * the story's last update, fields an event's kind does not have, amounts of
 * 0. Each runs when the files it needs are present.
 */
import { checkCargoQualifiers } from './checkCargoQualifiers.ts';
import { checkEventKindFields } from './checkEventKindFields.ts';
import { checkFutureDates } from './checkFutureDates.ts';
import { checkHiddenHighlights } from './checkHiddenHighlights.ts';
import { checkStepIdsAgainstPage } from './checkStepIdsAgainstPage.ts';
import { checkZeroAmounts } from './checkZeroAmounts.ts';
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/**
 * Every check above whose files are present in `data`.
 * @example checkEditorInput({ steps, events }, locate) // [{ code: 'highlight-not-shown', … }, …]
 */
export function checkEditorInput(data: Partial<Dataset>, locate: Locate = nowhere): Problem[] {
  const { story, sources, events, steps } = data;
  return [
    ...(steps ? checkStepIdsAgainstPage({ steps }, locate) : []),
    ...(steps && events ? checkHiddenHighlights({ steps, events }, locate) : []),
    ...(story ? checkFutureDates({ story, events, sources }, locate) : []),
    ...(events ? checkEventKindFields({ events }, locate) : []),
    ...(events ? checkZeroAmounts({ events }, locate) : []),
    ...(events ? checkCargoQualifiers({ events }, locate) : []),
  ];
}
