import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/** Warns about sources that no event and no rate cites. */
export function checkUnusedSources(
  data: Pick<Dataset, 'sources' | 'events' | 'rates'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const cited = new Set([
    ...data.events.flatMap((e) => e.sources.map((c) => c.source)),
    ...data.rates.map((r) => r.source),
  ]);
  data.sources.forEach((source, i) => {
    if (cited.has(source.id)) return;
    report(
      'warning',
      'unused-source',
      'sources.json',
      ['sources', i, 'id'],
      `source "${source.id}" is not cited by any event or rate`,
      'cite it from the events it supports, or remove it if it is no longer needed',
      [source.id],
    );
  });
  return problems;
}
