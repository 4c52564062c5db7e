/**
 * Checks for hostile or broken text in data/: every string in every file,
 * whatever its field. The story never turns data into HTML (markup.ts
 * builds elements; everything else is escaped text), so nothing here is
 * needed to keep readers safe. These checks exist so that what an editor
 * typed is what readers see: a refused link, an invisible character or a
 * pasted tag would otherwise slip silently onto the page.
 *
 * Severity, case by case:
 * - error: the text would read differently from what it is (a refused link
 *   shown as `[text](javascript:…)`, an override reversing a name, an
 *   invisible control character, a broken character). These are never
 *   meant, and a published story must not carry them.
 * - warning: the text is shown as typed but probably not as meant (an HTML
 *   tag or entity shown literally, a word too long for a phone). It may be
 *   intended, e.g. a note quoting markup, so it does not stop the build.
 */
import { formatPath, type JsonPath, type Position } from './locateJson.ts';
import { findUnsafeLinks, markupToPlainText } from '../lib/format/markup.ts';
import { shorten } from '../lib/format/shorten.ts';
import type { Problem } from '../lib/model/problem.ts';
import type { DataFileName, Dataset } from './schema.ts';
import { describeUrlCredentials } from './urlCredentials.ts';

/** Finds a path in one of the data files (the same shape as checkDataset's Locate). */
export type LocateText = (file: DataFileName, path: JsonPath) => Position;

/** Longer than any word in a dictionary: such a "word" is a pasted address or a glitch. */
export const MAX_WORD_LENGTH = 40;

/** Fields whose value is an address or a path rather than words. */
const ADDRESS_KEYS = new Set(['url', '$schema']);

// C0 controls except tab, newline and carriage return (JSON text from Windows
// carries \r\n, which browsers treat as a space), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Embeddings and overrides: reorder what is displayed ("Trojan Source"). */
const BIDI_OVERRIDE = /[\u202A-\u202E]/u;
/** Isolates: legitimate around right-to-left names, but markup.ts removes them. */
const BIDI_ISOLATE = /[\u2066-\u2069]/u;
/** Half of a surrogate pair: a character cut in two, e.g. an emoji split by a script. */
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * Zero-width spaces, word joiners and no-break spaces: invisible, they split
 * or join words unseen (and defeat search). The zero-width joiner and
 * non-joiner are left alone: emoji sequences (👩🏽‍🔧) and Persian or Indic
 * writing need them.
 */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/u;
/** U+FFFD, left where a copy or a conversion could not decode a character. */
const REPLACEMENT = /\uFFFD/u;
/** Something a browser would parse as an element, a comment or a declaration. */
const HTML_TAG = /<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>|<!--|<!\[cdata\[|<!doctype/i;
const HTML_ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x200b: 'zero width space',
  0x2060: 'word joiner',
  0xfeff: 'zero width no-break space',
};

/** `U+202E (right-to-left override)`. */
function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[code];
  return name ? `U+${hex} (${name})` : `U+${hex}`;
}

