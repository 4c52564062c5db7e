/**
 * Validates the raw text of every file in `data/`: strict JSON, then the Zod
 * schema of the file, then the cross-record checks. Every problem comes
 * back at once, located and explained for an editor, never as a Zod
 * internals message. Used by `npm run check:data`, the build and the dev
 * server.
 */
import { checkDataset, suggestClosest, type Locate } from './checkDataset.ts';
import { buildJsonSchema } from './describeSchema.ts';
import { checkPublication } from './checkPublication.ts';
import { decodeDataFile } from './decodeDataFile.ts';
import { PUBLISHED_FILE } from './publishedSchema.ts';
import { parseJsonWithLocations, type ParsedJson } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import {
  LIST_FILES,
  reconcilePartialProblems,
  salvageRecords,
  toFileIndex,
  type PartialList,
} from './salvageRecords.ts';
import { DATA_FILES, type DataFileName, type Dataset } from './schema.ts';
import { DATA_FILE_SHAPES } from './dataFileShapes.ts';
import { describeIssue, type IssueContext } from './describeIssue.ts';

export interface ValidationResult {
  /** The validated data; null when there is any error (warnings allowed). */
  dataset: Dataset | null;
  /** Errors and warnings, sorted by file, line and column. */
  problems: Problem[];
}

const FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

const DATASET_KEYS = {
  'story.json': 'story',
  'sources.json': 'sources',
  'places.json': 'places',
  'events.json': 'events',
  'rates.json': 'rates',
  'steps.json': 'steps',
  'corrections.json': 'corrections',
} as const satisfies Record<DataFileName, keyof Dataset>;

function internalError(file: string, error: unknown): Problem {
  return {
    severity: 'error',
    code: 'internal-error',
    file,
    line: 1,
    column: 1,
    path: '',
    message: `the checker itself failed on this file (${error instanceof Error ? error.message : String(error)})`,
    hint: 'this is a bug in the checker, not necessarily in your data: tell a developer',
  };
}

/** Parses and schema-checks one file; stores its data in `parts` when valid. */
function validateFile(
  file: DataFileName,
  text: string | undefined,
  parts: Partial<Dataset>,
  locators: Map<DataFileName, ParsedJson['locate']>,
  partials: Map<DataFileName, PartialList>,
): Problem[] {
  if (typeof text !== 'string') {
    return [
      {
        severity: 'error',
        code: 'missing-file',
        file,
        line: 1,
        column: 1,
        path: '',
        message: 'the file is missing',
        hint: `create data/${file} holding ${DATA_FILE_SHAPES[file]}; see data/README.md`,
      },
    ];
  }
  const parsed = parseJsonWithLocations(text, file);
  locators.set(file, parsed.locate);
  if (parsed.value === undefined) return parsed.problems;
  const schema = DATA_FILES[file];
  const result = schema.safeParse(parsed.value);
  if (result.success) {
    if (parsed.problems.length === 0) {
      const key = DATASET_KEYS[file];
      const data = result.data as Record<string, unknown>;
      Object.assign(parts, { [key]: key === 'story' ? data : data[key] });
    }
    return parsed.problems;
  }
  // The records that pass on their own still go through the cross-record checks.
  const list = LIST_FILES[file];
  const partial = list && salvageRecords(parsed.value, list.key, list.item);
  if (partial && parsed.problems.length === 0) {
    Object.assign(parts, { [DATASET_KEYS[file]]: partial.records });
    partials.set(file, partial);
  }
  const ctx: IssueContext = {
    file,
    root: parsed.value,
    schema: buildJsonSchema(file),
    locate: parsed.locate,
  };
  return [...parsed.problems, ...result.error.issues.flatMap((issue) => describeIssue(issue, ctx))];
}

function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Validates the raw text of every data file. Never throws.
 * @example validateDataset({ 'story.json': '{…}', 'events.json': undefined, … })
 * // { dataset: null, problems: [{ file: 'events.json', code: 'missing-file', … }, …] }
 */
export function validateDataset(
  files: Record<string, string | Uint8Array | undefined>,
  /** Today as YYYY-MM-DD, for the corrections' dates; the clock's (UTC) by default. */
  today = new Date().toISOString().slice(0, 10),
): ValidationResult {
  try {
    return validateAll(files, today);
  } catch (error) {
    return { dataset: null, problems: [internalError('', error)] };
  }
}

function validateAll(
  files: Record<string, string | Uint8Array | undefined>,
  today: string,
): ValidationResult {
  const problems: Problem[] = [];
  const parts: Partial<Dataset> = {};
  const locators = new Map<DataFileName, ParsedJson['locate']>();
  const partials = new Map<DataFileName, PartialList>();
  const input: Record<string, unknown> = files !== null && typeof files === 'object' ? files : {};

  for (const file of FILE_NAMES) {
    try {
      const content = Object.hasOwn(input, file) ? input[file] : undefined;
      const decoded = content instanceof Uint8Array ? decodeDataFile(content, file) : undefined;
      if (decoded?.problem) {
        problems.push(decoded.problem);
        continue;
      }
      const text = decoded?.text ?? content;
      problems.push(
        ...validateFile(
          file,
          typeof text === 'string' ? text : undefined,
          parts,
          locators,
          partials,
        ),
      );
    } catch (error) {
      problems.push(internalError(file, error));
    }
  }
  for (const name of Object.keys(input)) {
    if ([...FILE_NAMES, PUBLISHED_FILE].includes(name) || input[name] === undefined) continue;
    const suggestion = suggestClosest(name, FILE_NAMES);
    problems.push({
      severity: 'warning',
      code: 'unknown-file',
      file: name,
      line: 1,
      column: 1,
      path: '',
      message: "this is not one of the story's data files, so it is ignored",
      hint: suggestion
        ? `did you mean ${suggestion}? The files are: ${FILE_NAMES.join(', ')}`
        : `the files are: ${FILE_NAMES.join(', ')}`,
    });
  }

  try {
    const locate: Locate = (file, path, target) =>
      locators.get(file)?.(toFileIndex(path, partials.get(file)), target) ?? {
        line: 1,
        column: 1,
      };
    const published = input[PUBLISHED_FILE] as string | Uint8Array | undefined;
    const checked = [
      ...checkDataset(parts, locate),
      ...checkPublication(published, parts, locate, today),
    ];
    problems.push(...reconcilePartialProblems(checked, partials));
  } catch (error) {
    problems.push(internalError('', error));
  }

  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const id = `${p.file}|${p.line}|${p.column}|${p.code}|${p.path}|${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  unique.sort(compareProblems);
  const complete =
    partials.size === 0 && FILE_NAMES.every((file) => parts[DATASET_KEYS[file]] !== undefined);
  const dataset =
    complete && !unique.some((p) => p.severity === 'error') ? (parts as Dataset) : null;
  return { dataset, problems: unique };
}
