/**
 * Strict JSON parsing that remembers where every value sits, so a problem
 * found later (by the schema or a cross-record check) can name the line and
 * column an editor must go to. Syntax errors become problems too, with a
 * message in plain words and a hint at the likely fix (describeSyntaxError.ts).
 */
import { findDeepNesting, MAX_NESTING } from './findDeepNesting.ts';
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { Problem } from '../lib/model/problem.ts';
import { describeSyntaxError } from './describeSyntaxError.ts';
import { findDuplicateKeys } from './findDuplicateKeys.ts';
import { lineStarts, positionAt, type Position } from './positionAt.ts';

// Callers import these from here; each lives in its own file.
export { formatPath } from './formatPath.ts';
export { positionAt, type Position } from './positionAt.ts';

/** Where a value sits: keys and list positions, e.g. `['events', 3, 'amount']`. */
export type JsonPath = readonly (string | number)[];

export interface ParsedJson {
  /** The parsed value, or undefined when the text is not valid JSON. */
  value: unknown;
  /** Syntax problems (at most one: the first; what follows it is unreliable) and duplicate keys. */
  problems: Problem[];
  /** Finds a path in the text; see {@link locateInTree}. */
  locate: (path: JsonPath, target?: 'value' | 'key') => Position;
}

/**
 * Offset of the value at `path` (or of its key, for `target: 'key'`). When
 * the path does not exist, the nearest existing ancestor: a missing key
 * points at the object that should hold it.
 */
export function locateInTree(
  tree: Node | undefined,
  path: JsonPath,
  target: 'value' | 'key' = 'value',
): number {
  if (!tree) return 0;
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length) as (string | number)[]);
    if (!node) continue;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return target === 'key' && length === path.length && key ? key.offset : node.offset;
  }
  return tree.offset;
}

/**
 * The 1-based position of the value at `path` in JSON text (of its key, for
 * `target: 'key'`), or of the nearest existing ancestor when the path does
 * not exist. Tolerates broken JSON as far as it can.
 * @example locateJsonPath('{\n  "events": [\n    { "id": "a" }\n  ]\n}', ['events', 0, 'id']) // { line: 3, column: 13 }
 */
export function locateJsonPath(
  text: string,
  path: JsonPath,
  target: 'value' | 'key' = 'value',
): Position {
  return positionAt(text, locateInTree(parseTree(text, []), path, target));
}

/**
 * Parses strict JSON (no comments, no trailing commas) and returns the value
 * with a locator for later problems. Never throws.
 * @example parseJsonWithLocations('{"a": [1, 2]}', 'x.json').locate(['a', 1]) // { line: 1, column: 11 }
 */
export function parseJsonWithLocations(text: string, file: string): ParsedJson {
  const starts = lineStarts(text);
  const tooDeep = findDeepNesting(text);
  if (tooDeep !== -1) {
    return {
      value: undefined,
      locate: () => positionAt(text, tooDeep, starts),
      problems: [
        {
          severity: 'error',
          code: 'json-too-deep',
          file,
          ...positionAt(text, tooDeep, starts),
          path: '',
          message: `lists and objects are nested more than ${MAX_NESTING} levels deep here`,
          hint: 'no data file needs this depth: look for a paste gone wrong (runs of "[" or "{") and remove the extra brackets',
        },
      ],
    };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const locate = (path: JsonPath, target: 'value' | 'key' = 'value'): Position =>
    positionAt(text, locateInTree(tree, path, target), starts);
  const first = errors[0];
  if (first || text.trim() === '') {
    const syntax = describeSyntaxError(
      text,
      first ? printParseErrorCode(first.error) : 'ValueExpected',
      first?.offset ?? 0,
      first?.length ?? 0,
    );
    const { offset, ...rest } = syntax;
    return {
      value: undefined,
      locate,
      problems: [
        { severity: 'error', file, ...positionAt(text, offset, starts), path: '', ...rest },
      ],
    };
  }
  let value: unknown;
  try {
    // JSON.parse has the last word on what is JSON; jsonc-parser finds positions.
    value = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    return {
      value: undefined,
      locate,
      problems: [
        {
          severity: 'error',
          code: 'json-syntax',
          file,
          ...positionAt(text, Number(at ?? 0), starts),
          path: '',
          message: 'this is not valid JSON',
          hint: 'check the quotes, commas and brackets around this point',
        },
      ],
    };
  }
  return { value, locate, problems: tree ? findDuplicateKeys(tree, text, file, starts) : [] };
}