/** Each distinct character of `text` that `pattern` matches, described, in order. */
function describeMatches(text: string, pattern: RegExp): string {
  const global = new RegExp(pattern.source, 'gu');
  const found = [...new Set(text.match(global) ?? [])];
  const shown = found.slice(0, 3).map(describeCharacter).join(', ');
  return found.length > 3 ? `${shown} and ${found.length - 3} more` : shown;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The longest run of non-space characters, counted as a reader sees them (graphemes). */
function longestWord(text: string): { word: string; length: number } {
  let best = { word: '', length: 0 };
  for (const word of text.split(/\s+/u)) {
    if (word.length <= MAX_WORD_LENGTH) continue; // fewer code units, fewer graphemes
    const length = [...segmenter.segment(word)].length;
    if (length > MAX_WORD_LENGTH && length > best.length) best = { word, length };
  }
  return best;
}

interface Finding {
  severity: Problem['severity'];
  code: string;
  message: string;
  hint: string;
}

/**
 * What is wrong with one string, as found by the checks above; `key` is the
 * name of its field ("title", "url", …).
 * @example checkString('See [this](javascript:alert(1))', 'text')
 * // [{ severity: 'error', code: 'unsafe-link', … }]
 */
export function checkString(text: string, key: string | number = ''): Finding[] {
  const findings: Finding[] = [];
  const refused = findUnsafeLinks(text);
  for (const href of refused) {
    const deceptive = describeUrlCredentials(href);
    if (deceptive) findings.push({ severity: 'error', code: 'url-credentials', ...deceptive });
  }
  const unsafe = refused.filter((href) => !describeUrlCredentials(href));
  if (unsafe.length) {
    findings.push({
      severity: 'error',
      code: 'unsafe-link',
      message: `the link to ${unsafe.map((href) => JSON.stringify(shorten(href))).join(', ')} is refused and would show as plain text "[…](…)"`,
      hint: 'links must start with https://, http:// or mailto: and hold no spaces, e.g. [the report](https://example.org/report)',
    });
  }
  if (CONTROL.test(text)) {
    findings.push({
      severity: 'error',
      code: 'control-character',
      message: `holds the invisible control character ${describeMatches(text, CONTROL)}`,
      hint: 'delete it (it usually comes with text pasted from a PDF or another program); retype the text around it if you cannot see it',
    });
  }
  if (BIDI_OVERRIDE.test(text)) {
    findings.push({
      severity: 'error',
      code: 'bidi-control',
      message: `holds ${describeMatches(text, BIDI_OVERRIDE)}, which makes text display in a different order from what it says`,
      hint: 'delete it; browsers order right-to-left names correctly without it',
    });
  }
  if (LONE_SURROGATE.test(text)) {
    findings.push({
      severity: 'error',
      code: 'broken-character',
      message: 'holds half of a character (a lone surrogate, e.g. an emoji cut in two)',
      hint: 'retype the character, or delete the \\uD8xx–\\uDFxx escape',
    });
  }
  if (BIDI_ISOLATE.test(text)) {
    findings.push({
      severity: 'warning',
      code: 'bidi-isolate',
      message: `holds ${describeMatches(text, BIDI_ISOLATE)}, which the story removes before display`,
      hint: 'delete it; each field is shown on its own, so a right-to-left name cannot reorder its neighbours',
    });
  }
  if (ZERO_WIDTH.test(text)) {
    findings.push({
      severity: 'warning',
      code: 'zero-width-character',
      message: `holds the invisible character ${describeMatches(text, ZERO_WIDTH)}`,
      hint: 'delete it (it comes with text pasted from web pages and word processors): readers cannot see it, but it splits words for search and screen readers',
    });
  }
  if (REPLACEMENT.test(text)) {
    findings.push({
      severity: 'warning',
      code: 'replacement-character',
      message: 'holds "\uFFFD", the mark left where a character could not be read',
      hint: 'a copy or a conversion lost a character here; retype it from the source',
    });
  }
  const tag = HTML_TAG.exec(text);
  if (tag) {
    findings.push({
      severity: 'warning',
      code: 'html-tag',
      message: `${JSON.stringify(shorten(tag[0]))} looks like HTML; it is shown as text, not markup`,
      hint: 'write *emphasis* or [link text](https://…) instead; nothing else is formatting',
    });
  }
  const entity = HTML_ENTITY.exec(text);
  if (entity) {
    findings.push({
      severity: 'warning',
      code: 'html-entity',
      message: `${JSON.stringify(entity[0])} is shown as typed, not as the character it names`,
      hint: 'type the character itself, e.g. & or – (the files are UTF-8)',
    });
  }
  if (!ADDRESS_KEYS.has(String(key))) {
    const long = longestWord(markupToPlainText(text));
    if (long.length > 0) {
      findings.push({
        severity: 'warning',
        code: 'long-word',
        message: `"${shorten(long.word)}" is ${long.length} characters without a space; on a phone it breaks mid-word`,
        hint: /^(https?:|www\.)/i.test(long.word)
          ? 'make the address a link: [the report](https://…)'
          : `keep words under ${MAX_WORD_LENGTH + 1} characters, or add spaces`,
      });
    }
  }
  return findings;
}

/** Every string inside `value`, with its path. */
function eachString(value: unknown, path: JsonPath, visit: (text: string, path: JsonPath) => void) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => eachString(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) eachString(v, [...path, k], visit);
  }
}

/**
 * Checks every string of the files present in `data` (see the header for
 * what is an error and what a warning).
 * @example checkText({ steps }, locate) // [{ code: 'unsafe-link', path: 'steps[2].text', … }]
 */
export function checkText(data: Partial<Dataset>, locate: LocateText): Problem[] {
  const problems: Problem[] = [];
  const files: [DataFileName, JsonPath, unknown][] = [
    ['story.json', [], data.story],
    ['sources.json', ['sources'], data.sources],
    ['places.json', ['places'], data.places],
    ['events.json', ['events'], data.events],
    ['rates.json', ['rates'], data.rates],
    ['steps.json', ['steps'], data.steps],
    ['corrections.json', ['corrections'], data.corrections],
  ];
  for (const [file, prefix, value] of files) {
    if (value === undefined) continue;
    eachString(value, prefix, (text, path) => {
      for (const finding of checkString(text, path.at(-1))) {
        problems.push({ ...finding, file, ...locate(file, path), path: formatPath(path) });
      }
    });
  }
  return problems;
}
