/**
 * Turns the Zod schemas into what editors read: the JSON Schemas in
 * `data/schema/` (autocompletion and inline checks in their editor) and the
 * field reference tables in `data/README.md`. Pure functions; the script
 * `npm run schema` writes their output and a test checks it is current.
 */
import * as z from 'zod';
import { DATA_FILES, idSchema, type DataFileName } from './schema.ts';
import { isValidFuzzyDate } from '../lib/model/fuzzyDate.ts';
import type { JsonPath } from './locateJson.ts';

/** The subset of JSON Schema that Zod emits for our schemas. */
export interface JsonSchema {
  $schema?: string;
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

export const FIELDS_START = '<!-- fields:start -->';
export const FIELDS_END = '<!-- fields:end -->';

/** The data file names, in the order of DATA_FILES. */
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** `events.json` → `events.schema.json`. */
export function schemaFileName(file: DataFileName): string {
  return file.replace(/\.json$/, '.schema.json');
}

const ID_PATTERN_SOURCE = (z.toJSONSchema(idSchema) as JsonSchema).pattern;

const cache = new Map<DataFileName, JsonSchema>();

/**
 * The JSON Schema of one data file, describing what an editor may write
 * (Zod's input side). Refinements that JSON Schema cannot express, such as
 * "a real calendar date", are left to `npm run check:data`.
 */
export function buildJsonSchema(file: DataFileName): JsonSchema {
  let schema = cache.get(file);
  if (!schema) {
    schema = z.toJSONSchema(DATA_FILES[file], {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchema;
    cache.set(file, schema);
  }
  return schema;
}

/** The text of `data/schema/<stem>.schema.json`: two-space indent, trailing newline. */
export function renderSchemaFile(file: DataFileName): string {
  return `${JSON.stringify(buildJsonSchema(file), null, 2)}\n`;
}

/** The alternatives of a union, or the schema itself. */
function variants(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
}

/**
 * The sub-schema for a path inside a file, or undefined when the path is not
 * part of the schema (an unknown key).
 * @example schemaAt(buildJsonSchema('events.json'), ['events', 0, 'amount'])?.required // ['value', 'currency', 'qualifier']
 */
export function schemaAt(schema: JsonSchema | undefined, path: JsonPath): JsonSchema | undefined {
  let current = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const options = variants(current);
    current =
      typeof segment === 'number'
        ? options.find((o) => o.items)?.items
        : options.find((o) => o.properties && Object.hasOwn(o.properties, segment))?.properties?.[
            segment
          ];
  }
  return current;
}

/** Field names allowed in the object at `path`. */
export function allowedKeys(schema: JsonSchema | undefined): string[] {
  return schema ? variants(schema).flatMap((o) => Object.keys(o.properties ?? {})) : [];
}

function typeOf(schema: JsonSchema): string | undefined {
  for (const option of variants(schema)) {
    if (typeof option.type === 'string') return option.type;
  }
  return undefined;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => `\`${String(v)}\``).join(', ');
}

/**
 * A short, plain-English type: "text, 1–90 characters", "number ≥ 0",
 * "one of `USD`, `AZN`, `EUR`", "list of place ids".
 */
export function describeType(schema: JsonSchema): string {
  if (schema.enum) return `one of ${quoteList(schema.enum)}`;
  const type = typeOf(schema);
  if (type === 'string') {
    if (schema.format === 'uri') return 'web address (https://…)';
    if (schema.pattern === ID_PATTERN_SOURCE) return 'id';
    if (schema.examples?.every((e) => typeof e === 'string' && isValidFuzzyDate(e))) return 'date';
    if (schema.pattern === '^[a-z]{2}$') return 'two-letter code in lower case, e.g. `en`';
    if (schema.pattern === '^[A-Z]{2}$') return 'two-letter code in capitals, e.g. `UA`';
    const parts = ['text'];
    if (schema.minLength !== undefined && schema.maxLength !== undefined) {
      parts.push(`${schema.minLength}–${schema.maxLength} characters`);
    } else if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
    if (schema.pattern && !schema.description) parts.push(`matching \`${schema.pattern}\``);
    return parts.join(', ');
  }
  if (type === 'number' || type === 'integer') {
    if (schema.minimum !== undefined && schema.maximum !== undefined) {
      return `number from ${schema.minimum} to ${schema.maximum}`;
    }
    const limits = [
      schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
      schema.exclusiveMinimum !== undefined ? `> ${schema.exclusiveMinimum}` : '',
      schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
      schema.exclusiveMaximum !== undefined ? `< ${schema.exclusiveMaximum}` : '',
    ].filter(Boolean);
    return ['number', ...limits].join(' ');
  }
  if (type === 'array') {
    const item = schema.items ? describeType(schema.items) : 'anything';
    const items = item === 'object' || item === 'id' ? `${item}s` : item;
    return `list of ${items}${schema.minItems ? `, at least ${schema.minItems}` : ''}`;
  }
  if (type === 'object') return 'object';
  if (type === 'boolean') return 'true or false';
  return 'anything';
}

export interface FieldRow {
  /** `events[].amount.currency` */
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** One row per field, depth first, in schema order. */
export function describeFields(schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const option of variants(schema)) {
    for (const [key, field] of Object.entries(option.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const examples = field.examples?.length ? ` Examples: ${quoteList(field.examples)}.` : '';
      rows.push({
        path,
        type: describeType(field),
        required: option.required?.includes(key) ?? false,
        description: `${field.description ?? ''}${examples}`.trim(),
      });
      let inner: JsonSchema | undefined = field;
      let innerPath = path;
      while (inner && typeOf(inner) === 'array') {
        inner = inner.items;
        innerPath += '[]';
      }
      if (inner && typeOf(inner) === 'object') rows.push(...describeFields(inner, innerPath));
    }
  }
  return rows;
}

/** Markdown table cells must not break the table or turn prose into links. */
function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_[\]<>])/g, '\\$1')
    .replace(/\n/g, ' ');
}

