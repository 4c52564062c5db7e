/**
 * The small functions behind issue 17's checks, table by table: the run-time
 * link filter (safeHref), the host shown beside a link (linkHost), reading a
 * file as UTF-8 (decodeDataFile), the nesting limit (findDeepNesting), the
 * page's own ids (PAGE_IDS, and that the components and index.html use
 * them), and the records that survive a failing file (salvageRecords).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDataFile } from '../../src/data/decodeDataFile.ts';
import { findDeepNesting } from '../../src/data/findDeepNesting.ts';
import { linkHost } from '../../src/lib/format/linkHost.ts';
import { safeHref } from '../../src/lib/format/markup.ts';
import { markupToShownText } from '../../src/lib/format/markupToShownText.ts';
import { PAGE_IDS } from '../../src/lib/model/pageIds.ts';
import type { Problem } from '../../src/lib/model/problem.ts';
import {
  reconcilePartialProblems,
  salvageRecords,
  toFileIndex,
} from '../../src/data/salvageRecords.ts';
import { placeSchema } from '../../src/data/schema.ts';

describe('safeHref', () => {
  const cases: [string, string | null][] = [
    ['https://example.org/r', 'https://example.org/r'],
    ['mailto:press@example.org', 'mailto:press@example.org'],
    ['https://caucasuswatch.de@evil.example/r', null],
    ['https://user:secret@example.org/', null],
    ['https://:secret@example.org/', null],
    ['javascript:alert(1)', null],
  ];
  for (const [raw, expected] of cases) {
    it(`safeHref(${JSON.stringify(raw)}) is ${JSON.stringify(expected)}`, () => {
      expect(safeHref(raw)).toBe(expected);
    });
  }
});

describe('linkHost', () => {
  const cases: [string, string][] = [
    ['https://www.trend.az/business/123', 'trend.az'],
    ['https://caucasuswatch.de@evil.example/x', 'evil.example'],
    ['http://example.org:8080/a', 'example.org:8080'],
    ['https://аpple.com/', 'xn--pple-43d.com'],
    ['mailto:press@example.org', ''],
    ['not a url', ''],
  ];
  for (const [href, expected] of cases) {
    it(`linkHost(${JSON.stringify(href)}) is ${JSON.stringify(expected)}`, () => {
      expect(linkHost(href)).toBe(expected);
    });
  }
});

describe('decodeDataFile', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it('decodeDataFile(UTF-8 "Café") gives the text, and keeps a byte-order mark for the JSON check', () => {
    expect(decodeDataFile(utf8('"Café"'), 'story.json')).toEqual({ text: '"Café"' });
    expect(decodeDataFile(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d), 'story.json')).toEqual({
      text: '\uFEFF{}',
    });
  });
  const refused: [string, Uint8Array, number, number, string][] = [
    ['Latin-1 "Café"', bytes(0x22, 0x43, 0x61, 0x66, 0xe9, 0x22), 1, 5, 'the byte 0xE9 here'],
    ['a bad byte on line 2', bytes(0x7b, 0x0a, 0x20, 0x22, 0xe9, 0x22), 2, 3, 'the byte 0xE9'],
    ['an overlong "/"', bytes(0x22, 0xc0, 0xaf, 0x22), 1, 2, 'the byte 0xC0'],
    ['UTF-16 LE with its mark', bytes(0xff, 0xfe, 0x7b, 0x00), 1, 1, 'UTF-16'],
    ['UTF-16 BE with its mark', bytes(0xfe, 0xff, 0x00, 0x7b), 1, 1, 'UTF-16'],
    ['UTF-16 LE without a mark', bytes(0x7b, 0x00, 0x7d, 0x00), 1, 1, 'UTF-16'],
  ];
  for (const [what, input, line, column, message] of refused) {
    it(`decodeDataFile(${what}) is refused at ${line}:${column}`, () => {
      const { problem } = decodeDataFile(input, 'events.json');
      expect(problem).toMatchObject({ code: 'not-utf8', file: 'events.json', line, column });
      expect(problem?.message).toContain('this file is not UTF-8');
      expect(problem?.message).toContain(message);
      expect(problem?.hint).toContain('save the file as UTF-8');
    });
  }
});

describe('findDeepNesting', () => {
  const cases: [string, number, number][] = [
    ['{"a": [[1]]}', 2, 7],
    ['{"a": [[1]]}', 3, -1],
    ['{"a": "[[[[["}', 1, -1],
    ['{"a": "\\"[[["}', 1, -1],
    [`${'['.repeat(3000)}${']'.repeat(3000)}`, 64, 64],
  ];
  for (const [text, max, expected] of cases) {
    it(`findDeepNesting(${JSON.stringify(text.slice(0, 20))}, ${max}) is ${expected}`, () => {
      expect(findDeepNesting(text, max)).toBe(expected);
    });
  }
});

describe('PAGE_IDS', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const svelteFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? svelteFiles(path.join(dir, entry.name))
        : entry.name.endsWith('.svelte')
          ? [path.join(dir, entry.name)]
          : [],
    );

  it('no component writes an id (or points at one) other than from pageIds.ts', () => {
    // Not preceded by a letter or hyphen, so data-id="…" is not an id.
    const literal = /(?<![\w-])(?:id|for|aria-labelledby|aria-describedby)="[a-z]/;
    const offenders = svelteFiles(path.join(root, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => `${path.relative(root, file)}:${i + 1}: ${line.trim()}`)
        .filter((line) => literal.test(line)),
    );
    expect(offenders).toEqual([]);
  });

  it("index.html holds the app's mount point as PAGE_IDS.app", () => {
    expect(readFileSync(path.join(root, 'index.html'), 'utf8')).toContain(`id="${PAGE_IDS.app}"`);
  });
});

describe('salvageRecords', () => {
  const kyiv = { id: 'kyiv', name: 'Kyiv', lon: 30.52, lat: 50.45, country: 'UA', kind: 'capital' };
  const broken = { ...kyiv, id: 'lviv', lon: 'east' };
  const baku = { ...kyiv, id: 'baku', name: 'Baku', lon: 49.87, lat: 40.41, country: 'AZ' };

  it('salvageRecords keeps the records that pass, with their indices in the file, and does not mutate', () => {
    const root = { places: [kyiv, broken, baku] };
    const before = structuredClone(root);
    const partial = salvageRecords(root, 'places', placeSchema);
    expect(partial?.records).toEqual([kyiv, baku]);
    expect(partial?.indexOf).toEqual([0, 2]);
    expect([...(partial?.failedIds ?? [])]).toEqual(['lviv']);
    expect(root).toEqual(before);
  });

  it('salvageRecords(no list) is null', () => {
    expect(salvageRecords({ places: {} }, 'places', placeSchema)).toBeNull();
    expect(salvageRecords([], 'places', placeSchema)).toBeNull();
  });

  it('toFileIndex and reconcilePartialProblems put paths back on the file and drop claims about failed records', () => {
    const partial = {
      key: 'places',
      records: [kyiv, baku],
      indexOf: [0, 2],
      failedIds: new Set(['lviv']),
    };
    const partials = new Map([['places.json' as const, partial]]);
    expect(toFileIndex(['places', 1, 'lon'], partial)).toEqual(['places', 2, 'lon']);
    expect(toFileIndex(['steps', 1], partial)).toEqual(['steps', 1]);
    const problem = (code: string, file: string, path: string, message: string): Problem => ({
      severity: 'error',
      code,
      file,
      line: 1,
      column: 1,
      path,
      message,
    });
    expect(
      reconcilePartialProblems(
        [
          problem('outside-map', 'places.json', 'places[1].lon', 'place "baku" is outside the map'),
          problem(
            'unknown-place',
            'events.json',
            'events[0].origin',
            'place "lviv" is not in places.json',
          ),
          problem(
            'unknown-place',
            'events.json',
            'events[1].origin',
            'place "lvov" is not in places.json',
          ),
          problem(
            'duplicate-id',
            'places.json',
            'places[1].id',
            'the first is places[0]; events[0].places[1] stays',
          ),
        ],
        partials,
      ).map((p) => `${p.code} ${p.path} ${p.message}`),
    ).toEqual([
      'outside-map places[2].lon place "baku" is outside the map',
      'unknown-place events[1].origin place "lvov" is not in places.json',
      'duplicate-id places[2].id the first is places[0]; events[0].places[1] stays',
    ]);
  });
});

describe('markupToShownText', () => {
  const cases: [string, string][] = [
    ['See [the report](https://www.trend.az/x).', 'See the report (trend.az).'],
    ['*[Trend](https://trend.az/a)* says', 'Trend (trend.az) says'],
    ['Write to [the desk](mailto:desk@example.org).', 'Write to the desk.'],
    [
      '[bad](https://caucasuswatch.de@evil.example/r)',
      '[bad](https://caucasuswatch.de@evil.example/r)',
    ],
  ];
  for (const [text, expected] of cases) {
    it(`markupToShownText(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => {
      expect(markupToShownText(text)).toBe(expected);
    });
  }
});
