/**
 * The shape of `data/published.json`: the figures as readers last saw them,
 * written by `npm run publish:figures` (scripts/publish.ts), never by hand. For
 * every event: its date, amounts with their qualifiers, cargo lines and
 * reported total. Steps are not recorded: their figures are in their text,
 * not in fields, and come from the events they highlight.
 */
import * as z from 'zod';
import { idSchema } from './idSchema.ts';
import { amountSchema, cargoLineSchema, eventDateSchema, reportedTotalSchema } from './schema.ts';

/** The snapshot's file name in data/. */
export const PUBLISHED_FILE = 'published.json';

const daySchema = z
  .string({ error: 'must be a day such as "2026-12-02"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day such as "2026-12-02"' });

/** One event's published figures: cargo lines without their notes (wording, not figures). */
export const publishedEventSchema = z.strictObject({
  date: eventDateSchema,
  amount: amountSchema.optional(),
  statedEquivalent: amountSchema.optional(),
  cargo: z.array(cargoLineSchema.omit({ note: true })).optional(),
  total: reportedTotalSchema.optional(),
});

export const publishedFileSchema = z.strictObject({
  $comment: z.string().optional(),
  firstPublished: daySchema.meta({ description: 'The day the story was first published.' }),
  published: daySchema.meta({ description: 'The day of this snapshot (the latest publication).' }),
  events: z.record(idSchema, publishedEventSchema),
});

export type PublishedEvent = z.infer<typeof publishedEventSchema>;
export type PublishedSnapshot = z.infer<typeof publishedFileSchema>;