/** The Markdown reference for every data file (what goes between the README markers). */
export function renderFieldReference(): string {
  const sections = DATA_FILE_NAMES.map((file) => {
    const rows = describeFields(buildJsonSchema(file)).map(
      (row) =>
        `| \`${row.path}\` | ${row.type.replace(/\|/g, '\\|')} | ${row.required ? 'yes' : 'no'} | ${escapeCell(row.description)} |`,
    );
    return [
      `### ${file}`,
      '',
      `JSON Schema: [schema/${schemaFileName(file)}](schema/${schemaFileName(file)})`,
      '',
      '| Field | Type | Required | Description |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [
    '',
    '<!-- Generated by `npm run schema` from src/data/schema.ts. Do not edit by hand. -->',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}

const INTRO = `# The story's data

Every fact the story shows lives in the JSON files in this folder. Edit them
in any text editor, then run \`npm run check:data\`: it lists every mistake
with its file, line, column, field and how to fix it.

The JSON Schemas in \`schema/\` describe each file. A file that points at its
schema, e.g. \`"$schema": "./schema/events.schema.json"\`, gets field-name
completion and inline checks in editors such as VS Code.

## Field reference

`;

/**
 * Puts the generated reference between the markers, keeping everything
 * else in the README as it is; creates a README when there is none.
 */
export function updateReadme(
  readme: string | undefined,
  reference = renderFieldReference(),
): string {
  const block = `${FIELDS_START}\n${reference}${FIELDS_END}`;
  if (readme === undefined) return `${INTRO}${block}\n`;
  const start = readme.indexOf(FIELDS_START);
  const end = readme.indexOf(FIELDS_END, start);
  if (start === -1 || end === -1) {
    return `${readme.replace(/\s*$/, '')}\n\n## Field reference\n\n${block}\n`;
  }
  return `${readme.slice(0, start)}${block}${readme.slice(end + FIELDS_END.length)}`;
}

/** The text currently between the README markers, or undefined. */
export function readFieldReference(readme: string): string | undefined {
  const start = readme.indexOf(FIELDS_START);
  const end = readme.indexOf(FIELDS_END, start);
  if (start === -1 || end === -1) return undefined;
  return readme.slice(start + FIELDS_START.length + 1, end);
}
