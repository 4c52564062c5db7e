/**
 * The text fields of a data set: every string the schema calls free text
 * (titles, texts, names, notes, excerpts…), not ids, dates, codes or
 * addresses. Read from the schema itself, so a field added later is
 * covered by the tests that use this.
 */
import { buildJsonSchema, describeType, schemaAt } from '../../src/data/describeSchema.ts';
import type { JsonPath } from '../../src/data/locateJson.ts';
import { DATA_FILES, type DataFileName } from '../../src/data/schema.ts';

export interface TextField {
  file: DataFileName;
  /** Path inside the file, e.g. ['events', 3, 'title']. */
  path: JsonPath;
  maxLength: number;
}

function walk(value: unknown, path: JsonPath, visit: (path: JsonPath) => void): void {
  if (typeof value === 'string') visit(path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
  }
}

/**
 * Every text field present in `files` (parsed JSON by file name).
 * @example listTextFields({ 'steps.json': { steps: [{ id: 'a', title: 'T', … }] }, … })
 * // [{ file: 'steps.json', path: ['steps', 0, 'title'], maxLength: 90 }, …]
 */
export function listTextFields(files: Partial<Record<DataFileName, unknown>>): TextField[] {
  const fields: TextField[] = [];
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    const schema = buildJsonSchema(file);
    walk(files[file], [], (path) => {
      if (path.at(-1) === '$schema') return;
      const field = schemaAt(schema, path);
      if (!field || !describeType(field).startsWith('text')) return;
      fields.push({ file, path, maxLength: field.maxLength ?? Infinity });
    });
  }
  return fields;
}

/** Sets the value at `path` inside parsed JSON. */
export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) throw new Error('setAt needs a non-empty path');
  node[last] = value;
}

/** The value at `path` inside parsed JSON. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) node = (node as Record<string | number, unknown>)[segment];
  return node;
}
