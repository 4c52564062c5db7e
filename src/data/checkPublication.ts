/**
 * The checks that need data/published.json, the snapshot of what readers
 * saw: the corrections (checkCorrections, which also runs with no snapshot,
 * before the story is first published) and the published figures
 * (checkPublishedFigures). A snapshot that cannot be read is an error: it
 * is written by `npm run publish:figures`, so the fix is to run it again.
 */
import { checkCorrections } from './checkCorrections.ts';
import { checkPublishedFigures } from './checkPublishedFigures.ts';
import { decodeDataFile } from './decodeDataFile.ts';
import { formatPath, parseJsonWithLocations } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import { PUBLISHED_FILE, publishedFileSchema, type PublishedSnapshot } from './publishedSchema.ts';
import { nowhere, type Locate } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/** The snapshot, or the problem that stops it being read; null when there is none. */
function readSnapshot(
  content: string | Uint8Array | undefined,
): { snapshot: PublishedSnapshot } | { problems: Problem[] } | null {
  if (content === undefined) return null;
  const decoded = content instanceof Uint8Array ? decodeDataFile(content, PUBLISHED_FILE) : null;
  if (decoded?.problem) return { problems: [decoded.problem] };
  const parsed = parseJsonWithLocations(decoded?.text ?? (content as string), PUBLISHED_FILE);
  if (parsed.value === undefined) return { problems: parsed.problems };
  const result = publishedFileSchema.safeParse(parsed.value);
  if (result.success) return { snapshot: result.data };
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((s): s is string | number => typeof s !== 'symbol');
  return {
    problems: [
      {
        severity: 'error',
        code: 'invalid-snapshot',
        file: PUBLISHED_FILE,
        ...parsed.locate(path),
        path: formatPath(path),
        message: `the published snapshot cannot be read: ${issue?.message ?? 'unexpected shape'}`,
        hint: 'published.json is written by `npm run publish:figures`, not by hand: restore it from git, or run npm run publish:figures to record the figures as they are now',
      },
    ],
  };
}

/**
 * Problems with the corrections and with published figures changed
 * without one.
 * @example checkPublication(bytesOfPublishedJson, dataset, locate, '2026-12-05')
 * // [{ code: 'published-figure-changed', file: 'events.json', … }]
 */
export function checkPublication(
  content: string | Uint8Array | undefined,
  data: Partial<Dataset>,
  locate: Locate = nowhere,
  today: string,
): Problem[] {
  const read = readSnapshot(content);
  if (read && 'problems' in read) return read.problems;
  const snapshot = read?.snapshot;
  const { corrections, events } = data;
  if (!corrections) return [];
  const problems = checkCorrections({ ...data, corrections }, locate, {
    today,
    ...(snapshot
      ? {
          firstPublished: snapshot.firstPublished,
          publishedIds: { events: new Set(Object.keys(snapshot.events)) },
        }
      : {}),
  });
  if (snapshot && events) {
    problems.push(...checkPublishedFigures({ events, corrections }, snapshot, locate, today));
  }
  return problems;
}
