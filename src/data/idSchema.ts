/** The form of every record id in data/; its own module so the schema files can share it without importing each other. */
import * as z from 'zod';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string({ error: 'must be a text id such as "convoy-2023-10-30"' })
  .regex(ID_PATTERN, {
    error: 'ids use lower-case letters, digits and single hyphens, e.g. "convoy-2023-10-30"',
  })
  .meta({ description: 'Stable id: lower-case letters, digits and hyphens.' });
