/**
 * The only way text from data/ becomes formatting. Two constructs exist:
 * `*emphasis*` and `[link text](https://…)`; everything else, HTML tags
 * included, is literal text that components render as text (never with
 * {@html}). Emphasis may hold links and link text may hold emphasis, one
 * level deep. The parser never throws.
 *
 * Links are kept only with an http:, https: or mailto: address, parsed with
 * the URL parser rather than matched by prefix, because browsers ignore
 * case, leading spaces and embedded tabs or newlines in "javascript:" and
 * friends. Any address holding whitespace or control characters is refused
 * outright. A refused link stays on the page as the literal text
 * `[text](address)`, so an editor sees it and the validator can warn about
 * it (findUnsafeLinks).
 *
 * Before parsing, NUL and other C0/C1 control characters (except newline
 * and tab) are removed, as are the Unicode bidirectional embedding,
 * override and isolate characters U+202A–U+202E and U+2066–U+2069. Those
 * reorder how text is displayed without changing what it is ("Trojan
 * Source"): a link or a name could read differently on screen from what it
 * says, e.g. "moc.live//:sptth" shown as a harmless address, and an
 * unterminated override would leak into the text around it.
 */

export type MarkupNode =
  | { type: 'text'; text: string }
  | { type: 'em'; children: MarkupNode[] }
  | { type: 'link'; href: string; children: MarkupNode[] };

const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

// C0 controls except \t (U+0009) and \n (U+000A), DEL, C1 controls, and the
// bidi embedding/override/isolate characters (see the header comment).
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Longest address considered; longer ones stay plain text. */
const MAX_HREF_LENGTH = 2048;

/** Removes the characters the header comment lists. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/**
 * The normalised address when it is allowed, otherwise null. An address with
 * a user name or password is refused: "https://trusted.example@evil.example/"
 * reads as one host and leads to another.
 * @example safeHref('https://example.org/r') // 'https://example.org/r'
 * @example safeHref('https://caucasuswatch.de@evil.example/r') // null
 */
export function safeHref(raw: string): string | null {
  if (raw.length === 0 || /[\s\p{Cc}]/u.test(raw)) return null;
  try {
    const url = new URL(raw);
    if (url.username !== '' || url.password !== '') return null;
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

interface LinkMatch {
  /** Index just after the closing parenthesis. */
  end: number;
  label: string;
  raw: string;
}

/**
 * Matches `[label](address)` starting at `start` (a "["), or null. The label
 * holds no brackets and the address no whitespace; parentheses in the
 * address must balance, as in Wikipedia links.
 */
function matchLink(text: string, start: number): LinkMatch | null {
  let i = start + 1;
  while (i < text.length && text[i] !== ']' && text[i] !== '[') i++;
  if (text[i] !== ']' || text[i + 1] !== '(') return null;
  const labelEnd = i;
  let depth = 0;
  const limit = Math.min(text.length, labelEnd + 2 + MAX_HREF_LENGTH + 1);
  for (i = labelEnd + 2; i < limit; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) {
        return {
          end: i + 1,
          label: text.slice(start + 1, labelEnd),
          raw: text.slice(labelEnd + 2, i),
        };
      }
      depth--;
    } else if (char === '\n') return null;
  }
  return null;
}

/** The index of the "*" closing emphasis opened at `start`, or -1. Links are skipped whole. */
function findEmphasisEnd(text: string, start: number, allowLinks: boolean): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '*') {
      const inner = text.slice(start + 1, i);
      return inner.length > 0 && inner.trim() === inner ? i : -1;
    }
    if (char === '[' && allowLinks) {
      const link = matchLink(text, i);
      if (link) i = link.end - 1;
    }
  }
  return -1;
}

interface Context {
  allowEm: boolean;
  allowLinks: boolean;
  unsafe: string[];
}

function pushText(nodes: MarkupNode[], text: string): void {
  if (text === '') return;
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.text += text;
  else nodes.push({ type: 'text', text });
}

function parseInline(text: string, context: Context): MarkupNode[] {
  const nodes: MarkupNode[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '[' && context.allowLinks) {
      const link = matchLink(text, i);
      if (link) {
        pushText(nodes, text.slice(plainStart, i));
        const href = link.label.trim() === '' ? null : safeHref(link.raw);
        if (href === null) {
          if (link.label.trim() !== '') context.unsafe.push(link.raw);
          pushText(nodes, text.slice(i, link.end));
        } else {
          const children = parseInline(link.label, { ...context, allowLinks: false });
          nodes.push({ type: 'link', href, children });
        }
        i = plainStart = link.end;
        continue;
      }
    } else if (char === '*' && context.allowEm) {
      const end = findEmphasisEnd(text, i, context.allowLinks);
      if (end !== -1) {
        pushText(nodes, text.slice(plainStart, i));
        const children = parseInline(text.slice(i + 1, end), { ...context, allowEm: false });
        nodes.push({ type: 'em', children });
        i = plainStart = end + 1;
        continue;
      }
    }
    i++;
  }
  pushText(nodes, text.slice(plainStart));
  return nodes;
}

function parseWithContext(text: unknown, unsafe: string[]): MarkupNode[] {
  if (typeof text !== 'string') return [];
  return parseInline(stripUnsafeCharacters(text), { allowEm: true, allowLinks: true, unsafe });
}

/**
 * Parses data text into nodes for a component to render as elements and text.
 * @example parseMarkup('See *the* [report](https://example.org/r).')
 * // [{ type: 'text', text: 'See ' }, { type: 'em', children: [{ type: 'text', text: 'the' }] },
 * //  { type: 'text', text: ' ' }, { type: 'link', href: 'https://example.org/r', children: [...] },
 * //  { type: 'text', text: '.' }]
 */
export function parseMarkup(text: string): MarkupNode[] {
  return parseWithContext(text, []);
}

function nodesToPlainText(nodes: readonly MarkupNode[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.text : nodesToPlainText(node.children)))
    .join('');
}

/**
 * The text a reader reads, without markup: for aria labels, CSV and meta
 * descriptions. Links keep their text only; refused links stay literal.
 * @example markupToPlainText('*Trend* [reported](https://trend.az/x)') // "Trend reported"
 */
export function markupToPlainText(text: string): string {
  return nodesToPlainText(parseMarkup(text));
}

/**
 * The addresses of links that parseMarkup refuses and shows as plain text,
 * in order, as written (less the stripped characters above): for the data
 * check to warn about. Links with empty text stay plain text unreported.
 * @example findUnsafeLinks('[x](javascript:alert(1)) [y](https://ok.org)') // ["javascript:alert(1)"]
 */
export function findUnsafeLinks(text: string): string[] {
  const unsafe: string[] = [];
  parseWithContext(text, unsafe);
  return unsafe;
}
