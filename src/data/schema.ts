/**
 * The one source of truth for the shape of `data/`.
 *
 * These Zod schemas validate the files (`npm run check:data`, the build and
 * the dev server), give the TypeScript types below, and emit the JSON
 * Schemas in `data/schema/` that editors' tools use for autocompletion
 * (`npm run schema`). Cross-record rules (unknown ids, contradictions, …)
 * live in `checkDataset.ts`; this file only says what one record may hold.
 *
 * This module is imported by build tooling only; the reader's bundle gets
 * the validated data, never Zod.
 */
import * as z from 'zod';
import { isValidFuzzyDate, UNDATED } from '../lib/model/fuzzyDate.ts';
import { hasUrlCredentials } from './urlCredentials.ts';
import { idSchema } from './idSchema.ts';
import { correctionsFileSchema, type Correction } from './correctionsSchema.ts';

export { idSchema };
export type { Correction };

/**
 * Text written by us. `formatted` fields (headline, standfirst, step, note
 * and event text) allow *emphasis* and [links](https://…), rendered by
 * src/lib/format/markup.ts; every other field is shown exactly as typed.
 */
export const proseSchema = (what: string, max: number, formatted = false) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} is longer than ${max} characters; shorten it` })
    .meta({
      description: formatted
        ? `${what}. Plain text; *emphasis* and [link text](https://…) are allowed.`
        : `${what}. Plain text, shown exactly as typed (no formatting).`,
    });

export const fuzzyDateSchema = z
  .string({
    error: 'must be a date such as "2025-08-13", "2025-08", "2025" or "2026-01-16/2026-01-27"',
  })
  .refine(isValidFuzzyDate, {
    error:
      'is not a real date; write YYYY-MM-DD, YYYY-MM, YYYY, or a range FROM/TO (e.g. "2026-01-16/2026-01-27")',
  })
  .meta({
    description:
      'A date with its precision: "2025-08-13" (day), "2025-08" (month), "2025" (year) or a range "2026-01-16/2026-01-27".',
    examples: ['2025-08-13', '2025-08', '2025', '2026-01-16/2026-01-27'],
  });

/** An event's date: a date of any precision, or "undated" when no source gives one. */
export const eventDateSchema = z
  .string({
    error: 'must be a date such as "2025-08-13", "2025-08", "2025", a range, or "undated"',
  })
  .refine((text) => text === UNDATED || isValidFuzzyDate(text), {
    error:
      'is not a real date; write YYYY-MM-DD, YYYY-MM, YYYY, a range FROM/TO (e.g. "2026-01-16/2026-01-27"), or "undated" when no source gives a date',
  })
  .meta({
    description:
      'When it happened, with its precision: "2025-08-13", "2025-08", "2025", a range "2026-01-16/2026-01-27", or "undated" when no source dates it (then every citation says "undated": true).',
    // Only real dates here: describeSchema.ts recognises a date field by its examples.
    examples: ['2025-08-13', '2025-08', '2025', '2026-01-16/2026-01-27'],
  });

export const CURRENCIES = ['USD', 'AZN', 'EUR'] as const;
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'up-to'] as const;

export const qualifierSchema = z
  .enum(QUALIFIERS, {
    error: `must be one of ${QUALIFIERS.map((q) => `"${q}"`).join(', ')} (the source's own wording)`,
  })
  .meta({ description: "The source's own precision: exact, about, more-than, at-least, up-to." });

/**
 * Upper bounds that fit each number's meaning, all far below
 * Number.MAX_SAFE_INTEGER, so that the page shows the number typed: a
 * 30-digit amount or a quantity of 1e308 would otherwise become another
 * number, or Infinity in the sums.
 */
export const MAX_AMOUNT = 1_000_000_000_000;
export const MAX_QUANTITY = 1_000_000_000;
export const MAX_PER_USD = 1_000_000;

