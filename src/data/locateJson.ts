/**
 * Strict JSON parsing that remembers where every value sits, so a problem
 * found later (by the schema or a cross-record check) can name the line and
 * column an editor must go to. Syntax errors become problems too, with a
 * message in plain words and a hint at the likely fix.
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

/** Where a value sits: keys and list positions, e.g. `['events', 3, 'amount']`. */
export type JsonPath = readonly (string | number)[];

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface ParsedJson {
  /** The parsed value, or undefined when the text is not valid JSON. */
  value: unknown;
  /** Syntax problems (at most one: the first; what follows it is unreliable) and duplicate keys. */
  problems: Problem[];
  /** Finds a path in the text; see {@link locateInTree}. */
  locate: (path: JsonPath, target?: 'value' | 'key') => Position;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way an editor reads it.
 * @example formatPath(['events', 3, 'amount']) // 'events[3].amount'
 * @example formatPath(['notes', 0, 'odd key']) // 'notes[0]["odd key"]'
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Offsets of the first character of each line (after \n, \r\n or a lone \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Turns a character offset into a 1-based line and column.
 * @example positionAt('{\n  "a": 1\n}', 4) // { line: 2, column: 3 }
 */
export function positionAt(text: string, offset: number, starts = lineStarts(text)): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
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

type Syntax = Pick<Problem, 'code' | 'message' | 'hint'> & { offset: number };

/** The unclosed `{` and `[` before `offset`, ignoring brackets inside strings. */
function openContainers(text: string, offset: number): { char: '{' | '['; offset: number }[] {
  const stack: { char: '{' | '['; offset: number }[] = [];
  let inString = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"' || ch === '\n' || ch === '\r') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') stack.push({ char: ch, offset: i });
    else if (ch === '}' || ch === ']') stack.pop();
  }
  return stack;
}

/** Offset of the last non-blank character before `offset`, or -1. */
function previousNonBlank(text: string, offset: number): number {
  let i = Math.min(offset, text.length) - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return i;
}

const QUOTE_HINT = 'JSON needs straight double quotes around text and field names: "like this"';

function describeSymbol(text: string, offset: number, token: string): Syntax {
  const first = token[0] ?? '';
  if (first === '\uFEFF') {
    return {
      code: 'json-syntax',
      offset,
      message: 'the file starts with an invisible byte-order mark',
      hint: 'save the file as "UTF-8" (without BOM) in your editor',
    };
  }
  if (/[“”„‟″]/.test(first)) {
    return {
      code: 'json-bad-quotes',
      offset,
      message: `curly quote ${first} where JSON needs a straight quote "`,
      hint: `${QUOTE_HINT}; curly quotes often come from pasting out of a word processor`,
    };
  }
  if (first === "'" || /[‘’]/.test(first)) {
    return {
      code: 'json-bad-quotes',
      offset,
      message: `single quote ${first} where JSON needs "`,
      hint: QUOTE_HINT,
    };
  }
  const word = /^[A-Za-z_$][\w$-]*/.exec(token)?.[0];
  if (word && /^(true|false|null)$/i.test(word)) {
    return {
      code: 'json-syntax',
      offset,
      message: `"${word}" is not a JSON word`,
      hint: `write ${word.toLowerCase()} in lower case, without quotes`,
    };
  }
  if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
    return {
      code: 'json-bad-number',
      offset,
      message: `${word} is not allowed in JSON`,
      hint: 'write a plain number such as 1000000, or leave the field out',
    };
  }
  const hex = /^x/i.test(token) && text[offset - 1] === '0';
  if (/^[+.\d]/.test(first) || (first === '-' && !/^-\d/.test(token)) || hex) {
    return {
      code: 'json-bad-number',
      offset: hex ? offset - 1 : offset,
      message: `"${hex ? `0${token}` : token}" is not a valid number`,
      hint: 'write digits only, e.g. 1000000 or 0.5: no plus sign, no leading dot or zero, no thousands separators',
    };
  }
  const inObject = openContainers(text, offset).at(-1)?.char === '{';
  const before = text[previousNonBlank(text, offset)];
  if (word && inObject && (before === '{' || before === ',')) {
    return {
      code: 'json-bad-quotes',
      offset,
      message: `field name ${word} is not in double quotes`,
      hint: `write it as "${word}"`,
    };
  }
  return {
    code: 'json-syntax',
    offset,
    message: `unexpected ${word ? `word "${word}"` : `character "${first}"`}`,
    hint: word
      ? `text values need double quotes: "${word}"`
      : 'remove it, or put it inside a quoted text value',
  };
}

