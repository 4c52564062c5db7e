/**
 * The one way the cross-record checks record a problem: located in its
 * file, with the path written as an editor reads it.
 */
import { formatPath, type JsonPath, type Position } from './locateJson.ts';
import type { Problem } from '../lib/model/problem.ts';
import type { DataFileName } from './schema.ts';

/** Finds a path in one of the data files; `'key'` points at the field name rather than its value. */
export type Locate = (file: DataFileName, path: JsonPath, target?: 'value' | 'key') => Position;

export type Report = (
  severity: Problem['severity'],
  code: string,
  file: DataFileName,
  path: JsonPath,
  message: string,
  hint: string,
  related?: string[],
) => void;

/** A Locate for checks run without file texts (unit tests): everything at 1:1. */
export const nowhere: Locate = () => ({ line: 1, column: 1 });

/**
 * A Report that appends to `problems`, located with `locate`.
 * @example const report = reporter(problems, locate); report('error', 'unknown-place', 'events.json', ['events', 0, 'origin'], '…', '…')
 */
export function reporter(problems: Problem[], locate: Locate): Report {
  return (severity, code, file, path, message, hint, related) => {
    problems.push({
      severity,
      code,
      file,
      ...locate(file, path),
      path: formatPath(path),
      message,
      hint,
      ...(related?.length ? { related: [...new Set(related)] } : {}),
    });
  };
}
