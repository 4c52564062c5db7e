import { describe, expect, it } from 'vitest';
import { checkPublishedFigures } from '../../src/data/checkPublishedFigures.ts';
import { snapshotFigures } from '../../src/data/publishedFigures.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { PUBLISHED_FILE } from '../../src/data/publishedSchema.ts';
import type { Correction, Dataset } from '../../src/data/schema.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';

const PUBLISHED = '2026-02-01';
const TODAY = '2026-03-10';

const correction = (date: string, events: string[]): Correction => ({
  id: `fix-${date}`,
  date,
  wrong: 'The story gave the wrong figure.',
  now: 'It gives the figure the source reports.',
  records: { events },
});

/** The data as published, then changed by `change`. */
function publishedThenChanged(change: (data: Dataset) => void) {
  const data = validDataset();
  const snapshot = snapshotFigures(data, PUBLISHED);
  change(data);
  return { data, snapshot };
}

const brief = (data: Dataset, snapshot: ReturnType<typeof snapshotFigures>) =>
  checkPublishedFigures(data, snapshot, undefined, TODAY).map(
    (p) => `${p.severity} ${p.code} ${p.file} ${p.path}`,
  );

describe('checkPublishedFigures', () => {
  const cases: [string, (data: Dataset) => void, string[]][] = [
    ['nothing changed', () => {}, []],
    [
      'a changed amount, no correction',
      (d) => (d.events[0]!.amount!.value = 7_700_000),
      ['warning published-figure-changed events.json events[0].amount.value'],
    ],
    [
      'a changed amount, with a correction dated after the snapshot',
      (d) => {
        d.events[0]!.amount!.value = 7_700_000;
        d.corrections.push(correction('2026-03-01', ['order-2023-07-17']));
      },
      [],
    ],
    [
      'a changed amount, with a correction dated the day of the snapshot',
      (d) => {
        d.events[0]!.amount!.value = 7_700_000;
        d.corrections.push(correction(PUBLISHED, ['order-2023-07-17']));
      },
      [],
    ],
    [
      'a changed amount, with a correction dated before the snapshot (an earlier change)',
      (d) => {
        d.events[0]!.amount!.value = 7_700_000;
        d.corrections.push(correction('2026-01-15', ['order-2023-07-17']));
      },
      ['warning published-figure-changed events.json events[0].amount.value'],
    ],
    [
      'a changed amount, with a correction that names another event',
      (d) => {
        d.events[0]!.amount!.value = 7_700_000;
        d.corrections.push(correction('2026-03-01', ['convoy-2023-10-30']));
      },
      ['warning published-figure-changed events.json events[0].amount.value'],
    ],
    [
      'a changed qualifier',
      (d) => (d.events[4]!.amount!.qualifier = 'about'),
      ['warning published-figure-changed events.json events[4].amount.qualifier'],
    ],
    [
      'a changed date',
      (d) => (d.events[1]!.date = '2023-10-31'),
      ['warning published-figure-changed events.json events[1].date'],
    ],
    [
      'a changed cargo quantity',
      (d) => (d.events[1]!.cargo![0]!.quantity = 15),
      ['warning published-figure-changed events.json events[1].cargo[0].quantity'],
    ],
    [
      'a cargo line added',
      (d) => d.events[1]!.cargo!.push({ item: 'generators', quantity: 5, qualifier: 'exact' }),
      ['warning published-figure-changed events.json events[1].cargo[1]'],
    ],
    [
      'a stated equivalent removed (located at the event)',
      (d) => delete d.events[2]!.statedEquivalent,
      ['warning published-figure-changed events.json events[2]'],
    ],
    [
      'a changed total scope',
      (d) => (d.events[4]!.total = { scope: 'period', period: '2025', measure: 'aid-value' }),
      [
        'warning published-figure-changed events.json events[4].total.scope',
        'warning published-figure-changed events.json events[4].total.period',
      ],
    ],
    [
      'a cargo note reworded (wording, not a figure)',
      (d) => (d.events[1]!.cargo![0]!.note = 'As counted by the agency.'),
      [],
    ],
    [
      'a title reworded (wording, not a figure)',
      (d) => (d.events[0]!.title = 'USD 7.6 million for equipment'),
      [],
    ],
    [
      'a removed event, no correction',
      (d) => d.events.splice(3, 1),
      ['warning published-record-removed events.json events'],
    ],
    [
      'a removed event, with a correction that names it',
      (d) => {
        d.events.splice(3, 1);
        d.corrections.push(correction('2026-03-01', ['convoy-2025-08-13']));
      },
      [],
    ],
    [
      'a new event (nothing readers saw changed)',
      (d) =>
        d.events.push({
          id: 'convoy-2026-03-01',
          date: '2026-03-01',
          kind: 'shipment',
          title: 'A new convoy',
          text: 'Trucks leave Sumgait.',
          amount: { value: 1_000_000, currency: 'USD', qualifier: 'about' },
          sources: [{ source: 'trend-2025-08-13', note: 'Reports it.' }],
        }),
      [],
    ],
  ];

  it.each(cases)('checkPublishedFigures(%s)', (_name, change, expected) => {
    const { data, snapshot } = publishedThenChanged(change);
    const before = structuredClone({ data, snapshot });
    expect(brief(data, snapshot)).toEqual(expected);
    expect({ data, snapshot }).toEqual(before);
  });

  it('says what the figure was and is, and gives the corrections.json entry to add', () => {
    const { data, snapshot } = publishedThenChanged(
      (d) => (d.events[0]!.amount!.value = 7_700_000),
    );
    const [problem] = checkPublishedFigures(data, snapshot, undefined, TODAY);
    expect(problem?.message).toBe(
      'a published figure changed: event "order-2023-07-17" amount.value was 7600000 when published on 2026-02-01, and is now 7700000; no correction names this event',
    );
    expect(problem?.hint).toContain(
      '{"id": "order-2023-07-17-2026-03-10", "date": "2026-03-10", "wrong": "The story gave amount.value as 7600000."',
    );
    expect(problem?.hint).toContain('"records": {"events": ["order-2023-07-17"]}');
    expect(problem?.related).toEqual(['order-2023-07-17']);
  });

  it('names a correction that is too old to cover the change', () => {
    const { data, snapshot } = publishedThenChanged((d) => {
      d.events[0]!.amount!.value = 7_700_000;
      d.corrections.push(correction('2026-01-15', ['order-2023-07-17']));
    });
    const [problem] = checkPublishedFigures(data, snapshot, undefined, TODAY);
    expect(problem?.message).toContain(
      '"fix-2026-01-15" (2026-01-15) is dated before this publication',
    );
  });
});

