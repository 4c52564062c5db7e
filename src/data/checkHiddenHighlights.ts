/**
 * A step may highlight only what its timeline draws: an event outside the
 * step's range, or of a kind whose series the step does not show, is not
 * drawn, yet the text equivalent would still say "Highlighted: …".
 */
import { parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import { SERIES_OF_KIND } from '../lib/timeline/timelineLanes.ts';
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/**
 * Warnings for highlights the step's timeline does not draw, located at the
 * highlight. A range left open ("from" or "to" missing) reaches the first or
 * last event, so only the given ends count.
 * @example checkHiddenHighlights({ steps, events }) // [{ code: 'highlight-outside-range', path: 'steps[2].timeline.highlight[0]', … }]
 */
export function checkHiddenHighlights(
  data: Pick<Dataset, 'steps' | 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const events = new Map(data.events.map((e) => [e.id, e]));
  data.steps.forEach((step, i) => {
    const { from, to, highlight, series } = step.timeline;
    const start = from === undefined ? null : parseFuzzyDate(from);
    const end = to === undefined ? null : parseFuzzyDate(to);
    highlight.forEach((id, j) => {
      const event = events.get(id);
      const when = event && parseFuzzyDate(event.date);
      if (!event || !when) return;
      const path = ['steps', i, 'timeline', 'highlight', j];
      const shownBy = SERIES_OF_KIND[event.kind];
      if (!series.includes(shownBy)) {
        report(
          'warning',
          'highlight-not-shown',
          'steps.json',
          path,
          `event "${id}" is a ${event.kind}, which the series "${shownBy}" shows, but this step's timeline shows ${series.length ? `only ${series.join(', ')}` : 'no series'}, so it is not drawn`,
          `add "${shownBy}" to "series", or remove "${id}" from "highlight": the text equivalent names every highlight as drawn`,
          [step.id, id],
        );
      } else if ((start && when.end < start.start) || (end && when.start > end.end)) {
        report(
          'warning',
          'highlight-outside-range',
          'steps.json',
          path,
          `event "${id}" (${event.date}) is outside this step's timeline (${from ?? 'the first event'} to ${to ?? 'the last event'}), so it is not drawn`,
          `widen "from"/"to" to include ${event.date}, or remove "${id}" from "highlight": the text equivalent names every highlight as drawn`,
          [step.id, id],
        );
      }
    });
  });
  return problems;
}
