/**
 * Validates the raw text of every file in `data/`: strict JSON, then the Zod
 * schema of the file, then the cross-record checks. Every problem comes
 * back at once, located and explained for an editor, never as a Zod
 * internals message. Used by `npm run check:data`, the build and the dev
 * server.
 */
import type * as z from 'zod';
import { checkDataset, suggestClosest, type Locate } from './checkDataset.ts';
import {
  allowedKeys,
  buildJsonSchema,
  describeType,
  schemaAt,
  type JsonSchema,
} from './describeSchema.ts';
import { checkPublication } from './checkPublication.ts';
import { decodeDataFile } from './decodeDataFile.ts';
import { PUBLISHED_FILE } from './publishedSchema.ts';
import { MONTHS, parseFuzzyDate } from '../lib/model/fuzzyDate.ts';
import {
  formatPath,
  parseJsonWithLocations,
  type JsonPath,
  type ParsedJson,
} from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import {
  LIST_FILES,
  reconcilePartialProblems,
  salvageRecords,
  toFileIndex,
  type PartialList,
} from './salvageRecords.ts';
import { DATA_FILES, type DataFileName, type Dataset } from './schema.ts';
import { describeUrlCredentials } from './urlCredentials.ts';

export interface ValidationResult {
  /** The validated data; null when there is any error (warnings allowed). */
  dataset: Dataset | null;
  /** Errors and warnings, sorted by file, line and column. */
  problems: Problem[];
}

const FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

const SHAPES: Record<DataFileName, string> = {
  'story.json':
    '{ "headline": …, "standfirst": …, "byline": …, "lastUpdated": …, "language": …, "notes": [ … ] }',
  'sources.json': '{ "sources": [ … ] }',
  'places.json': '{ "places": [ … ] }',
  'events.json': '{ "events": [ … ] }',
  'rates.json': '{ "rates": [ … ] }',
  'steps.json': '{ "steps": [ … ] }',
  'corrections.json': '{ "corrections": [ … ] } (an empty list when there are none)',
};

/** Zod's own English messages; our schemas' custom messages never start like this. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key)/;

type Issue = z.core.$ZodIssue;

/** The value at `path` inside parsed JSON, own properties only. */
function valueAt(root: unknown, path: JsonPath): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How a value reads to an editor: `the text "1,000"`, `the number 5`, `a list`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value === '' ? 'empty text' : `the text ${JSON.stringify(shorten(value))}`;
  if (typeof value === 'number')
    return Number.isFinite(value) ? `the number ${value}` : 'an infinite number';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return 'nothing';
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

/** "1,000,000", "7.6 million", "$34M" → the number meant, if it is clearly one. */
function parseLooseNumber(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[$€£]\s*/, '')
    .replace(/\s*(usd|azn|eur|manats?|dollars?)$/i, '');
  const match = /^(\d[\d,\s]*(?:\.\d+)?)\s*(million|mln|m|billion|bn|thousand|k)?$/i.exec(cleaned);
  if (!match?.[1]) return undefined;
  const base = Number(match[1].replace(/[,\s]/g, ''));
  const unit = (match[2] ?? '').toLowerCase();
  const factor = /^(million|mln|m)$/.test(unit)
    ? 1e6
    : /^(billion|bn)$/.test(unit)
      ? 1e9
      : unit
        ? 1e3
        : 1;
  const value = Math.round(base * factor * 100) / 100;
  return Number.isFinite(value) ? value : undefined;
}

/** 1000000000000 → "1,000,000,000,000": a bound an editor can count the zeros of. */
function describeLimit(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 10_000 && Math.abs(value) < 1e21
    ? value.toLocaleString('en-US')
    : String(value);
}

/** A value to show in "add …" hints. */
function placeholder(schema: JsonSchema | undefined): string {
  if (!schema) return '…';
  if (schema.enum) return `${JSON.stringify(schema.enum[0])} (one of ${schema.enum.join(', ')})`;
  const type = plainType(schema);
  if (type === 'date') return '"YYYY-MM-DD"';
  if (type.startsWith('web address')) return '"https://…"';
  if (type.startsWith('number')) return 'a number';
  if (type.startsWith('list')) return '[ … ]';
  if (type === 'object') {
    const fields = (schema.required ?? []).map((k) => `"${k}": …`).join(', ');
    return fields ? `{ ${fields} }` : '{ … }';
  }
  return '"…"';
}

