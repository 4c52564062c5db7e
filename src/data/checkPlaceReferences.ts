import type { JsonPath } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { DataFileName, Dataset } from './schema.ts';
import { didYouMean, listIds } from './suggestClosest.ts';

/** Event origins and destinations, and step map extents and places, must name places in places.json. */
export function checkPlaceReferences(
  data: Pick<Partial<Dataset>, 'events' | 'steps'> & Pick<Dataset, 'places'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const ids = data.places.map((p) => p.id);
  const known = new Set(ids);
  const check = (file: DataFileName, path: JsonPath, id: string, owner: string) => {
    if (known.has(id)) return;
    report(
      'error',
      'unknown-place',
      file,
      path,
      `place "${id}" is not in places.json`,
      didYouMean(
        id,
        ids,
        `fix the id, or add a place with id "${id}" to places.json (${listIds(ids)})`,
      ),
      [owner],
    );
  };
  data.events?.forEach((event, i) => {
    if (event.origin !== undefined)
      check('events.json', ['events', i, 'origin'], event.origin, event.id);
    if (event.destination !== undefined) {
      check('events.json', ['events', i, 'destination'], event.destination, event.id);
    }
  });
  data.steps?.forEach((step, i) => {
    step.map.extent.forEach((id, j) =>
      check('steps.json', ['steps', i, 'map', 'extent', j], id, step.id),
    );
    step.map.places.forEach((id, j) =>
      check('steps.json', ['steps', i, 'map', 'places', j], id, step.id),
    );
  });
  return problems;
}
