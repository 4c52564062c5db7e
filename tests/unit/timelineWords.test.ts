/**
 * The timeline's words: in English they are the layout's own defaults, so
 * the English page is unchanged; in Ukrainian and Azerbaijani every lane,
 * tick, label and caption is in the language.
 */
import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { layoutTimeline } from '../../src/lib/timeline/layoutTimeline.ts';
import { timelineWords } from '../../src/lib/i18n/timelineWords.ts';
import { formatCompactMoney } from '../../src/lib/format/formatCompact.ts';
import { describeCargoChart } from '../../src/lib/format/describeCargoChart.ts';
import { smallDataset } from './fixtures/smallDataset.ts';
import { azFormat, azSpeech, enSpeech, ukFormat, ukSpeech } from './fixtures/localeFormats.ts';
import type { Amount } from '../../src/data/schema.ts';

const model = buildStoryModel(smallDataset());
const layout = (words?: ReturnType<typeof timelineWords>) =>
  layoutTimeline(model.events, model.cargo, {
    range: [Date.UTC(2023, 0, 1), Date.UTC(2026, 11, 31)],
    width: 640,
    series: ['orders', 'shipments', 'totals', 'statements', 'context', 'cargo'],
    highlight: [],
    cargoReports: model.cargoReports,
    words,
  });

it('the English words lay the timeline out exactly as the defaults do', () => {
  expect(JSON.stringify(layout(timelineWords(enSpeech)))).toBe(JSON.stringify(layout()));
});

describe.each([
  ['uk', ukSpeech, 'Оголошені підсумки'],
  ['az-Latn', azSpeech, 'Açıqlanan cəmlər'],
])('%s', (_tag, speech, totals) => {
  const words = timelineWords(speech);
  const english = layout();
  const translated = layout(words);
  it('names the lanes in the language', () => {
    expect(translated.lanes.find((l) => l.key === 'totals')?.label).toBe(totals);
  });
  it('names the months of the ticks in the language (timeTicks)', () => {
    const narrow = layoutTimeline(model.events, model.cargo, {
      range: [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)],
      width: 900,
      series: ['orders'],
      highlight: [],
      words,
    });
    const months = narrow.ticks.filter((t) => !t.major).map((t) => t.label);
    expect(months.length).toBeGreaterThan(0);
    for (const label of months) expect(speech.format.monthsShort).toContain(label);
  });
  it('sums the cargo up in the language when the charts do not fit', () => {
    const options = {
      range: [Date.UTC(2023, 0, 1), Date.UTC(2026, 11, 31)] as [number, number],
      width: 640,
      series: ['cargo' as const],
      highlight: [],
      cargoReports: model.cargoReports,
    };
    const base = layoutTimeline(model.events, model.cargo, options);
    const maxHeight = base.height - 10;
    const englishSummary = layoutTimeline(model.events, model.cargo, { ...options, maxHeight });
    const summary = layoutTimeline(model.events, model.cargo, { ...options, maxHeight, words });
    expect(englishSummary.cargoSummary.join(' ')).toMatch(/^Cargo: /);
    expect(summary.cargoSummary.length).toBeGreaterThan(0);
    expect(summary.cargoSummary.join(' ')).not.toMatch(/Cargo/);
  });
  it('writes the cargo captions in the language, with the same figures', () => {
    expect(translated.cargo.length).toBe(english.cargo.length);
    const digits = (lines: string[]) => lines.join(' ').replace(/\D/g, '');
    for (const [i, chart] of translated.cargo.entries()) {
      const original = english.cargo[i]!;
      expect(chart.lines.join(' ')).not.toBe(original.lines.join(' '));
      // The same figures and dates, in the same order.
      expect(digits(chart.lines)).toBe(digits(original.lines));
    }
  });
});

// A native reader's read (2026-12-03): in Ukrainian a fixed noun after the
// number took the wrong case ("84 трансформаторів"), so the noun goes first;
// in Azerbaijani the number ran into "in the reports" ("ən azı 84 rəqəm verən
// xəbərlərdə" read as "at least 84 reports"), and the ending belongs on the unit.
describe.each([
  {
    lang: 'uk',
    speech: ukSpeech,
    cable: 'Кабель і дріт: понад 1\u00a0455 км усього',
    trucks: 'вантажівки — щонайменше 37 у повідомленнях, що наводять цифру',
  },
  {
    lang: 'az',
    speech: azSpeech,
    cable: 'Kabel və naqil: 1.455 km-dən çox, cəmi göndərilib',
    trucks: 'yük maşınları — ən azı 37, rəqəm verən xəbərlərdə',
  },
])('the cargo words in $lang', ({ speech, cable, trucks }) => {
  const words = timelineWords(speech);
  const chart = (key: 'cable-km' | 'trucks') =>
    describeCargoChart(key, model.cargo[key], model.cargoReports, words);
  it('a caption qualifies the figure with its unit', () => {
    expect(chart('cable-km').caption).toBe(cable);
  });
  it('a phrase of the summary names the cargo, then its figure', () => {
    expect(chart('trucks').phrase).toBe(trucks);
  });
});

describe('compact money labels keep the qualifier in each language', () => {
  const cases: [Amount, string, string, string][] = [
    [
      { value: 45e6, currency: 'USD', qualifier: 'more-than' },
      'more than $45m',
      'понад 45 млн доларів',
      '45 mln dollardan çox',
    ],
    [
      { value: 45_961_234, currency: 'USD', qualifier: 'more-than' },
      'more than $45.9m',
      'понад 45,9 млн доларів',
      '45,9 mln dollardan çox',
    ],
    [
      { value: 70e6, currency: 'AZN', qualifier: 'about' },
      'about 70m manats',
      'близько 70 млн манатів',
      'təxminən 70 mln manat',
    ],
    [
      { value: 999_999, currency: 'USD', qualifier: 'exact' },
      'about $1m',
      'близько 1 млн доларів',
      'təxminən 1 mln dollar',
    ],
    // Below a thousand the noun follows its count, as in the full form.
    [{ value: 500, currency: 'USD', qualifier: 'exact' }, '$500', '500 доларів', '500 dollar'],
    [
      { value: 22, currency: 'AZN', qualifier: 'about' },
      'about 22 manats',
      'близько 22 манатів',
      'təxminən 22 manat',
    ],
    [
      { value: 1, currency: 'AZN', qualifier: 'more-than' },
      'more than 1 manat',
      'понад 1 манат',
      '1 manatdan çox',
    ],
  ];
  it.each(cases)('%j', (amount, en, uk, az) => {
    expect([
      formatCompactMoney(amount),
      formatCompactMoney(amount, ukFormat),
      formatCompactMoney(amount, azFormat),
    ]).toEqual([en, uk, az]);
  });
});
