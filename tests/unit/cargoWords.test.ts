import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { CARGO_SERIES_KEYS } from '../../src/lib/model/cargoSeries.ts';
import { describeCargoChart } from '../../src/lib/format/describeCargoChart.ts';
import { layoutTimeline } from '../../src/lib/timeline/layoutTimeline.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());
const options = {
  range: model.domain,
  width: 640,
  series: ['shipments', 'cargo'] as const,
  highlight: [],
};

describe('cargo chart words, worked out once by the story model', () => {
  it.each(CARGO_SERIES_KEYS)(
    'buildStoryModel(data).cargoWords[%s] is describeCargoChart of its series',
    (key) => {
      expect(model.cargoWords[key]).toEqual(
        describeCargoChart(key, model.cargo[key], model.cargoReports),
      );
    },
  );

  it('layoutTimeline(…, {cargoWords}) draws the model’s words as describeCargoChart would', () => {
    const once = layoutTimeline(model.events, model.cargo, {
      ...options,
      series: [...options.series],
      cargoWords: model.cargoWords,
    });
    const everyCall = layoutTimeline(model.events, model.cargo, {
      ...options,
      series: [...options.series],
      cargoReports: model.cargoReports,
    });
    expect(once.cargo).toEqual(everyCall.cargo);
  });

  it('layoutTimeline(…, {cargoWords}) takes the words it is given instead of working them out again', () => {
    const words = Object.fromEntries(
      CARGO_SERIES_KEYS.map((key) => [key, { caption: `${key} given`, phrase: `${key} phrase` }]),
    ) as typeof model.cargoWords;
    const layout = layoutTimeline(model.events, model.cargo, {
      ...options,
      series: [...options.series],
      cargoWords: words,
    });
    expect(layout.cargo.length).toBeGreaterThan(0);
    for (const chart of layout.cargo) expect(chart.lines.join(' ')).toBe(`${chart.key} given`);
  });
});
