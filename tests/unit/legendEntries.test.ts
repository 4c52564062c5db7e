/**
 * The legend of a step's image says what the page's legend says, in the
 * page's language: the same catalogue strings as Legend.svelte.
 */
import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { legendEntries } from '../../src/lib/share/legendEntries.ts';
import { smallDataset } from './fixtures/smallDataset.ts';
import { azSpeech, enSpeech, ukSpeech } from './fixtures/localeFormats.ts';

const model = buildStoryModel(smallDataset());
const withArcs = model.steps.find((s) => s.flows.length > 0 && s.places.length > 0)!;

describe.each([
  ['en', enSpeech],
  ['uk', ukSpeech],
  ['az-Latn', azSpeech],
])('legendEntries in %s', (_tag, speech) => {
  const rows = legendEntries(withArcs, [], true, speech);
  const { t } = speech;

  it('names the kinds of marks with the catalogue’s words', () => {
    expect(rows.at(-1)!.map((item) => item.text)).toEqual([
      t('kind.order'),
      t('kind.shipment'),
      t('kind.reported-total'),
      t('legend.statementContext'),
    ]);
  });

  it('explains the arcs with the catalogue’s route caveat', () => {
    const arc = rows.flat().find((item) => item.swatch === 'arc')!;
    expect(arc.text).toContain(t('describe.routeDisclaimer'));
  });

  it('names the places line with the catalogue’s words', () => {
    const dot = rows.flat().find((item) => item.swatch === 'dot')!;
    expect(dot.text.startsWith(t('legend.places'))).toBe(true);
  });
});

it('the uk and az legends name the kinds of marks in their own words, not the English ones', () => {
  const english = legendEntries(withArcs, [], true, enSpeech).at(-1)!;
  for (const speech of [ukSpeech, azSpeech]) {
    const translated = legendEntries(withArcs, [], true, speech).at(-1)!;
    translated.forEach((item, i) => expect(item.text).not.toBe(english[i]!.text));
  }
});
