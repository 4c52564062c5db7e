import { describe, expect, it } from 'vitest';
import { pageRows } from '../../src/lib/model/pageRows.ts';
import { rowPageWords } from '../../src/lib/i18n/rowPageWords.ts';
import { enSpeech, ukSpeech, azSpeech } from './fixtures/localeFormats.ts';

describe('rowPageWords', () => {
  it.each([
    [10_000, 100],
    [250, 100],
    [101, 100],
    [100, 100],
    [5, 100],
  ])('in English it says what pageRows says (%i events, %i asked)', (total, requested) => {
    const page = pageRows(total, requested);
    expect(rowPageWords(page, total, enSpeech)).toEqual({
      moreLabel: page.moreLabel,
      status: page.status,
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
