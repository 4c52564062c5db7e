/**
 * What the JSON syntax describers share (describeSyntaxError.ts and the
 * files it calls): the shape of a described error, and scans of the raw text
 * around where the parser stopped.
 */
import type { Problem } from '../lib/model/problem.ts';

/** A syntax error in words, at a character offset (turned into a line and column later). */
export type Syntax = Pick<Problem, 'code' | 'message' | 'hint'> & { offset: number };

/** Where the parser stopped, and what is open around it. */
export interface SyntaxAt {
  text: string;
  /** jsonc-parser's error code, e.g. "CommaExpected". */
  code: string;
  offset: number;
  length: number;
  /** The text the parser stopped at (at least one character). */
  token: string;
  /** The innermost unclosed `{` or `[`, if any. */
  inner: { char: '{' | '['; offset: number } | undefined;
  /** What closes `inner`. */
  closer: '}' | ']';
  /** Offset of the last non-blank character before the error. */
  prev: number;
}

export const QUOTE_HINT =
  'JSON needs straight double quotes around text and field names: "like this"';

/** The unclosed `{` and `[` before `offset`, ignoring brackets inside strings. */
export function openContainers(
  text: string,
  offset: number,
): { char: '{' | '['; offset: number }[] {
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
export function previousNonBlank(text: string, offset: number): number {
  let i = Math.min(offset, text.length) - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return i;
}
