/**
 * Turns the first error jsonc-parser reports into words an editor can act
 * on. Each kind of mistake has its describer, tried in this order (the first
 * that recognises the error answers): the whole file (empty, comments, an
 * unclosed text), bad characters in text, brackets and ends, numbers, stray
 * symbols, then what the parser expected.
 */
import { describeStringError } from './describeStringError.ts';
import { describeSymbol } from './describeSymbol.ts';
import { openContainers, previousNonBlank, type Syntax, type SyntaxAt } from './jsonSyntax.ts';
import { positionAt } from './positionAt.ts';

/** An empty file, a comment, or text left open at the end of a line or of the file. */
function describeWholeFileError({ text, code, offset, length }: SyntaxAt): Syntax | null {
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
  return null;
}

/** A file cut off before its brackets close, a comma after the last item, or the wrong closing bracket. */
function describeBracketError({
  text,
  code,
  offset,
  token,
  inner,
  closer,
  prev,
}: SyntaxAt): Syntax | null {
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
    const prevPos = positionAt(text, prev);
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
  return null;
}

/** A number with a thousands separator or a leading zero, or one cut short ("1.", "-"). */
function describeNumberError({ text, code, offset, token }: SyntaxAt): Syntax | null {
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
  if (code === 'UnexpectedEndOfNumber' || code === 'InvalidNumberFormat') {
    return {
      code: 'json-bad-number',
      offset,
      message: `"${token}" is not a valid number`,
      hint: 'write digits only, e.g. 1000000 or 0.5: a decimal point needs digits on both sides',
    };
  }
  return null;
}

/** The parser wanted a comma, a colon, a field name, a closing bracket or the end of the file. */
function describeExpectedToken({
  text,
  code,
  offset,
  token,
  inner,
  closer,
  prev,
}: SyntaxAt): Syntax | null {
  if (code === 'CommaExpected') {
    const prevPos = positionAt(text, prev);
    return {
      code: 'json-missing-comma',
      offset,
      message: `expected a comma or ${closer}`,
      hint: `a comma may be missing after the previous value, which ends at line ${prevPos.line}, column ${prevPos.column}`,
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
  return null;
}

/**
 * The first syntax error in words, at an offset; `code` is jsonc-parser's
 * name for it (printParseErrorCode).
 * @example describeSyntaxError('{"a": 1,}', 'PropertyNameExpected', 8, 1).code // 'json-trailing-comma'
 */
export function describeSyntaxError(
  text: string,
  code: string,
  offset: number,
  length: number,
): Syntax {
  const token = text.slice(offset, offset + Math.max(length, 1));
  const inner = openContainers(text, offset).at(-1);
  const at: SyntaxAt = {
    text,
    code,
    offset,
    length,
    token,
    inner,
    closer: inner?.char === '[' ? ']' : '}',
    prev: previousNonBlank(text, offset),
  };
  const badText =
    code === 'InvalidCharacter' || code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode'
      ? describeStringError(text, offset, offset + length, code)
      : null;
  return (
    describeWholeFileError(at) ??
    badText ??
    describeBracketError(at) ??
    describeNumberError(at) ??
    (code === 'InvalidSymbol' ? describeSymbol(text, offset, token) : null) ??
    describeExpectedToken(at) ?? {
      // ValueExpected and anything jsonc-parser adds later.
      code: 'json-syntax',
      offset,
      message: `expected a value${token.trim() ? ` before "${token}"` : ''}`,
      hint: 'a value is text in double quotes, a number, true, false, null, a list [ … ] or an object { … }',
    }
  );
}