/** describeType without Markdown, for terminal messages. */
function plainType(schema: JsonSchema | undefined): string {
  return schema ? describeType(schema).replace(/`/g, '"') : 'the expected form';
}

function fieldDescription(schema: JsonSchema | undefined): string {
  const description = schema?.description;
  // Prose fields all say "Plain text; *emphasis* … allowed": noise in a hint.
  if (
    !description ||
    schema?.enum ||
    plainType(schema) === 'date' ||
    description.includes('Plain text;')
  ) {
    return '';
  }
  return ` (${description.replace(/\.$/, '')})`;
}

/** "Convoy 1 (Oct)" → "convoy-1-oct". */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Why a date is not real, in words: "February 2025 has 28 days". */
function explainDate(text: string): { why: string; suggestion?: string } {
  const single = (part: string): { why: string; suggestion?: string } | undefined => {
    const ymd = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
    if (ymd) {
      const year = Number(ymd[1]);
      const month = ymd[2] === undefined ? undefined : Number(ymd[2]);
      const day = ymd[3] === undefined ? undefined : Number(ymd[3]);
      if (year < 1900 || year > 2200)
        return { why: `the year ${year} is outside the years allowed, 1900–2200` };
      if (month !== undefined && (month < 1 || month > 12))
        return { why: `there is no month ${ymd[2]}` };
      if (month !== undefined && day !== undefined) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (day < 1 || day > days) {
          return { why: `${MONTHS[month - 1]} ${year} has ${days} days` };
        }
      }
      return undefined;
    }
    const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(part);
    if (dmy) {
      const iso = `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
      return {
        why: 'it is not written year first',
        ...(parseFuzzyDate(iso) ? { suggestion: iso } : {}),
      };
    }
    return { why: 'it is not written as YYYY-MM-DD, YYYY-MM or YYYY' };
  };
  const parts = text.split('/');
  if (parts.length === 2 && parts.every((p) => /^\d{4}/.test(p))) {
    for (const part of parts) {
      const problem = single(part);
      if (problem) return problem;
    }
    return { why: 'the range ends before it starts' };
  }
  return single(text) ?? { why: 'it is not a calendar date' };
}

interface IssueContext {
  file: DataFileName;
  root: unknown;
  schema: JsonSchema;
  locate: ParsedJson['locate'];
}

