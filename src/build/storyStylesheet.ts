/**
 * The story page's own stylesheet: the site's stylesheet (every component's
 * styles, which the mounted app needs: viewsBundlePlugin.ts) without the
 * rules of components the story page never draws (the stepper, the debug
 * overlay, the data-problem list, the embed views' frame). Svelte scopes a
 * component's rules with a class (scopeClass.ts); what the page can draw
 * is what its pre-rendered HTML and its islands' scripts name, so a rule
 * whose every selector names another component's class goes. The mounted
 * app (?debug, a page in a frame) adds the whole stylesheet (main.ts).
 */
import { SCOPE_CLASS } from './scopeClass.ts';

/** Svelte's scoping classes named in `text` (HTML, CSS or a compiled script). */
export function scopeClasses(text: string): Set<string> {
  return new Set(text.match(SCOPE_CLASS) ?? []);
}

interface Block {
  /** What comes before the block (a selector list, or an at-rule's name and condition). */
  prelude: string;
  /** What the braces hold; null for a statement (`@import …;`). */
  body: string | null;
}

/**
 * Skips a string, a comment or an escaped character (`\\{` in a selector)
 * starting at `i`; returns the index after it, or `i` if there is none.
 */
function skipQuotedOrComment(css: string, i: number): number {
  const c = css[i];
  if (c === '\\') return i + 2;
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end < 0 ? css.length : end + 2;
  }
  return i;
}

/** Calls `visit` with each character of `css` and its index, strings, comments and escapes left out. */
function forEachSyntaxChar(css: string, visit: (c: string, i: number) => void): void {
  for (let i = 0; i < css.length;) {
    const skipped = skipQuotedOrComment(css, i);
    if (skipped !== i) i = skipped;
    else visit(css[i]!, i++);
  }
}

/**
 * The top-level rules of a stylesheet (or of an at-rule's block), in order,
 * and what follows the last one (a comment such as Vite's marker).
 */
function splitBlocks(css: string): { blocks: Block[]; rest: string } {
  const blocks: Block[] = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  forEachSyntaxChar(css, (c, i) => {
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        blocks.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      blocks.push({ prelude: css.slice(start, i).trim(), body: null });
      start = i + 1;
    }
  });
  return {
    blocks: blocks.filter((b) => b.prelude !== '' || b.body !== null),
    rest: css.slice(start),
  };
}

/** A selector list's selectors (commas inside :is(), :where() or strings do not split). */
function splitSelectors(prelude: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  forEachSyntaxChar(prelude, (c, i) => {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(prelude.slice(start, i));
      start = i + 1;
    }
  });
  out.push(prelude.slice(start));
  return out;
}

/** At-rules whose block holds rules, filtered in turn; any other at-rule is kept as it is. */
const GROUPING_AT_RULES = /^@(media|supports|container|layer|scope)\b/i;

/**
 * `css` without the rules scoped to a component not in `keep`: a selector
 * naming such a class is dropped, a rule left without selectors goes, and
 * so does a grouping at-rule (@media …) left empty. Rules no component owns
 * (the page's own, the theme's) stay.
 * @example keepScopedRules('.a.s-0x0x{color:red}.b.s-0y0y{color:blue}', new Set(['s-0x0x'])) // '.a.s-0x0x{color:red}'
 */
export function keepScopedRules(css: string, keep: ReadonlySet<string>): string {
  // A comment before a rule is part of its prelude; a class named in it owns nothing.
  const owned = (selector: string) =>
    [...scopeClasses(selector.replace(/\/\*[\s\S]*?\*\//g, ''))].every((c) => keep.has(c));
  const { blocks, rest } = splitBlocks(css);
  let out = '';
  for (const { prelude, body } of blocks) {
    // What the rule is, past any comment in front of it.
    const head = prelude.replace(/^(?:\s*\/\*[\s\S]*?\*\/)+\s*/, '');
    if (body === null) out += `${prelude};`;
    else if (GROUPING_AT_RULES.test(head)) {
      const inner = keepScopedRules(body, keep);
      if (inner !== '') out += `${prelude}{${inner}}`;
    } else if (head.startsWith('@')) out += `${prelude}{${body}}`;
    else {
      const selectors = splitSelectors(prelude).filter(owned);
      if (selectors.length) out += `${selectors.join(',')}{${body}}`;
    }
  }
  return out + (rest.trim() === '' ? '' : rest);
}
