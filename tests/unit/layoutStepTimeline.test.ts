import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { layoutStepTimeline } from '../../src/lib/timeline/layoutStepTimeline.ts';
import { layoutTimeline, timelineAxisWidth } from '../../src/lib/timeline/layoutTimeline.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());

describe('layoutStepTimeline', () => {
  it('lays out a step as layoutTimeline does with the step’s lanes and highlights and the model’s cargo words', () => {
    for (const step of model.steps) {
      for (const [width, maxHeight] of [
        [412, undefined],
        [412, 150],
        [734, 276],
      ] as const) {
        const expected = layoutTimeline(model.events, model.cargo, {
          range: step.range,
          width: timelineAxisWidth(width),
          series: step.series,
          highlight: step.highlight,
          maxHeight,
          labels: true,
          cargoReports: model.cargoReports,
          cargoWords: model.cargoWords,
        });
        const { scale, ...layout } = layoutStepTimeline(model, step, {
          width,
          maxHeight,
          dense: false,
        });
        const { scale: expectedScale, ...expectedLayout } = expected;
        expect(layout).toEqual(expectedLayout);
        expect([scale.domain, scale.width]).toEqual([expectedScale.domain, expectedScale.width]);
      }
    }
  });

  it('draws a range part-way through a glide at the step’s own height (the map’s height is predicted from it)', () => {
    const [a, b] = model.steps;
    if (!a || !b) throw new Error('the fixture has two steps');
    const between: [number, number] = [
      (a.range[0] + b.range[0]) / 2,
      (a.range[1] + b.range[1]) / 2,
    ];
    const atRest = layoutStepTimeline(model, b, { width: 412, dense: false });
    const gliding = layoutStepTimeline(model, b, { width: 412, dense: false, range: between });
    expect(gliding.height).toBe(atRest.height);
    expect(gliding.scale.domain).toEqual(between);
    expect(atRest.scale.domain).toEqual(b.range);
  });

  it('counts marks in bins instead of labelling them when dense', () => {
    const step = model.steps.find((s) => s.series.includes('totals'));
    if (!step) throw new Error('the fixture has a step with reported totals');
    const labelled = layoutStepTimeline(model, step, { width: 640, dense: false });
    const dense = layoutStepTimeline(model, step, { width: 640, dense: true });
    expect(labelled.marks.some((m) => m.label)).toBe(true);
    expect(dense.marks.some((m) => m.label)).toBe(false);
  });
});
