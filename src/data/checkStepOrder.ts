import { parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/**
 * Steps should move forward in time: warns when a step's earliest
 * highlighted event is earlier than the previous step's. A story may open
 * on its latest news and then go back to the start: the step that jumps
 * back says so with `"flashback": true`, and is left alone.
 */
export function checkStepOrder(
  data: Pick<Dataset, 'steps' | 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const dates = new Map(
    data.events.map((e) => [e.id, { date: parseFuzzyDate(e.date), text: e.date }]),
  );
  const earliest = data.steps.map((step) => {
    let best: { start: number; text: string; id: string } | undefined;
    for (const id of step.timeline.highlight) {
      const found = dates.get(id);
      if (found?.date && (!best || found.date.start < best.start)) {
        best = { start: found.date.start, text: found.text, id };
      }
    }
    return best;
  });
  earliest.forEach((current, i) => {
    const previous = earliest[i - 1];
    const step = data.steps[i];
    const previousStep = data.steps[i - 1];
    if (i < 1 || !current || !previous || !step || !previousStep || step.flashback) return;
    if (current.start >= previous.start) return;
    report(
      'warning',
      'steps-out-of-order',
      'steps.json',
      ['steps', i, 'timeline', 'highlight'],
      `steps out of date order: step ${i + 1} ("${step.id}") highlights ${current.id} (${current.text}), earlier than the earliest event of step ${i} ("${previousStep.id}"), ${previous.id} (${previous.text})`,
      'reorder the steps or their highlights; if the jump back is deliberate, add "flashback": true to this step',
      [step.id, previousStep.id, current.id, previous.id],
    );
  });
  return problems;
}
