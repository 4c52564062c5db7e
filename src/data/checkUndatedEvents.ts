/**
 * Keeps an event's date honest about its sources: an event that no source
 * dates is "undated" (shown apart from the time axis), never placed at a
 * date it does not have; and an "undated" event says which sources give no
 * date, so a source that does give one is not overlooked.
 */
import { nowhere, type Locate } from './reportProblem.ts';
import { UNDATED } from '../lib/model/fuzzyDate.ts';
import { formatPath, type JsonPath } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import type { Dataset } from './schema.ts';

/**
 * Errors: a date on an event whose every citation says `"undated": true`,
 * and "undated" on an event with a citation that does not say so.
 * @example checkUndatedEvents({ events }) // [{ code: 'date-without-source', path: 'events[28].date', … }]
 */
export function checkUndatedEvents(
  data: Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = (code: string, path: JsonPath, message: string, hint: string, id: string) =>
    problems.push({
      severity: 'error',
      code,
      file: 'events.json',
      ...locate('events.json', path),
      path: formatPath(path),
      message,
      hint,
      related: [id],
    });
  data.events.forEach((event, index) => {
    const dating = event.sources.filter((c) => !c.undated);
    if (event.date !== UNDATED && event.sources.length && !dating.length) {
      report(
        'date-without-source',
        ['events', index, 'date'],
        `"${event.date}" is a date none of this event's sources gives: every citation says "undated": true`,
        `write "date": "undated" (the timeline then lists the event as undated, off the time axis); if a source does date it, remove "undated": true from that citation`,
        event.id,
      );
    }
    if (event.date === UNDATED) {
      for (const citation of dating) {
        const at = event.sources.indexOf(citation);
        report(
          'undated-citation-missing',
          ['events', index, 'sources', at],
          `the event is "undated", but its citation of "${citation.source}" does not say "undated": true`,
          `if that source gives no date, add "undated": true to the citation; if it gives one, write that date as the event's "date"`,
          event.id,
        );
      }
    }
  });
  return problems;
}
