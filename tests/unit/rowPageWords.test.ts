import { describe, expect, it } from 'vitest';
import { pageRows } from '../../src/lib/model/pageRows.ts';
import { rowPageWords } from '../../src/lib/i18n/rowPageWords.ts';
import { enSpeech, ukSpeech, azSpeech } from './fixtures/localeFormats.ts';

describe('rowPageWords', () => {
  const downloads = 'Every event is in the CSV and JSON downloads.';
  it.each([
    [10_000, 100, 'Show 200 more events', `Showing the first 100 of 10,000 events. ${downloads}`],
    [250, 100, 'Show the last 150 events', `Showing the first 100 of 250 events. ${downloads}`],
    [101, 100, 'Show the last 1 event', `Showing the first 100 of 101 events. ${downloads}`],
    [100, 100, null, null],
    [5, 100, null, null],
  ])('in English: %i events, %i asked: %s', (total, requested, moreLabel, status) => {
    expect(rowPageWords(pageRows(total, requested), total, enSpeech)).toEqual({
      moreLabel,
      status,
    });
  });
  it('speaks Ukrainian and Azerbaijani, with their digit grouping', () => {
    const page = pageRows(10_000, 100);
    expect(rowPageWords(page, 10_000, ukSpeech)).toEqual({
      moreLabel: 'Показати ще 200',
      status: 'Показано перші 100 з 10\u00a0000. Усі події є у файлах CSV і JSON для завантаження.',
    });
    expect(rowPageWords(page, 10_000, azSpeech).status).toBe(
      '10.000 hadisədən ilk 100 göstərilir. Bütün hadisələr CSV və JSON fayllarındadır.',
    );
  });
});
