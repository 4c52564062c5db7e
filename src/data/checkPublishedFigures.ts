/**
 * Editors cannot forget a correction: once the story is published
 * (data/published.json), a published figure that changes, or a published
 * event that disappears, is a warning until a correction in
 * data/corrections.json, dated on or after the snapshot, names the event.
 * New events are not warned about: adding what was not there corrects
 * nothing readers saw, and the next `npm run publish:figures` records them.
 */
import type { JsonPath } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import { publishedFiguresOf } from './publishedFigures.ts';
import type { PublishedSnapshot } from './publishedSchema.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';
import { formatPath } from './locateJson.ts';

interface FigureChange {
  /** Path inside the event, e.g. ['amount', 'value']. */
  path: (string | number)[];
  was: unknown;
  now: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every leaf that differs between two JSON values, outermost first. */
function diffFigures(was: unknown, now: unknown, path: (string | number)[] = []): FigureChange[] {
  if (Array.isArray(was) && Array.isArray(now)) {
    const length = Math.max(was.length, now.length);
    return Array.from({ length }, (_, i) => diffFigures(was[i], now[i], [...path, i])).flat();
  }
  if (isObject(was) && isObject(now)) {
    const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
    return keys.flatMap((key) => diffFigures(was[key], now[key], [...path, key]));
  }
  return JSON.stringify(was) === JSON.stringify(now) ? [] : [{ path, was, now }];
}

/** The longest start of `path` that exists in `value`, so a removed field is located at its parent. */
function existingPath(value: unknown, path: (string | number)[]): (string | number)[] {
  const found: (string | number)[] = [];
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) break;
    current = (current as Record<string | number, unknown>)[segment];
    found.push(segment);
  }
  return found;
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** The corrections.json entry an editor would add, for the hint. */
function suggestCorrection(eventId: string, today: string, wrong: string): string {
  const entry = {
    id: `${eventId}-${today}`,
    date: today,
    wrong,
    now: 'What it says now, and according to whom.',
    records: { events: [eventId] },
  };
  return JSON.stringify(entry).replace(/,"/g, ', "').replace(/":/g, '": ');
}

/**
 * Warnings for published figures changed, and published events removed,
 * with no correction dated on or after `snapshot.published` naming them.
 * @example checkPublishedFigures({ events, corrections }, snapshot, locate, '2026-12-05')
 * // [{ code: 'published-figure-changed', path: 'events[3].amount.value', … }]
 */
export function checkPublishedFigures(
  data: Pick<Dataset, 'events' | 'corrections'>,
  snapshot: PublishedSnapshot,
  locate: Locate = nowhere,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const naming = (id: string) => data.corrections.filter((c) => c.records.events?.includes(id));
  const corrected = (id: string) => naming(id).some((c) => c.date >= snapshot.published);
  /** Why an earlier correction does not count, when there is one. */
  const olderNote = (id: string) => {
    const older = naming(id).map((c) => `"${c.id}" (${c.date})`);
    return older.length
      ? `; ${older.join(', ')} ${older.length > 1 ? 'are' : 'is'} dated before this publication (${snapshot.published}), so ${older.length > 1 ? 'they cover' : 'it covers'} an earlier change`
      : '';
  };
  const present = new Set<string>();

  data.events.forEach((event, i) => {
    present.add(event.id);
    const published = snapshot.events[event.id];
    if (!published || corrected(event.id)) return;
    for (const change of diffFigures(published, publishedFiguresOf(event))) {
      const field = formatPath(change.path);
      const at: JsonPath = ['events', i, ...existingPath(event, change.path)];
      report(
        'warning',
        'published-figure-changed',
        'events.json',
        at,
        `a published figure changed: event "${event.id}" ${field} was ${show(change.was)} when published on ${snapshot.published}, and is now ${show(change.now)}; no correction names this event${olderNote(event.id)}`,
        `if readers saw the old figure, add to data/corrections.json ${suggestCorrection(event.id, today, `The story gave ${field} as ${show(change.was)}.`)} and run npm run publish:figures; if the change is a slip, put back ${show(change.was)}`,
        [event.id],
      );
    }
  });

  for (const id of Object.keys(snapshot.events)) {
    if (present.has(id) || corrected(id)) continue;
    report(
      'warning',
      'published-record-removed',
      'events.json',
      ['events'],
      `event "${id}" was published on ${snapshot.published} and is no longer in events.json; no correction names it${olderNote(id)}`,
      `put it back if it was removed by mistake (keep its id: links and downloads use it); if it never happened, add to data/corrections.json ${suggestCorrection(id, today, `The story reported an event that did not happen (${id}).`)} and run npm run publish:figures`,
      [id],
    );
  }
  return problems;
}
