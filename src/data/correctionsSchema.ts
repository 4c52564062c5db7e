/**
 * The shape of `data/corrections.json`: the public record of every change
 * to something readers may already have seen. One entry per correction,
 * with the day it was made, what was wrong, what the story says now, and
 * the ids of the records it touched. The page lists them in a
 * "Corrections" section and marks each touched step and event; the
 * downloads carry them. Cross-record rules (ids that exist, dates) are in
 * checkCorrections.ts.
 */
import * as z from 'zod';
import { parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import { idSchema } from './idSchema.ts';

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} is longer than ${max} characters; shorten it` });

const idList = (what: string, file: string) =>
  z
    .array(idSchema, { error: `${what} must be a list of ids` })
    .optional()
    .meta({ description: `Ids of ${what} in ${file} that this correction changed.` });

/** The kinds of record a correction can name, with the file that holds each. */
export const CORRECTED_RECORD_KINDS = ['steps', 'events', 'places', 'sources', 'notes'] as const;
export type CorrectedRecordKind = (typeof CORRECTED_RECORD_KINDS)[number];

export const correctionSchema = z.strictObject({
  id: idSchema.meta({
    description:
      'Stable id of the correction, e.g. "convoy-2025-08-trucks". The page links to it as #correction-<id>.',
  }),
  date: z
    .string({ error: 'must be the day of the correction, e.g. "2026-12-05"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: 'write the day the correction was made as YYYY-MM-DD, e.g. "2026-12-05"',
    })
    .refine((day) => parseFuzzyDate(day) !== null, { error: 'is not a real calendar day' })
    .meta({
      description: 'The day the correction was published (YYYY-MM-DD).',
      examples: ['2026-12-05'],
    }),
  wrong: text('"wrong"', 400).meta({
    description:
      'What the story said that was wrong, in plain words, with the old figure: "The story gave the August 2025 convoy as 14 trucks."',
  }),
  now: text('"now"', 400).meta({
    description:
      'What it says now, and on whose authority: "It carried 15 trucks, as Trend reported on 13 August 2025."',
  }),
  records: z
    .strictObject({
      steps: idList('steps', 'steps.json'),
      events: idList('events', 'events.json'),
      places: idList('places', 'places.json'),
      sources: idList('sources', 'sources.json'),
      notes: idList('notes', 'story.json "notes"'),
    })
    .refine((records) => Object.values(records).some((ids) => ids !== undefined && ids.length), {
      error: 'name at least one record the correction changed, e.g. { "events": ["…"] }',
    })
    .meta({ description: 'The records the correction changed, by kind.' }),
});

export const correctionsFileSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Path to the JSON Schema for editors.' }),
  corrections: z
    .array(correctionSchema, { error: 'corrections must be a list' })
    .meta({ description: 'Every correction, oldest first. An empty list when there are none.' }),
});

export type Correction = z.infer<typeof correctionSchema>;
