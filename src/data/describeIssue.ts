/**
 * Turns Zod's issues into problems an editor can act on: what is wrong, in
 * words, and how to fix it. Each kind of issue has a file of its own
 * (describeTypeIssue, describeChoiceIssue, describeSizeIssue,
 * describeFormatIssue, describeCustomIssue); this one works out the facts
 * they share and handles unknown and missing fields.
 */
import { formatPath, type JsonPath, type ParsedJson } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import { allowedKeys, schemaAt, type JsonSchema } from './describeSchema.ts';
import { suggestClosest } from './suggestClosest.ts';
import type { DataFileName } from './schema.ts';
import type { Issue, IssueFacts } from './issueFacts.ts';
import { describeValue, valueAt } from './describeValue.ts';
import { fieldDescription, placeholder } from './describeFieldSchema.ts';
import { describeTypeIssue } from './describeTypeIssue.ts';
import { describeChoiceIssue } from './describeChoiceIssue.ts';
import { describeSizeIssue } from './describeSizeIssue.ts';
import { describeFormatIssue } from './describeFormatIssue.ts';
import { describeCustomIssue } from './describeCustomIssue.ts';

/** Zod's own English messages; our schemas' custom messages never start like this. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key)/;

export interface IssueContext {
  file: DataFileName;
  root: unknown;
  schema: JsonSchema;
  locate: ParsedJson['locate'];
}

/** Turns one Zod issue into problems an editor can act on (several for several unknown keys). */
export function describeIssue(issue: Issue, ctx: IssueContext): Problem[] {
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

  const facts: IssueFacts = {
    file: ctx.file,
    path,
    key,
    value,
    fieldSchema,
    optional,
    custom,
    make,
  };
  const described =
    issue.code === 'invalid_type'
      ? describeTypeIssue(issue, facts)
      : issue.code === 'invalid_value'
        ? describeChoiceIssue(issue, facts)
        : issue.code === 'too_small' || issue.code === 'too_big'
          ? describeSizeIssue(issue, facts)
          : issue.code === 'invalid_format'
            ? describeFormatIssue(issue, facts)
            : issue.code === 'custom'
              ? describeCustomIssue(issue, facts)
              : null;
  if (described) return described;
  return [
    make(
      'invalid-value',
      custom ? `is not valid: ${custom}` : `${describeValue(value)} is not allowed here`,
      custom ?? 'check this value against the field reference in data/README.md',
    ),
  ];
}
