import { formatPath } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { DataFileName, Dataset } from './schema.ts';

/** Ids must be unique within a file (places, sources, events, steps, story notes). */
export function checkDuplicateIds(data: Partial<Dataset>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const lists: [DataFileName, string, readonly { id: string }[] | undefined][] = [
    ['places.json', 'places', data.places],
    ['sources.json', 'sources', data.sources],
    ['events.json', 'events', data.events],
    ['steps.json', 'steps', data.steps],
    ['story.json', 'notes', data.story?.notes],
  ];
  for (const [file, key, records] of lists) {
    const first = new Map<string, number>();
    records?.forEach((record, index) => {
      const earlier = first.get(record.id);
      if (earlier === undefined) {
        first.set(record.id, index);
        return;
      }
      const at = locate(file, [key, earlier, 'id']);
      report(
        'error',
        'duplicate-id',
        file,
        [key, index, 'id'],
        `id "${record.id}" is used twice in ${file}; the first is ${formatPath([key, earlier])} (line ${at.line})`,
        'ids must be unique: rename one of them, and update anything that refers to it',
        [record.id],
      );
    });
  }
  return problems;
}
