import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findUnsafeLinks,
  markupToPlainText,
  parseMarkup,
  type MarkupNode,
} from '../../src/lib/format/markup.ts';

const text = (t: string): MarkupNode => ({ type: 'text', text: t });
const em = (...children: MarkupNode[]): MarkupNode => ({ type: 'em', children });
const link = (href: string, ...children: MarkupNode[]): MarkupNode => ({
  type: 'link',
  href,
  children,
});

function collectLinks(nodes: readonly MarkupNode[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'text'
      ? []
      : [...(node.type === 'link' ? [node.href] : []), ...collectLinks(node.children)],
  );
}

function collectText(nodes: readonly MarkupNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : collectText(n.children))).join('');
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('parseMarkup', () => {
  const cases: [string, MarkupNode[]][] = [
    ['plain text', [text('plain text')]],
    ['', []],
    ['*emphasis*', [em(text('emphasis'))]],
    ['a *b* c', [text('a '), em(text('b')), text(' c')]],
    ['[Trend](https://trend.az/x)', [link('https://trend.az/x', text('Trend'))]],
    ['[Trend](https://trend.az)', [link('https://trend.az/', text('Trend'))]],
    [
      '[report](http://example.org/r?a=1&b=2)',
      [link('http://example.org/r?a=1&b=2', text('report'))],
    ],
    ['[desk](mailto:desk@example.org)', [link('mailto:desk@example.org', text('desk'))]],
    [
      'See [Baku](https://en.wikipedia.org/wiki/Baku_(city)).',
      [text('See '), link('https://en.wikipedia.org/wiki/Baku_(city)', text('Baku')), text('.')],
    ],
    ['[*Trend*](https://trend.az/x)', [link('https://trend.az/x', em(text('Trend')))]],
    [
      '*see [Trend](https://trend.az/x)*',
      [em(text('see '), link('https://trend.az/x', text('Trend')))],
    ],
    [
      '*see [a*b](https://trend.az/x) now*',
      [em(text('see '), link('https://trend.az/x', text('a*b')), text(' now'))],
    ],
    ['2 * 3 * 4', [text('2 * 3 * 4')]],
    ['*a* and *b*', [em(text('a')), text(' and '), em(text('b'))]],
    ['**bold**', [text('*'), em(text('bold')), text('*')]],
    ['line one\nline two', [text('line one\nline two')]],
    ['a\r\nb', [text('a\nb')]],
    ['[](https://example.org)', [text('[](https://example.org)')]],
    ['[x](https://example.org', [text('[x](https://example.org')]],
  ];
  for (const [input, expected] of cases) {
    it(`parseMarkup(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () => {
      expect(parseMarkup(input)).toEqual(expected);
    });
  }
});

/**
 * Hostile inputs: [input, plain text expected, unsafe hrefs expected]. None
 * may yield a link outside http(s)/mailto or keep a forbidden character.
 */
const HOSTILE: [string, string, string[]][] = [
  ['<script>alert(1)</script>', '<script>alert(1)</script>', []],
  ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>', []],
  ['[x](javascript:alert(1))', '[x](javascript:alert(1))', ['javascript:alert(1)']],
  ['[x](JaVaScRiPt:alert(1))', '[x](JaVaScRiPt:alert(1))', ['JaVaScRiPt:alert(1)']],
  ['[x]( javascript:alert(1))', '[x]( javascript:alert(1))', [' javascript:alert(1)']],
  ['[x](java\tscript:alert(1))', '[x](java\tscript:alert(1))', ['java\tscript:alert(1)']],
  ['[x](java\u0000script:alert(1))', '[x](javascript:alert(1))', ['javascript:alert(1)']],
  ['[x](\u0001javascript:alert(1))', '[x](javascript:alert(1))', ['javascript:alert(1)']],
  ['[x](&#106;avascript:alert(1))', '[x](&#106;avascript:alert(1))', ['&#106;avascript:alert(1)']],
  [
    '[x](javascript&colon;alert(1))',
    '[x](javascript&colon;alert(1))',
    ['javascript&colon;alert(1)'],
  ],
  [
    '[x](data:text/html,<script>alert(1)</script>)',
    '[x](data:text/html,<script>alert(1)</script>)',
    ['data:text/html,<script>alert(1)</script>'],
  ],
  [
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ],
  ['[x](vbscript:msgbox(1))', '[x](vbscript:msgbox(1))', ['vbscript:msgbox(1)']],
  ['[x](file:///etc/passwd)', '[x](file:///etc/passwd)', ['file:///etc/passwd']],
  ['[x](//evil.com)', '[x](//evil.com)', ['//evil.com']],
  ['[x](/relative/path)', '[x](/relative/path)', ['/relative/path']],
  ['[x](<https://example.org>)', '[x](<https://example.org>)', ['<https://example.org>']],
  [
    '[x](https://example.org" onmouseover="alert(1))',
    '[x](https://example.org" onmouseover="alert(1))',
    ['https://example.org" onmouseover="alert(1)'],
  ],
  ['[*x*](javascript:alert(1))', '[*x*](javascript:alert(1))', ['javascript:alert(1)']],
  ['*[x](javascript:alert(1))*', '[x](javascript:alert(1))', ['javascript:alert(1)']],
  ['<svg onload=alert(1)>', '<svg onload=alert(1)>', []],
  [
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    [],
  ],
  [
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    [],
  ],
  ['[a [b] c](https://example.org)', '[a [b] c](https://example.org)', []],
  ['[[x](https://example.org)]', '[x]', []],
  ['[x]([y](javascript:alert(1)))', '[x]([y](javascript:alert(1)))', ['[y](javascript:alert(1))']],
  ['*unbalanced', '*unbalanced', []],
  ['unbalanced*', 'unbalanced*', []],
  ['* spaced *', '* spaced *', []],
  ['***', '***', []],
  ['abc\u202Etxt.exe', 'abctxt.exe', []],
  ['\u2066[x](https://example.org)\u2069', 'x', []],
  ['[x](https://example.org/\u202Egpj.exe)', 'x', []],
  ['a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg', 'abcdefg', []],
  ['[x](\nhttps://example.org)', '[x](\nhttps://example.org)', []],
  ['[x](http://[::1)', '[x](http://[::1)', ['http://[::1']],
];

describe('parseMarkup with hostile input', () => {
  it('has at least 20 hostile cases', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
  });

  for (const [input, plain, unsafe] of HOSTILE) {
    it(`parseMarkup(${JSON.stringify(input)}) reads ${JSON.stringify(plain)} with no unsafe link`, () => {
      const nodes = parseMarkup(input);
      for (const href of collectLinks(nodes)) {
        expect(['https:', 'http:', 'mailto:']).toContain(new URL(href).protocol);
      }
      expect(collectText(nodes)).toBe(plain);
      expect(collectText(nodes)).not.toMatch(FORBIDDEN);
      expect(markupToPlainText(input)).toBe(plain);
      expect(findUnsafeLinks(input)).toEqual(unsafe);
    });
  }

  it('parseMarkup("[x](https://example.org/\\"onmouseover=\\"alert(1))") keeps the link with quotes escaped', () => {
    const nodes = parseMarkup('[x](https://example.org/"onmouseover="alert(1))');
    expect(nodes).toEqual([link('https://example.org/%22onmouseover=%22alert(1)', text('x'))]);
  });

  it('parseMarkup("a".repeat(200000)) is one text node, quickly', () => {
    const long = 'a'.repeat(200_000);
    const started = performance.now();
    expect(parseMarkup(long)).toEqual([text(long)]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('parseMarkup of 20000 "[" then "](" stays literal, quickly', () => {
    const input = '['.repeat(20_000) + '*'.repeat(20_000) + '](x'.repeat(5_000);
    const started = performance.now();
    expect(markupToPlainText(input)).toBe(input);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('parseMarkup(arbitrary text) never throws, links only http(s)/mailto, no forbidden characters', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '*',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u202E',
      'javascript:',
      'JAVASCRIPT:',
      'data:',
      'https://a.org',
      'mailto:x@y.z',
      '//',
      'x',
      '<',
      '>',
      '"',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (pieces) => {
        const input = pieces.join('');
        const nodes = parseMarkup(input);
        for (const href of collectLinks(nodes)) {
          expect(['https:', 'http:', 'mailto:']).toContain(new URL(href).protocol);
        }
        expect(collectText(nodes)).not.toMatch(FORBIDDEN);
        expect(markupToPlainText(input)).toBe(collectText(nodes));
      }),
      { numRuns: 2000 },
    );
  });

  it('parseMarkup(non-string) is [] rather than throwing', () => {
    expect(parseMarkup(undefined as unknown as string)).toEqual([]);
    expect(parseMarkup(42 as unknown as string)).toEqual([]);
  });
});

describe('markupToPlainText', () => {
  const cases: [string, string][] = [
    ['*Trend* [reported](https://trend.az/x)', 'Trend reported'],
    ['Cables, *generators*', 'Cables, generators'],
    ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['no markup', 'no markup'],
  ];
  for (const [input, expected] of cases) {
    it(`markupToPlainText(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () => {
      expect(markupToPlainText(input)).toBe(expected);
    });
  }
});

describe('findUnsafeLinks', () => {
  const cases: [string, string[]][] = [
    ['[x](javascript:alert(1)) [y](https://ok.org)', ['javascript:alert(1)']],
    ['[a](https://a.org) *[b](data:x)*', ['data:x']],
    ['[a](ftp://a.org) [b](//b.org)', ['ftp://a.org', '//b.org']],
    ['nothing here', []],
  ];
  for (const [input, expected] of cases) {
    it(`findUnsafeLinks(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () => {
      expect(findUnsafeLinks(input)).toEqual(expected);
    });
  }
});