/** A string token that jsonc-parser rejected: find the offending character inside it. */
function describeStringError(text: string, start: number, end: number, kind: string): Syntax {
  for (let i = start + 1; i < end; i++) {
    const ch = text[i] ?? '';
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      if (next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        return {
          code: 'json-bad-string',
          offset: i,
          message: `"${text.slice(i, i + 6)}" is not a valid \\u escape`,
          hint: 'write the character itself, or \\u followed by exactly four hex digits',
        };
      }
      if (!/["\\/bfnrtu]/.test(next)) {
        return {
          code: 'json-bad-string',
          offset: i,
          message: `"\\${next}" is not a valid escape in text`,
          hint: 'write a backslash as \\\\; the only escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u',
        };
      }
      i++;
    } else if (ch.charCodeAt(0) < 0x20) {
      const name = ch === '\t' ? 'a tab' : 'an invisible control character';
      return {
        code: 'json-bad-string',
        offset: i,
        message: `text contains ${name}`,
        hint:
          ch === '\t'
            ? 'replace the tab with spaces'
            : 'delete it (it often comes with pasted text)',
      };
    }
  }
  return {
    code: 'json-bad-string',
    offset: start,
    message: `text is not valid (${kind})`,
    hint: QUOTE_HINT,
  };
}

