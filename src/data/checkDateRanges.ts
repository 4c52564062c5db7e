import { parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/** A rate's `to` cannot come before its `from`; a step's timeline `to` cannot come before its `from`. */
export function checkDateRanges(
  data: Pick<Partial<Dataset>, 'rates' | 'steps'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const reversed = (from: string, to: string | undefined) => {
    const a = parseFuzzyDate(from);
    const b = to === undefined ? null : parseFuzzyDate(to);
    return a !== null && b !== null && b.end < a.start;
  };
  data.rates?.forEach((rate, i) => {
    if (reversed(rate.from, rate.to)) {
      report(
        'error',
        'rate-range-reversed',
        'rates.json',
        ['rates', i, 'to'],
        `the rate ends (${rate.to}) before it starts (${rate.from})`,
        'swap "from" and "to", or correct the year',
      );
    }
  });
  data.steps?.forEach((step, i) => {
    const { from, to } = step.timeline;
    if (from !== undefined && reversed(from, to)) {
      report(
        'error',
        'timeline-range-reversed',
        'steps.json',
        ['steps', i, 'timeline', 'to'],
        `the timeline range ends (${to}) before it starts (${from})`,
        'swap "from" and "to", or correct the year',
        [step.id],
      );
    }
  });
  return problems;
}
