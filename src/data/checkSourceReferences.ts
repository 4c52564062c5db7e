import type { JsonPath } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';
import { didYouMean } from './suggestClosest.ts';

/**
 * Citations and rates must name sources in sources.json. The message names
 * every record citing the missing source, so a source removed while still
 * cited shows everything that depends on it.
 */
export function checkSourceReferences(
  data: Pick<Partial<Dataset>, 'events' | 'rates'> & Pick<Dataset, 'sources'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const ids = data.sources.map((s) => s.id);
  const known = new Set(ids);
  const citers = new Map<string, { events: string[]; rates: string[]; paths: JsonPath[] }>();
  const cite = (id: string, path: JsonPath, kind: 'events' | 'rates', name: string) => {
    if (known.has(id)) return;
    const entry = citers.get(id) ?? { events: [], rates: [], paths: [] };
    if (!entry[kind].includes(name)) entry[kind].push(name);
    entry.paths.push(path);
    citers.set(id, entry);
  };
  data.events?.forEach((event, i) =>
    event.sources.forEach((citation, j) =>
      cite(citation.source, ['events', i, 'sources', j, 'source'], 'events', event.id),
    ),
  );
  data.rates?.forEach((rate, i) =>
    cite(
      rate.source,
      ['rates', i, 'source'],
      'rates',
      `rates[${i}] (${rate.currency} from ${rate.from})`,
    ),
  );
  for (const [id, { events, rates, paths }] of citers) {
    const by = [
      events.length ? `events: ${events.join(', ')}` : '',
      rates.length ? `rates: ${rates.join(', ')}` : '',
    ].filter(Boolean);
    for (const path of paths) {
      report(
        'error',
        'unknown-source',
        path[0] === 'rates' ? 'rates.json' : 'events.json',
        path,
        `source "${id}" is not in sources.json; cited by ${by.join('; ')}`,
        didYouMean(
          id,
          ids,
          `add a source with id "${id}" to sources.json, or cite one that exists`,
        ),
        events,
      );
    }
  }
  return problems;
}
