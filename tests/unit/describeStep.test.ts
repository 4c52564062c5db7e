import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { describeEvent, describeMap, describeTimeline } from '../../src/lib/format/describeStep.ts';
import { smallDataset } from './fixtures/smallDataset.ts';
import { azSpeech, enSpeech, ukSpeech } from './fixtures/localeFormats.ts';

const ROUTE_DISCLAIMER = enSpeech.t('describe.routeDisclaimer');

const model = buildStoryModel(smallDataset());
const [opening, convoys] = model.steps as [
  NonNullable<(typeof model.steps)[0]>,
  NonNullable<(typeof model.steps)[0]>,
];

describe('describeMap', () => {
  it('describeMap(convoys, [], enSpeech) names the countries, places, arcs with their trucks, and the route caveat', () => {
    expect(describeMap(convoys, [], enSpeech)).toBe(
      'Map highlighting Azerbaijan and Ukraine. ' +
        'Places marked: Sumgait and Ukraine (the reports name no city in Ukraine). ' +
        '2 arcs for shipments from Sumgait to Ukraine, drawn by number of trucks (14 and 23). ' +
        ROUTE_DISCLAIMER,
    );
  });

  it('describeMap(opening, [], enSpeech) describes one arc without weights', () => {
    expect(describeMap(opening, [], enSpeech)).toContain(
      'One arc for shipments from Sumgait to Ukraine.',
    );
  });

  it('describeMap(convoys, [crimea], enSpeech) says Crimea is drawn as part of Ukraine and hatched as occupied', () => {
    const crimea = { name: 'Crimea', partOf: 'UA', heldBy: 'RU', since: 2014 };
    expect(describeMap(convoys, [crimea], enSpeech)).toContain(
      'Map highlighting Azerbaijan and Ukraine. Crimea is drawn as part of Ukraine and hatched: occupied by Russia since 2014. Places marked:',
    );
    expect(describeMap(convoys, [], enSpeech)).not.toContain('Crimea');
  });

  it('describeMap(step whose places are all cities) adds no note on unnamed cities', () => {
    const step = { ...convoys, places: convoys.places.filter((p) => p.kind !== 'territory') };
    expect(step.places.length).toBeGreaterThan(0);
    expect(describeMap(step, [], enSpeech)).not.toContain('name no city');
  });

  it('a step with no countries, places or flows still gets a sentence', () => {
    const bare = { ...convoys, countries: [], places: [], flows: [] };
    expect(describeMap(bare, [], enSpeech)).toBe('Map of the region.');
  });
});

describe('the text equivalents read as sentences in each language', () => {
  // A native reader's read of the generated sentences (2026-12-03): the
  // country after the note on cities was read as the unnamed city.
  // The places as each language's data names them (translations/<tag>/places.json).
  const named = (sumgait: string, ukraine: string) => ({
    ...convoys,
    places: convoys.places.map((p) => ({ ...p, name: p.kind === 'territory' ? ukraine : sumgait })),
  });
  it.each([
    {
      lang: 'uk',
      speech: ukSpeech,
      step: named('Сумгаїт', 'Україна'),
      places: 'Позначені місця: Сумгаїт і Україна (Україна: у повідомленнях місто не названо).',
    },
    {
      lang: 'az',
      speech: azSpeech,
      step: named('Sumqayıt', 'Ukrayna'),
      places: 'İşarələnmiş yerlər: Sumqayıt və Ukrayna (Ukrayna: xəbərlərdə şəhər adı çəkilmir).',
    },
  ])('describeMap in $lang says which country has no named city', ({ speech, step, places }) => {
    expect(describeMap(step, [], speech)).toContain(places);
  });

  it.each([
    { lang: 'en', speech: enSpeech },
    { lang: 'uk', speech: ukSpeech },
    { lang: 'az', speech: azSpeech },
  ])(
    'an undated event in $lang starts in lower case: it follows "Highlighted: …; "',
    ({ speech }) => {
      const dated = model.eventsById.get('shipment-2026')!;
      const undated = { ...dated, date: 'undated', when: null };
      expect(describeEvent(undated, speech)).toMatch(/^\p{Ll}/u);
    },
  );

  it('describeMap in uk names the one route of an arc group in the singular', () => {
    expect(describeMap(convoys, [], ukSpeech)).toContain(
      'Дуг для відправлень: 2; маршрут: Sumgait – Ukraine,',
    );
  });
});

describe('describeTimeline', () => {
  it('describeTimeline(convoys) gives the range, series and highlighted events with figures', () => {
    expect(describeTimeline(convoys, model, enSpeech)).toBe(
      'Timeline from July 2023 to December 2023 showing shipments and cargo shipped. Highlighted: ' +
        '30 October 2023, shipment: First convoy (14 trucks; more than 555,000 m of cable and wire); ' +
        '21 November 2023, shipment: Second convoy (23 trucks; more than 900,000 m of cable and wire; 18 transformers).',
    );
  });

  // A month without its day is named in the nominative ("липень 2023 р."): after
  // "від … до …" Ukrainian needs the genitive ("від липня"), so the sentence
  // gives the months as a range instead, as the Azerbaijani one does.
  it.each([
    {
      lang: 'uk',
      speech: ukSpeech,
      opening: 'Шкала часу (липень 2023 р. – грудень 2023 р.): відправлення і відправлений вантаж.',
    },
    { lang: 'az', speech: azSpeech, opening: 'Zaman xətti (iyul 2023 – dekabr 2023):' },
  ])(
    'describeTimeline(convoys) in $lang names its months as a range, in the case they are written in',
    ({ speech, opening }) => {
      expect(describeTimeline(convoys, model, speech)).toContain(opening);
    },
  );
});

describe('describeEvent', () => {
  it('describeEvent(range-dated shipment) keeps the range, never a made-up day', () => {
    expect(describeEvent(model.eventsById.get('shipment-2026')!, enSpeech)).toBe(
      'between 16 and 27 January 2026, shipment: January shipment (11 generators)',
    );
  });

  it('describeEvent(total) keeps the source’s qualifier', () => {
    expect(describeEvent(model.eventsById.get('total-2024')!, enSpeech)).toContain(
      'more than 70 million manats',
    );
  });
});
