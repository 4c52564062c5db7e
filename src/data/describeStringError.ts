import { QUOTE_HINT, type Syntax } from './jsonSyntax.ts';

/** A string token that jsonc-parser rejected: find the offending character inside it. */
export function describeStringError(
  text: string,
  start: number,
  end: number,
  kind: string,
): Syntax {
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
