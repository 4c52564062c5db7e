/**
 * The translation files' shapes (data/translations/<tag>/*.json; the
 * format is in data/README.md, "Translations"). Each record carries the
 * English record's `id`, only the translated text fields, and `from`: the
 * fingerprint of the English it was translated from (written by
 * `npm run translations:stamp`, left out by translators). Texts may run
 * longer than the English (Ukrainian and Azerbaijani often do).
 */
import { z } from 'zod';
import { idSchema, proseSchema } from '../schema.ts';

/** Room for a translation to be longer than the English limit. */
const LONGER = 1.6;
const prose = (what: string, max: number, formatted = false) =>
  proseSchema(what, Math.ceil(max * LONGER), formatted);

const fromSchema = z
  .string({ error: 'from must be text (the fingerprint translations:stamp writes)' })
  .regex(/^[0-9a-f]{12}$/, {
    error: 'from must be the 12-character fingerprint npm run translations:stamp writes',
  })
  .optional();

const languageSchema = z.string({ error: 'language must be the language tag, e.g. "uk"' });

const record = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ id: idSchema, from: fromSchema, ...shape });

const listFile = <T extends z.ZodType>(key: string, item: T) =>
  z.strictObject({
    $schema: z.string().optional(),
    language: languageSchema,
    [key]: z.array(item, { error: `${key} must be a list` }),
  });

export const translatedNoteSchema = record({
  heading: prose('Heading', 90),
  text: prose('Note text', 1500, true),
});

export const translatedStorySchema = z.strictObject({
  $schema: z.string().optional(),
  language: languageSchema,
  from: fromSchema,
  headline: prose('Headline', 120, true),
  standfirst: prose('Standfirst', 400, true),
  byline: prose('Byline', 120),
  notes: z.array(translatedNoteSchema, { error: 'notes must be a list' }),
});

export const translatedCitationSchema = z.strictObject({
  source: idSchema,
  note: prose('Citation note', 300).optional(),
});

export const TRANSLATION_FILES = {
  'story.json': translatedStorySchema,
  'steps.json': listFile(
    'steps',
    record({ title: prose('Step title', 90), text: prose('Step text', 700, true) }),
  ),
  'events.json': listFile(
    'events',
    record({
      title: prose('Title', 90),
      text: prose('Text', 600, true),
      sources: z.array(translatedCitationSchema, { error: 'sources must be a list' }).optional(),
    }),
  ),
  'places.json': listFile('places', record({ name: prose('Name', 80) })),
  'sources.json': listFile('sources', record({ note: prose('Source note', 400).optional() })),
  // The corrections log's own words; its ids, dates and records stay the English file's.
  'corrections.json': listFile(
    'corrections',
    record({ wrong: prose('What was wrong', 600), now: prose('What it says now', 600) }),
  ),
} as const;

export type TranslationFileName = keyof typeof TRANSLATION_FILES;
export const TRANSLATION_FILE_NAMES = Object.keys(TRANSLATION_FILES) as TranslationFileName[];

export type TranslatedStory = z.infer<typeof translatedStorySchema>;
export type TranslatedCitation = z.infer<typeof translatedCitationSchema>;

/** One language's translation, as read and validated (a file that failed is absent). */
export interface Translation {
  language: string;
  story?: TranslatedStory;
  steps?: { id: string; from?: string; title: string; text: string }[];
  events?: {
    id: string;
    from?: string;
    title: string;
    text: string;
    sources?: TranslatedCitation[];
  }[];
  places?: { id: string; from?: string; name: string }[];
  sources?: { id: string; from?: string; note?: string }[];
  corrections?: { id: string; from?: string; wrong: string; now: string }[];
  extras?: TranslationExtras;
}

/**
 * data/translations/<tag>/extras.json: what the record files have no field
 * for: our translation of each verbatim excerpt (shown after the quote,
 * marked as ours), the cargo lines' notes, and the sources' descriptive
 * titles written by the desk (published headlines stay as published).
 */
export const extrasSchema = z.looseObject({
  language: languageSchema,
  excerpts: z
    .array(
      z.strictObject({
        id: idSchema,
        sources: z.array(
          z.strictObject({
            source: idSchema,
            excerpt: z.string(),
            translation: prose('Excerpt translation', 400),
          }),
        ),
      }),
    )
    .optional(),
  cargoNotes: z
    .array(
      z.strictObject({
        id: idSchema,
        cargo: z.array(z.strictObject({ item: z.string(), note: prose('Cargo note', 200) })),
      }),
    )
    .optional(),
  sources: z
    .array(
      z.strictObject({
        id: idSchema,
        title: prose('Title', 300).optional(),
        publisher: prose('Publisher', 120).optional(),
      }),
    )
    .optional(),
});

export type TranslationExtras = z.infer<typeof extrasSchema>;
