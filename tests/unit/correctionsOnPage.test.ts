import { describe, expect, it } from 'vitest';
import { dataVersion } from '../../src/lib/model/dataVersion.ts';
import { findCorrections, sortNewestFirst } from '../../src/lib/model/findCorrections.ts';
import { listCorrectedRecords, recordKindWords } from '../../src/lib/model/listCorrectedRecords.ts';
import { azSpeech, enSpeech, ukSpeech } from './fixtures/localeFormats.ts';
import type { Correction } from '../../src/data/schema.ts';
import { validDataset } from './fixtures/validDataset.ts';

const correction = (id: string, date: string, records: Correction['records']): Correction => ({
  id,
  date,
  wrong: 'Wrong.',
  now: 'Right.',
  records,
});

const CORRECTIONS = [
  correction('a', '2026-02-05', { events: ['convoy-2023-10-30'] }),
  correction('b', '2026-03-01', { events: ['convoy-2023-10-30', 'order-2023-07-17'] }),
  correction('c', '2026-02-05', { steps: ['totals'] }),
];

describe('findCorrections', () => {
  const cases: [Parameters<typeof findCorrections>[1], string, string[]][] = [
    ['events', 'convoy-2023-10-30', ['b', 'a']],
    ['events', 'order-2023-07-17', ['b']],
    ['steps', 'totals', ['c']],
    ['steps', 'convoy-2023-10-30', []],
    ['notes', 'totals', []],
  ];
  it.each(cases)('findCorrections(corrections, %j, %j) is %j, newest first', (kind, id, ids) => {
    const before = structuredClone(CORRECTIONS);
    expect(findCorrections(CORRECTIONS, kind, id).map((c) => c.id)).toEqual(ids);
    expect(CORRECTIONS).toEqual(before);
  });

  it('sortNewestFirst(corrections) keeps the file order within a day', () => {
    expect(sortNewestFirst(CORRECTIONS).map((c) => c.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('dataVersion', () => {
  const cases: [string, Correction[], string][] = [
    ['no corrections: the last update', [], '2026-02-01'],
    ['the latest correction, whatever the order', CORRECTIONS, '2026-03-01'],
  ];
  it.each(cases)('dataVersion(%s) is %j', (_name, corrections, version) => {
    expect(dataVersion({ ...validDataset(), corrections })).toBe(version);
  });
});

describe('listCorrectedRecords', () => {
  it('listCorrectedRecords(correction, dataset) names each record as the page shows it, linked where it has a place', () => {
    const dataset = validDataset();
    const all = correction('all', '2026-02-01', {
      steps: ['totals'],
      events: ['convoy-2023-10-30', 'removed-event'],
      notes: ['totals'],
      places: ['kyiv'],
      sources: ['trend-2025-08-13'],
    });
    expect(listCorrectedRecords(all, dataset)).toEqual([
      { kind: 'Step', label: dataset.steps.find((s) => s.id === 'totals')!.title, href: '#totals' },
      { kind: 'Event', label: 'First convoy', href: '#event-convoy-2023-10-30' },
      { kind: 'Event', label: 'removed-event' },
      { kind: 'Note', label: 'Totals', href: '#note-totals' },
      { kind: 'Place', label: 'Kyiv' },
      { kind: 'Source', label: 'Trend, “Aid convoy leaves for Ukraine”' },
    ]);
  });
});

describe('recordKindWords: the words around a corrected record’s title, in the language’s order', () => {
  it.each([
    ['en', enSpeech, 'Step', ['step “', '”']],
    ['uk', ukSpeech, 'Step', ['крок «', '»']],
    ['az-Latn', azSpeech, 'Step', ['“', '” addımı']],
    ['az-Latn', azSpeech, 'Note', ['“', '” qeydi']],
  ] as const)('%s %s', (_tag, speech, kind, words) => {
    expect(recordKindWords(kind, speech.t)).toEqual(words);
  });
});
