/**
 * A date after the story's "last updated" date is almost always a typo
 * (2099 for 2025), and it stretches every full-story timeline to it.
 */
import { parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/**
 * Warnings for event dates and source publication dates that start after
 * story.lastUpdated ends.
 * @example checkFutureDates({ story, events: [{ date: '2099-01-01', … }], sources }) // [{ code: 'date-after-last-updated', … }]
 */
export function checkFutureDates(
  data: Pick<Dataset, 'story'> & Pick<Partial<Dataset>, 'events' | 'sources'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const updated = parseFuzzyDate(data.story.lastUpdated);
  if (!updated) return problems;
  const check = (
    file: 'events.json' | 'sources.json',
    path: (string | number)[],
    date: string,
    id: string,
  ) => {
    const when = parseFuzzyDate(date);
    if (!when || when.start <= updated.end) return;
    report(
      'warning',
      'date-after-last-updated',
      file,
      path,
      `${date} is after the story's "last updated" date, ${data.story.lastUpdated}`,
      'check the year for a typo; if the story has been updated since, change "lastUpdated" in story.json (a later date stretches every full-story timeline to it)',
      [id],
    );
  };
  data.events?.forEach((e, i) => check('events.json', ['events', i, 'date'], e.date, e.id));
  data.sources?.forEach((s, i) =>
    check('sources.json', ['sources', i, 'published'], s.published, s.id),
  );
  return problems;
}
