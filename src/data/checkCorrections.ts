/**
 * Cross-record checks on data/corrections.json: a correction must name
 * records that exist (or that were published and since removed), and be
 * dated on a day that can be true: not after today, not before the story
 * was first published (a change before then corrected nothing a reader
 * saw), and not after the story's "last updated" date.
 */
import { suggestClosest } from './checkDataset.ts';
import { CORRECTED_RECORD_KINDS, type CorrectedRecordKind } from './correctionsSchema.ts';
import { parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { DataFileName, Dataset } from './schema.ts';

export interface CorrectionCheckOptions {
  /** Today, as YYYY-MM-DD (a parameter, so tests do not depend on the clock). */
  today: string;
  /** The day the story was first published (from data/published.json), if it has been. */
  firstPublished?: string;
  /** Ids of published records, by kind: a correction may name one that has since been removed. */
  publishedIds?: Partial<Record<CorrectedRecordKind, ReadonlySet<string>>>;
}

const ONE: Record<CorrectedRecordKind, string> = {
  steps: 'step',
  events: 'event',
  places: 'place',
  sources: 'source',
  notes: 'note',
};

const FILE_OF: Record<CorrectedRecordKind, DataFileName> = {
  steps: 'steps.json',
  events: 'events.json',
  places: 'places.json',
  sources: 'sources.json',
  notes: 'story.json',
};

/** The ids of each kind of record, for the kinds whose file is present. */
function knownIds(data: Partial<Dataset>): Partial<Record<CorrectedRecordKind, string[]>> {
  return {
    steps: data.steps?.map((r) => r.id),
    events: data.events?.map((r) => r.id),
    places: data.places?.map((r) => r.id),
    sources: data.sources?.map((r) => r.id),
    notes: data.story?.notes.map((r) => r.id),
  };
}

/**
 * Problems with the corrections: duplicate ids, records that are not in
 * the data, dates in the future, before the first publication or after
 * story.lastUpdated.
 * @example checkCorrections({ corrections, events, story }, locate, { today: '2026-12-05' })
 * // [{ code: 'unknown-corrected-record', path: 'corrections[0].records.events[0]', … }]
 */
export function checkCorrections(
  data: Pick<Dataset, 'corrections'> & Partial<Dataset>,
  locate: Locate = nowhere,
  options: CorrectionCheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const file = 'corrections.json';
  const ids = knownIds(data);
  const seen = new Set<string>();
  const lastUpdated = data.story ? parseFuzzyDate(data.story.lastUpdated) : null;

  data.corrections.forEach((correction, i) => {
    const at = (...path: (string | number)[]) => ['corrections', i, ...path];
    if (seen.has(correction.id)) {
      report(
        'error',
        'duplicate-id',
        file,
        at('id'),
        `correction id "${correction.id}" is used twice in corrections.json`,
        'ids must be unique: the page links to each correction by its id; rename one',
        [correction.id],
      );
    }
    seen.add(correction.id);

    for (const kind of CORRECTED_RECORD_KINDS) {
      const known = ids[kind];
      if (!known) continue;
      const published = options.publishedIds?.[kind];
      correction.records[kind]?.forEach((id, j) => {
        if (known.includes(id) || published?.has(id)) return;
        const suggestion = suggestClosest(id, known);
        report(
          'error',
          'unknown-corrected-record',
          file,
          at('records', kind, j),
          `the correction names ${ONE[kind]} "${id}", which is not in ${FILE_OF[kind]}${published ? ' and was not published' : ''}`,
          `${suggestion ? `did you mean "${suggestion}"? ` : ''}name the id of the record the correction changed, as it is in ${FILE_OF[kind]}`,
          [correction.id, id],
        );
      });
    }

    if (correction.date > options.today) {
      report(
        'error',
        'correction-in-future',
        file,
        at('date'),
        `the correction is dated ${correction.date}, after today (${options.today})`,
        'date it the day it is published, usually today; check the year for a typo',
        [correction.id],
      );
    } else if (options.firstPublished && correction.date < options.firstPublished) {
      report(
        'error',
        'correction-before-publication',
        file,
        at('date'),
        `the correction is dated ${correction.date}, before the story was first published (${options.firstPublished})`,
        'a change made before publication corrects nothing a reader saw: remove this entry, or fix the date (the day the correction was published)',
        [correction.id],
      );
    } else if (lastUpdated && Date.parse(correction.date) > lastUpdated.end) {
      report(
        'warning',
        'correction-after-last-updated',
        file,
        at('date'),
        `the correction is dated ${correction.date}, after the story's "last updated" date (${data.story?.lastUpdated})`,
        `set "lastUpdated" in story.json to "${correction.date}" (or later): the page shows it as the date of the latest change`,
        [correction.id],
      );
    }
  });
  return problems;
}