/** Turns one Zod issue into problems an editor can act on (several for several unknown keys). */
function describeIssue(issue: Issue, ctx: IssueContext): Problem[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const key = path.at(-1);
  const parentPath = path.slice(0, -1);
  const { found, value } = valueAt(ctx.root, path);
  const fieldSchema = schemaAt(ctx.schema, path);
  const parentSchema = schemaAt(ctx.schema, parentPath);
  const optional = typeof key === 'string' && !(parentSchema?.required ?? []).includes(key);
  const custom = ZOD_DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;
  const make = (
    code: string,
    message: string,
    hint: string,
    at: JsonPath = path,
    target: 'value' | 'key' = 'value',
  ): Problem => ({
    severity: 'error',
    code,
    file: ctx.file,
    ...ctx.locate(at, target),
    path: formatPath(at),
    message,
    hint,
  });

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schemaAt(ctx.schema, path));
    return issue.keys.map((unknown) => {
      const suggestion = suggestClosest(unknown, allowed);
      return make(
        'unknown-field',
        `unknown field "${unknown}"`,
        suggestion
          ? `remove it, or check its spelling: did you mean "${suggestion}"?`
          : `remove it, or check its spelling; fields allowed here: ${allowed.join(', ')}`,
        [...path, unknown],
        'key',
      );
    });
  }

  if (!found && typeof key === 'string') {
    return [
      make(
        'missing-field',
        `required field "${key}" is missing`,
        `add "${key}": ${placeholder(fieldSchema)}${fieldDescription(fieldSchema)}`,
      ),
    ];
  }

  switch (issue.code) {
    case 'invalid_type': {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return [
          make(
            'not-finite',
            'is too large to be a number (JSON reads it as infinity)',
            'write the figure in full digits, e.g. 45000000',
          ),
        ];
      }
      const kind = plainType(fieldSchema);
      const expected =
        issue.expected === 'string' && kind === 'date'
          ? 'a date in double quotes, e.g. "2025-08-13"'
          : issue.expected === 'string' && kind === 'id'
            ? 'an id in double quotes, e.g. "convoy-2023-10-30"'
            : (EXPECTED_NAMES[issue.expected] ?? issue.expected);
      let hint = custom ?? `write ${expected}`;
      if (value === null && optional)
        hint = `leave "${key}" out when there is nothing to say, or write ${expected}`;
      else if (issue.expected === 'number' && typeof value === 'string') {
        const number = parseLooseNumber(value);
        hint =
          number === undefined
            ? 'write a plain number without quotes, e.g. 1000000 (no "1M", no thousands separators)'
            : `write ${number} without quotes (no "M", no thousands separators)`;
      } else if (
        issue.expected === 'string' &&
        (typeof value === 'number' || typeof value === 'boolean')
      ) {
        hint = `put it in double quotes: "${String(value)}"`;
      } else if (issue.expected === 'array' && typeof value === 'string') {
        hint = `write a list in square brackets, e.g. [${JSON.stringify(shorten(value))}]`;
      } else if (issue.expected === 'object' && path.length === 0) {
        hint = `the file must hold one object: ${SHAPES[ctx.file]}`;
      } else if (issue.expected === 'object') {
        hint = `write an object in curly braces: ${placeholder(fieldSchema)}`;
      }
      return [make('wrong-type', `must be ${expected}, not ${describeValue(value)}`, hint)];
    }

    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = typeof value === 'string' ? suggestClosest(value, values) : undefined;
      const isCurrency = key === 'currency';
      let hint = suggestion
        ? `did you mean "${suggestion}"? Write it exactly as listed`
        : 'write one of the allowed values exactly as listed, in double quotes';
      if (isCurrency && !suggestion) {
        hint = `the story converts only ${values.join(', ')}; a figure in another currency needs that currency added to CURRENCIES in src/data/schema.ts and a rate in rates.json (ask a developer)`;
      } else if (custom && !custom.startsWith('must be one of')) hint += `; ${custom}`;
      return [
        make(
          'invalid-choice',
          `must be one of ${values.join(', ')}, not ${describeValue(value)}`,
          hint,
        ),
      ];
    }

    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.origin === 'number') {
        if (issue.code === 'too_small' && limit === 0 && issue.inclusive !== false) {
          return [
            make(
              'negative-number',
              `cannot be negative, but is ${String(value)}`,
              'write the figure without a minus sign; the story only records amounts given or shipped',
            ),
          ];
        }
        const bound =
          issue.code === 'too_small'
            ? `${issue.inclusive === false ? 'greater than' : 'at least'} ${describeLimit(limit)}`
            : `${issue.inclusive === false ? 'less than' : 'at most'} ${describeLimit(limit)}`;
        const coordinate =
          key === 'lon' || key === 'lat'
            ? 'lon is degrees east and lat degrees north (Kyiv: lon 30.52, lat 50.45); check they are not swapped'
            : undefined;
        return [
          make(
            'out-of-range',
            `must be ${bound}, but is ${typeof value === 'number' ? describeLimit(value) : String(value)}`,
            coordinate ?? custom ?? `write a number ${bound}`,
          ),
        ];
      }
      if (issue.origin === 'string') {
        if (issue.code === 'too_small') {
          return [
            make(
              'empty-text',
              'is empty',
              optional
                ? `write the text, or leave "${key}" out`
                : 'write the text; this field is required',
            ),
          ];
        }
        const length = typeof value === 'string' ? value.trim().length : 0;
        return [
          make(
            'too-long',
            `is ${length} characters long; at most ${limit} are allowed`,
            custom ?? `shorten it to ${limit} characters or fewer`,
          ),
        ];
      }
      if (issue.origin === 'array') {
        const bound = issue.code === 'too_small' ? `at least ${limit}` : `at most ${limit}`;
        return [
          make(
            issue.code === 'too_small' ? 'empty-list' : 'too-many',
            `must list ${bound} item${limit === 1 ? '' : 's'}`,
            custom ?? `the list needs ${bound} items`,
          ),
        ];
      }
      break;
    }

    case 'invalid_format': {
      const text = typeof value === 'string' ? value : '';
      if (issue.format === 'url') {
        const fixed = /^[a-z][\w.-]*\.[a-z]{2,}/i.test(text) ? `; try "https://${text}"` : '';
        return [
          make(
            'invalid-url',
            `${describeValue(value)} is not a full web address`,
            `${custom ?? 'write the full address, starting with https://'}${fixed}`,
          ),
        ];
      }
      if (plainType(fieldSchema) === 'id' || key === 'id') {
        const slug = slugify(text);
        const tip = slug && slug !== text ? `; try "${slug}"` : '';
        return [
          make(
            'invalid-id',
            `"${shorten(text)}" is not a valid id`,
            `${custom ?? 'ids use lower-case letters, digits and single hyphens'}${tip}`,
          ),
        ];
      }
      const form = plainType(fieldSchema);
      const wanted = form.startsWith('two-letter') ? `a ${form}` : `in the expected form (${form})`;
      return [
        make(
          'invalid-format',
          `${describeValue(value)} is not ${wanted}`,
          custom ?? `write ${wanted}`,
        ),
      ];
    }

    case 'custom': {
      const deceptive = typeof value === 'string' ? describeUrlCredentials(value) : null;
      if (deceptive) return [make('url-credentials', deceptive.message, deceptive.hint)];
      if (typeof value === 'string' && !parseFuzzyDate(value)) {
        const { why, suggestion } = explainDate(value);
        return [
          make(
            'invalid-date',
            `"${shorten(value)}" is not a real date: ${why}`,
            `${suggestion ? `did you mean "${suggestion}"? ` : ''}write YYYY-MM-DD, YYYY-MM, YYYY, or a range FROM/TO (e.g. "2026-01-16/2026-01-27")`,
          ),
        ];
      }
      break;
    }

    default:
      break;
  }
  return [
    make(
      'invalid-value',
      custom ? `is not valid: ${custom}` : `${describeValue(value)} is not allowed here`,
      custom ?? 'check this value against the field reference in data/README.md',
    ),
  ];
}

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
        hint: `create data/${file} holding ${SHAPES[file]}; see data/README.md`,
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