const nonNegativeNumber = (what: string, max: number, why: string) =>
  z
    .number({ error: `${what} must be a plain number such as 1000000 (no quotes, no "1M")` })
    .finite({ error: `${what} must be a finite number` })
    .nonnegative({ error: `${what} cannot be negative` })
    .max(max, { error: why });

export const amountSchema = z.strictObject({
  value: nonNegativeNumber(
    'value',
    MAX_AMOUNT,
    'a trillion is larger than any aid figure in this story: check the digits (no cents, no extra zeros)',
  ).meta({ description: 'Plain number, e.g. 1000000; at most 1000000000000.' }),
  currency: z
    .enum(CURRENCIES, {
      error: `must be an ISO 4217 code this story knows: ${CURRENCIES.join(', ')}`,
    })
    .meta({ description: 'ISO 4217 currency code.' }),
  qualifier: qualifierSchema,
});

export const CARGO_ITEMS = [
  'cable-and-wire-m',
  'generators',
  'transformers',
  'transformer-substations',
  'transformers-and-substations',
  'low-voltage-panels',
  'trucks',
] as const;

export const cargoLineSchema = z.strictObject({
  item: z.enum(CARGO_ITEMS, { error: `must be one of ${CARGO_ITEMS.join(', ')}` }).meta({
    description:
      'What was shipped. Cable and wire are counted in metres; "transformers-and-substations" is for sources that count both together.',
  }),
  quantity: nonNegativeNumber(
    'quantity',
    MAX_QUANTITY,
    'a billion (metres of cable, or items) is more than any shipment: check the digits',
  )
    .int({ error: 'quantity counts whole items or metres' })
    .optional()
    .meta({
      description:
        'How many (metres for cable), a whole number. Leave out when the source gives no number.',
    }),
  qualifier: qualifierSchema.optional(),
  note: proseSchema('Cargo note', 200).optional(),
});

export const citationSchema = z.strictObject({
  source: idSchema.meta({ description: 'Id of a record in sources.json.' }),
  excerpt: z
    .string({ error: 'excerpt must be text' })
    .min(1, { error: 'excerpt must not be empty' })
    .max(240, { error: 'excerpt is too long; quote at most about 20 words' })
    .optional()
    .meta({
      description:
        "Short verbatim quote from the source (at most about 20 words). Only the source's own words.",
    }),
  note: proseSchema('Citation note', 300).optional().meta({
    description: 'What this source reports, in our words, when no verbatim excerpt is held.',
  }),
  undated: z
    .literal(true, { error: 'undated must be true (no quotes), or left out' })
    .optional()
    .meta({
      description:
        'true when this source reports the event but gives no date for it, not even a year (e.g. "years ago"). An event whose every citation says so must have "date": "undated".',
    }),
});

export const EVENT_KINDS = ['order', 'shipment', 'reported-total', 'statement', 'context'] as const;

export const reportedTotalSchema = z.strictObject({
  scope: z.enum(['cumulative', 'period', 'order'], {
    error:
      'must be "cumulative" (all aid so far), "period" (one year or span) or "order" (one order)',
  }),
  period: fuzzyDateSchema
    .optional()
    .meta({ description: 'For scope "period": the span it covers, e.g. "2024".' }),
  order: idSchema.optional().meta({ description: 'For scope "order": the order event id.' }),
  measure: z
    .enum(['aid-value', 'cargo'], { error: 'must be "aid-value" or "cargo"' })
    .meta({ description: 'Whether the total counts money or cargo.' }),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: eventDateSchema,
  kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }).meta({
    description: 'order (order or allocation), shipment, reported-total, statement, context.',
  }),
  title: proseSchema('Title', 90),
  text: proseSchema('Text', 600, true),
  amount: amountSchema.optional(),
  statedEquivalent: amountSchema
    .optional()
    .meta({ description: "The source's own conversion of the amount into another currency." }),
  cargo: z.array(cargoLineSchema, { error: 'cargo must be a list of cargo lines' }).optional(),
  origin: idSchema.optional().meta({ description: 'Id of a place in places.json.' }),
  destination: idSchema.optional().meta({ description: 'Id of a place in places.json.' }),
  order: idSchema
    .optional()
    .meta({ description: 'For a shipment: the id of the order it was made under.' }),
  total: reportedTotalSchema.optional(),
  sources: z
    .array(citationSchema, { error: 'sources must be a list of citations' })
    .min(1, { error: 'every event needs at least one source' }),
});

