import { openContainers, previousNonBlank, QUOTE_HINT, type Syntax } from './jsonSyntax.ts';

/**
 * A character JSON does not allow where a value or field name should
 * start: curly or single quotes, True/NULL, NaN, a malformed number, an
 * unquoted field name or word.
 * @example describeSymbol('{"a": True}', 6, 'True').message // '"True" is not a JSON word'
 */
export function describeSymbol(text: string, offset: number, token: string): Syntax {
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
