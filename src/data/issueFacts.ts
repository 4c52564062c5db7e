import type * as z from 'zod';
import type { Problem } from '../lib/model/problem.ts';
import type { JsonSchema } from './describeSchema.ts';
import type { JsonPath } from './locateJson.ts';
import type { DataFileName } from './schema.ts';

export type Issue = z.core.$ZodIssue;

/** What describeIssue knows about an issue's place, handed to the function for its kind of issue. */
export interface IssueFacts {
  file: DataFileName;
  path: JsonPath;
  /** The field's name, or its index in a list. */
  key: string | number | undefined;
  value: unknown;
  fieldSchema: JsonSchema | undefined;
  /** The field may be left out. */
  optional: boolean;
  /** Our schema's own message for this rule, if it has one (never Zod's English default). */
  custom: string | undefined;
  /** A located error at `at` (the issue's path by default), on the value or on its key. */
  make: (
    code: string,
    message: string,
    hint: string,
    at?: JsonPath,
    target?: 'value' | 'key',
  ) => Problem;
}