export const SOURCE_KINDS = ['opinion', 'news-agency', 'news', 'official', 'analysis'] as const;

export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: proseSchema('Publisher', 120),
  title: proseSchema('Title', 300),
  url: z
    .url({ protocol: /^https?$/, error: 'must be a full http(s) address, e.g. "https://…"' })
    .refine((url) => !hasUrlCredentials(url), {
      error: 'an address with a user name or password hides where it leads',
    })
    .meta({ description: 'Address of the page, without a user name or password.' }),
  published: fuzzyDateSchema.meta({ description: 'Publication date, with its precision.' }),
  kind: z
    .enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` })
    .meta({ description: 'opinion, news-agency, news, official or analysis.' }),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code such as "en"' })
    .optional(),
  note: proseSchema('Source note', 400).optional(),
});

export const PLACE_KINDS = ['capital', 'city', 'industrial-site', 'territory'] as const;

export const placeSchema = z.strictObject({
  id: idSchema,
  name: proseSchema('Name', 80),
  lon: z
    .number({ error: 'lon must be a number (degrees east)' })
    .min(-180, { error: 'lon must be between -180 and 180' })
    .max(180, { error: 'lon must be between -180 and 180' }),
  lat: z
    .number({ error: 'lat must be a number (degrees north)' })
    .min(-90, { error: 'lat must be between -90 and 90' })
    .max(90, { error: 'lat must be between -90 and 90' }),
  country: z
    .string({ error: 'country must be an ISO 3166-1 alpha-2 code such as "UA"' })
    .regex(/^[A-Z]{2}$/, { error: 'country must be an ISO 3166-1 alpha-2 code such as "UA"' }),
  kind: z.enum(PLACE_KINDS, { error: `must be one of ${PLACE_KINDS.join(', ')}` }),
  label: z
    .enum(['left', 'right', 'above', 'below'], { error: 'must be left, right, above or below' })
    .optional()
    .meta({ description: 'Which side of the marker its label goes (default: right).' }),
});

export const rateSchema = z.strictObject({
  currency: z.enum(CURRENCIES, { error: `must be one of ${CURRENCIES.join(', ')}` }),
  perUsd: z
    .number({ error: 'perUsd must be a number: units of the currency per 1 US dollar' })
    .positive({ error: 'perUsd must be greater than 0' })
    .max(MAX_PER_USD, {
      error: 'no currency the story converts is worth less than a millionth of a dollar',
    }),
  from: fuzzyDateSchema.meta({ description: 'First date the rate applies to.' }),
  to: fuzzyDateSchema
    .optional()
    .meta({ description: 'Last date the rate applies to; leave out if it still holds.' }),
  source: idSchema.meta({ description: 'Id of a record in sources.json.' }),
  note: proseSchema('Rate note', 300).optional(),
});

export const TIMELINE_SERIES = [
  'orders',
  'shipments',
  'totals',
  'statements',
  'context',
  'cargo',
] as const;

export const stepSchema = z.strictObject({
  id: idSchema,
  title: proseSchema('Step title', 90),
  text: proseSchema('Step text', 700, true),
  flashback: z.boolean({ error: 'flashback must be true or false (no quotes)' }).optional().meta({
    description:
      'true when this step deliberately goes back in time (e.g. after an opening on the latest news); the date-order check then leaves it alone.',
  }),
  map: z.strictObject({
    extent: z
      .array(idSchema, { error: 'extent must be a list of place ids' })
      .min(1, { error: 'extent needs at least one place id' })
      .meta({ description: 'Place ids the camera must show; the map fits them with a margin.' }),
    countries: z
      .array(
        z
          .string()
          .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "UA"' }),
      )
      .meta({ description: 'Countries to highlight (ISO 3166-1 alpha-2).' }),
    places: z.array(idSchema).meta({ description: 'Places whose markers and labels show.' }),
    flows: z
      .array(idSchema)
      .meta({ description: 'Event ids whose origin → destination arcs are drawn.' }),
    flowWeight: z
      .enum(['trucks', 'value', 'none'], { error: 'must be "trucks", "value" or "none"' })
      .optional()
      .meta({ description: 'What sets the width of the arcs (default: trucks).' }),
  }),
  timeline: z.strictObject({
    from: fuzzyDateSchema
      .optional()
      .meta({ description: 'Start of the visible range (default: first event).' }),
    to: fuzzyDateSchema
      .optional()
      .meta({ description: 'End of the visible range (default: last event).' }),
    highlight: z.array(idSchema).meta({ description: 'Event ids highlighted at this step.' }),
    series: z
      .array(z.enum(TIMELINE_SERIES, { error: `must be one of ${TIMELINE_SERIES.join(', ')}` }))
      .meta({ description: 'Which series the timeline shows.' }),
  }),
});

export const noteSchema = z.strictObject({
  id: idSchema,
  heading: proseSchema('Heading', 90),
  text: proseSchema('Note text', 1500, true),
});

export const storySchema = z.strictObject({
  $schema: z.string().optional(),
  headline: proseSchema('Headline', 120, true),
  standfirst: proseSchema('Standfirst', 400, true),
  byline: proseSchema('Byline', 120),
  lastUpdated: fuzzyDateSchema.meta({
    description: 'Date of the latest data change (YYYY-MM-DD).',
  }),
  language: z.string().regex(/^[a-z]{2}$/),
  notes: z.array(noteSchema).meta({ description: 'Paragraphs of "Notes on the data".' }),
});

const fileOf = <T extends z.ZodType>(key: string, item: T) =>
  z.strictObject({
    $schema: z.string().optional().meta({ description: 'Path to the JSON Schema for editors.' }),
    [key]: z.array(item, { error: `${key} must be a list` }),
  });

export const eventsFileSchema = fileOf('events', eventSchema);
export const sourcesFileSchema = fileOf('sources', sourceSchema);
export const placesFileSchema = fileOf('places', placeSchema);
export const ratesFileSchema = fileOf('rates', rateSchema);
export const stepsFileSchema = fileOf('steps', stepSchema);

/** Every file in data/, with the schema that validates it. */
export const DATA_FILES = {
  'story.json': storySchema,
  'sources.json': sourcesFileSchema,
  'places.json': placesFileSchema,
  'events.json': eventsFileSchema,
  'rates.json': ratesFileSchema,
  'steps.json': stepsFileSchema,
  'corrections.json': correctionsFileSchema,
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export type Amount = z.infer<typeof amountSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Currency = Amount['currency'];
export type CargoLine = z.infer<typeof cargoLineSchema>;
export type CargoItem = CargoLine['item'];
export type Citation = z.infer<typeof citationSchema>;
export type AidEvent = z.infer<typeof eventSchema>;
export type EventKind = AidEvent['kind'];
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Rate = z.infer<typeof rateSchema>;
export type Step = z.infer<typeof stepSchema>;
export type TimelineSeries = Step['timeline']['series'][number];
export type Story = z.infer<typeof storySchema>;
export type Note = z.infer<typeof noteSchema>;

/** The whole validated dataset, as the app receives it. */
export interface Dataset {
  story: Story;
  sources: Source[];
  places: Place[];
  events: AidEvent[];
  rates: Rate[];
  steps: Step[];
  corrections: Correction[];
}
