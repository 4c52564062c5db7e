import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/** The story needs at least one step. */
export function checkStepCount(data: Pick<Dataset, 'steps'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  if (data.steps.length === 0) {
    reporter(problems, locate)(
      'error',
      'no-steps',
      'steps.json',
      ['steps'],
      'there are no steps, so the story would show nothing',
      'add at least one step to "steps"',
    );
  }
  return problems;
}
