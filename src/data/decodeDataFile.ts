/**
 * Reads a data file's bytes as UTF-8, refusing anything else: a file saved
 * as Latin-1 or Windows-1252 would otherwise publish "Caf�" for "Café", and
 * one saved as UTF-16 would fail as JSON with no word about the cause.
 */
import type { Problem } from '../lib/model/problem.ts';

const SAVE_AS_UTF8 =
  'save the file as UTF-8: in VS Code, click the encoding in the status bar, choose "Save with Encoding", then "UTF-8"; in other editors, "Save As…" with the encoding "UTF-8" (not "Unicode", "ANSI" or "Western")';

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    ) {
      return i;
    }
    i += length;
  }
  return -1;
}

/** UTF-16 by its byte-order mark, or by the zero bytes ASCII text has in UTF-16. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return bytes.length >= 2 && (a === 0 || b === 0);
}

/**
 * The text of a data file, or the problem that stops it being read: not
 * UTF-8, located at the first byte that is not (line 1, column 1 for UTF-16).
 * A UTF-8 byte-order mark is kept, for the JSON check to report.
 * @example decodeDataFile(Uint8Array.from([0x22, 0x43, 0x61, 0x66, 0xe9, 0x22]), 'story.json')
 * // { problem: { code: 'not-utf8', line: 1, column: 5, message: 'this file is not UTF-8: …', … } }
 */
export function decodeDataFile(
  bytes: Uint8Array,
  file: string,
): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  const problem = (line: number, column: number, message: string): { problem: Problem } => ({
    problem: {
      severity: 'error',
      code: 'not-utf8',
      file,
      line,
      column,
      path: '',
      message,
      hint: SAVE_AS_UTF8,
    },
  });
  if (looksLikeUtf16(bytes)) {
    return problem(1, 1, 'this file is not UTF-8 (it is UTF-16, which Windows calls "Unicode")');
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
  const byte = bytes[bad] ?? 0;
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  const latin1 =
    byte >= 0xa0 ? ` (in Latin-1 or Windows-1252, "${String.fromCharCode(byte)}")` : '';
  return problem(
    line,
    column,
    `this file is not UTF-8: the byte 0x${hex} here is not a UTF-8 character${latin1}`,
  );
}
