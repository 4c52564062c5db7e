/**
 * A step's id becomes the id of its section on the page (the target of
 * `#step-id` links). A step called "notes", "embed" or "app", or one that
 * starts like the page's made-up ids ("event-…", "title-…"), would give the
 * page two elements with one id: the "Notes on the data" link would jump to
 * the step instead.
 */
import type { Problem } from '../lib/model/problem.ts';
import { PAGE_IDS, PAGE_ID_PREFIXES } from '../lib/model/pageIds.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

const IDS: readonly string[] = Object.values(PAGE_IDS);
const PREFIXES: readonly string[] = Object.values(PAGE_ID_PREFIXES);

/**
 * Errors for step ids that are, or may become, ids the page itself uses.
 * @example checkStepIdsAgainstPage({ steps: [{ id: 'notes', … }] }) // [{ code: 'id-used-by-page', … }]
 */
export function checkStepIdsAgainstPage(
  data: Pick<Dataset, 'steps'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const hint = (id: string) =>
    `rename the step, e.g. "step-${id}", and any link to it; the page's own ids are ${IDS.join(', ')}, and ids starting with ${PREFIXES.join(', ')}`;
  data.steps.forEach((step, i) => {
    const path = ['steps', i, 'id'];
    if (IDS.includes(step.id)) {
      report(
        'error',
        'id-used-by-page',
        'steps.json',
        path,
        `step id "${step.id}" is already an id on the page, so links to "#${step.id}" would reach only one of the two`,
        hint(step.id),
        [step.id],
      );
      return;
    }
    const prefix = PREFIXES.find((p) => step.id.startsWith(p));
    if (prefix) {
      report(
        'error',
        'id-used-by-page',
        'steps.json',
        path,
        `step id "${step.id}" starts with "${prefix}", which the page uses for ids of its own, so two elements could share it`,
        hint(step.id),
        [step.id],
      );
    }
  });
  return problems;
}
