import type { DataFileName } from './schema.ts';

/** What each data file holds at its top, for a hint when a file is not one object. */
export const DATA_FILE_SHAPES: Record<DataFileName, string> = {
  'story.json':
    '{ "headline": …, "standfirst": …, "byline": …, "lastUpdated": …, "language": …, "notes": [ … ] }',
  'sources.json': '{ "sources": [ … ] }',
  'places.json': '{ "places": [ … ] }',
  'events.json': '{ "events": [ … ] }',
  'rates.json': '{ "rates": [ … ] }',
  'steps.json': '{ "steps": [ … ] }',
  'corrections.json': '{ "corrections": [ … ] } (an empty list when there are none)',
};