function describeSyntaxError(text: string, code: string, offset: number, length: number): Syntax {
  const token = text.slice(offset, offset + Math.max(length, 1));
  const stack = openContainers(text, offset);
  const inner = stack.at(-1);
  const closer = inner?.char === '[' ? ']' : '}';
  const prev = previousNonBlank(text, offset);
  const prevPos = positionAt(text, prev);

  if (text.trim() === '') {
    return {
      code: 'json-empty',
      offset: 0,
      message: 'the file is empty',
      hint: 'restore its content from version history, or start from the example in data/README.md',
    };
  }
  if (code === 'InvalidCommentToken' || code === 'UnexpectedEndOfComment') {
    return {
      code: 'json-comment',
      offset,
      message: 'comments are not allowed in JSON',
      hint: 'remove the comment; to explain a record, use its "note" field',
    };
  }
  if (code === 'UnexpectedEndOfString') {
    const after = text[offset + length];
    return {
      code: after === undefined ? 'json-unexpected-end' : 'json-bad-string',
      offset,
      message:
        after === undefined
          ? 'unexpected end of file inside a text value'
          : 'text value is not closed before the end of the line',
      hint: 'add the closing double quote "; a line break inside text must be written as \\n',
    };
  }
  if (
    code === 'InvalidCharacter' ||
    code === 'InvalidEscapeCharacter' ||
    code === 'InvalidUnicode'
  ) {
    return describeStringError(text, offset, offset + length, code);
  }
  if (text.slice(offset).trim() === '' && code !== 'EndOfFileExpected') {
    const open = inner ? positionAt(text, inner.offset) : undefined;
    return {
      code: 'json-unexpected-end',
      offset: text.length,
      message: 'unexpected end of file',
      hint: open
        ? `the ${inner?.char === '[' ? 'list' : 'object'} opened at line ${open.line}, column ${open.column} is not closed: add ${closer}, or restore the end of the file if it was cut off`
        : 'the file stops before the data is complete; restore the end of the file',
    };
  }
  if ((token === '}' || token === ']') && text[prev] === ',') {
    return {
      code: 'json-trailing-comma',
      offset: prev,
      message: `comma before ${token}: JSON does not allow a comma after the last item`,
      hint: `remove this comma (line ${prevPos.line}, column ${prevPos.column})`,
    };
  }
  if ((token === '}' || token === ']') && inner && token !== closer) {
    const open = positionAt(text, inner.offset);
    return {
      code: 'json-syntax',
      offset,
      message: `found ${token} where ${closer} was expected`,
      hint: `the ${closer === ']' ? 'list' : 'object'} opened at line ${open.line}, column ${open.column} must be closed with ${closer} first`,
    };
  }
  if (/^\d/.test(token) && (code === 'CommaExpected' || code === 'PropertyNameExpected')) {
    // "7,600,000" or "007": the scanner stops inside what the editor meant as one number.
    let start = offset;
    while (start > 0 && /[\d.]/.test(text[start - 1] ?? '')) start--;
    if (text[start - 1] === ',' && /\d/.test(text[start - 2] ?? '')) {
      return {
        code: 'json-bad-number',
        offset: start - 1,
        message: 'a number cannot contain a thousands separator',
        hint: 'write digits only, e.g. 7600000 rather than 7,600,000',
      };
    }
    if (start < offset && text[start] === '0') {
      return {
        code: 'json-bad-number',
        offset: start,
        message: 'a number cannot start with 0',
        hint: 'remove the leading zero (write 7, not 07); text such as a code goes in double quotes',
      };
    }
  }
  if (code === 'CommaExpected') {
    return {
      code: 'json-missing-comma',
      offset,
      message: `expected a comma or ${closer}`,
      hint: `a comma may be missing after the previous value, which ends at line ${prevPos.line}, column ${prevPos.column}`,
    };
  }
  if (code === 'InvalidSymbol') return describeSymbol(text, offset, token);
  if (code === 'UnexpectedEndOfNumber' || code === 'InvalidNumberFormat') {
    return {
      code: 'json-bad-number',
      offset,
      message: `"${token}" is not a valid number`,
      hint: 'write digits only, e.g. 1000000 or 0.5: a decimal point needs digits on both sides',
    };
  }
  if (code === 'ColonExpected') {
    return {
      code: 'json-syntax',
      offset,
      message: 'expected a colon : after the field name',
      hint: 'write each field as "name": value',
    };
  }
  if (code === 'PropertyNameExpected') {
    return {
      code: 'json-bad-quotes',
      offset,
      message: 'expected a field name in double quotes',
      hint: 'write each field as "name": value, separated by commas',
    };
  }
  if (code === 'CloseBraceExpected' || code === 'CloseBracketExpected') {
    const open = inner ? positionAt(text, inner.offset) : { line: 1, column: 1 };
    return {
      code: 'json-syntax',
      offset,
      message: `expected a comma or ${closer}`,
      hint: `the ${closer === ']' ? 'list' : 'object'} opened at line ${open.line}, column ${open.column} must be closed with ${closer}`,
    };
  }
  if (code === 'EndOfFileExpected') {
    return {
      code: 'json-syntax',
      offset,
      message: 'unexpected text after the end of the data',
      hint: `the file must hold a single value: look for an extra ${token === '}' || token === ']' ? token : '} or ]'} before this point, or remove what follows`,
    };
  }
  // ValueExpected and anything jsonc-parser adds later.
  return {
    code: 'json-syntax',
    offset,
    message: `expected a value${token.trim() ? ` before "${token}"` : ''}`,
    hint: 'a value is text in double quotes, a number, true, false, null, a list [ … ] or an object { … }',
  };
}

/** Keys that appear twice in one object: JSON readers silently keep only the last. */
function duplicateKeys(tree: Node, text: string, file: string, starts: number[]): Problem[] {
  const problems: Problem[] = [];
  const path: (string | number)[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = keyNode.value;
        const first = seen.get(key);
        if (first) {
          const at = positionAt(text, first.offset, starts);
          problems.push({
            severity: 'error',
            code: 'json-duplicate-key',
            file,
            ...positionAt(text, keyNode.offset, starts),
            path: formatPath([...path, key]),
            message: `field "${key}" appears twice in the same object`,
            hint: `keep one of them; the other is at line ${at.line}, column ${at.column}`,
          });
        } else seen.set(key, keyNode);
        if (valueNode) {
          path.push(key);
          walk(valueNode);
          path.pop();
        }
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => {
        path.push(index);
        walk(child);
        path.pop();
      });
    }
  };
  walk(tree);
  return problems;
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
  return { value, locate, problems: tree ? duplicateKeys(tree, text, file, starts) : [] };
}
