/**
 * Whatever hostile text reaches the outputs, they stay inert: markup gives
 * only safe links and literal text, plain text carries no invisible
 * controls, and the CSV and JSON downloads keep one row per event with the
 * text as text (no spreadsheet formulas, no broken rows).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, toEventRows, toJsonExport } from '../../src/data/exportEvents.ts';
import {
  findUnsafeLinks,
  markupToPlainText,
  parseMarkup,
  stripUnsafeCharacters,
  type MarkupNode,
} from '../../src/lib/format/markup.ts';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.ts';
import { validDataset } from './fixtures/validDataset.ts';

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:'];

function flatten(nodes: readonly MarkupNode[]): MarkupNode[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [n] : [n, ...flatten(n.children)]));
}

const cases = HOSTILE_STRINGS.map((h) => [h.name, h.text] as const);

describe('markup of hostile text', () => {
  it.each(cases)('parseMarkup(%s) gives only safe links and visible text', (_name, text) => {
    const nodes = flatten(parseMarkup(text));
    for (const node of nodes) {
      if (node.type === 'link') {
        expect(SAFE_PROTOCOLS).toContain(new URL(node.href).protocol);
        expect(node.href).not.toMatch(/[\s<>"']/);
      }
      if (node.type === 'text') expect(node.text).not.toMatch(INVISIBLE);
    }
    // Anything that is not our formatting comes back as the literal text typed.
    if (nodes.every((n) => n.type === 'text')) {
      expect(markupToPlainText(text)).toBe(stripUnsafeCharacters(text));
    }
  });

  it.each(cases)('markupToPlainText(%s) keeps every "<" as text', (_name, text) => {
    const plain = markupToPlainText(text);
    expect(plain).not.toMatch(INVISIBLE);
    const links = flatten(parseMarkup(text)).filter((n) => n.type === 'link');
    if (links.length === 0) expect(plain.split('<').length).toBe(text.split('<').length);
  });

  it('findUnsafeLinks reports every refused link in the corpus', () => {
    const flagged = HOSTILE_STRINGS.filter((h) => h.flags.includes('unsafe-link'));
    expect(flagged.length).toBeGreaterThanOrEqual(10);
    for (const h of flagged) expect(findUnsafeLinks(h.text), h.name).not.toEqual([]);
  });
});

describe('downloads of hostile text', () => {
  /** The fixture with `text` as the title and text of one event and the name of its origin. */
  function hostileDataset(text: string) {
    const dataset = validDataset();
    const event = dataset.events.find((e) => e.origin !== undefined)!;
    event.title = text;
    event.text = text;
    dataset.places.find((p) => p.id === event.origin)!.name = text;
    return { dataset, event };
  }

  it.each(cases)('toCsv with %s keeps one row per event and no formula', (_name, text) => {
    const { dataset, event } = hostileDataset(text);
    const csv = toCsv(toEventRows(dataset));
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(dataset.events.length);
    for (const row of parsed.data) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
    }
    const row = parsed.data.find((r) => r.id === event.id)!;
    const plain = markupToPlainText(text);
    const shown = FORMULA_START.test(plain) ? `'${plain}` : plain;
    expect(row.title).toBe(shown);
    expect(row.text).toBe(shown);
    expect(row.origin).toBe(shown);
  });

  it.each(cases)('toJsonExport with %s parses back to the plain text', (_name, text) => {
    const { dataset, event } = hostileDataset(text);
    const exported = JSON.parse(toJsonExport(dataset)) as {
      events: { id: string; title: string; origin: string }[];
    };
    const row = exported.events.find((r) => r.id === event.id)!;
    expect(row.title).toBe(markupToPlainText(text));
    expect(row.origin).toBe(markupToPlainText(text));
    expect(row.title).not.toMatch(INVISIBLE);
  });
});