describe('validateDataset with data/published.json', () => {
  const filesWith = (change: (data: Dataset) => void) => {
    const { data, snapshot } = publishedThenChanged(change);
    return { ...toFiles(data), [PUBLISHED_FILE]: JSON.stringify(snapshot, null, 2) };
  };

  it('validateDataset(changed amount) warns at the amount in events.json, line and column', () => {
    const files = filesWith((d) => (d.events[0]!.amount!.value = 7_700_000));
    const { dataset, problems } = validateDataset(files, TODAY);
    expect(dataset).not.toBeNull();
    const changed = problems.filter((p) => p.code === 'published-figure-changed');
    const line = files['events.json'].split('\n').findIndex((l) => l.includes('7700000')) + 1;
    expect(changed.map((p) => [p.file, p.line, p.path])).toEqual([
      ['events.json', line, 'events[0].amount.value'],
    ]);
  });

  it('validateDataset(correction dated before the first publication) is an error', () => {
    const files = filesWith((d) => d.corrections.push(correction('2026-01-15', ['kyiv'])));
    const { problems } = validateDataset(files, TODAY);
    expect(problems.filter((p) => p.file === 'corrections.json').map((p) => p.code)).toEqual([
      'correction-before-publication',
      'unknown-corrected-record',
    ]);
  });

  it('validateDataset(a removed event named by a correction) accepts the id, which was published', () => {
    const files = filesWith((d) => {
      d.events.splice(3, 1);
      d.steps.forEach(
        (s) =>
          (s.timeline.highlight = s.timeline.highlight.filter((id) => id !== 'convoy-2025-08-13')),
      );
      d.corrections.push(correction('2026-02-01', ['convoy-2025-08-13']));
    });
    const { problems } = validateDataset(files, TODAY);
    expect(
      problems.filter((p) => p.file === 'corrections.json' || p.code.startsWith('published')),
    ).toEqual([]);
  });

  it('validateDataset(a snapshot that is not valid) says to write it again', () => {
    const files = { ...toFiles(validDataset()), [PUBLISHED_FILE]: '{ "events": {} }' };
    const { problems } = validateDataset(files, TODAY);
    expect(problems.map((p) => `${p.file} ${p.code}`)).toEqual([
      `${PUBLISHED_FILE} invalid-snapshot`,
    ]);
    expect(problems[0]?.hint).toContain('npm run publish:figures');
  });
});
