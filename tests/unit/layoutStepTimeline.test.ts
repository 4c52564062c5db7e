import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { layoutStepTimeline } from '../../src/lib/timeline/layoutStepTimeline.ts';
import { SERIES_OF_KIND, TIMELINE_PADDING } from '../../src/lib/timeline/layoutTimeline.ts';
import { smallDataset } from './fixtures/smallDataset.ts';

const model = buildStoryModel(smallDataset());

describe('layoutStepTimeline', () => {
  it('draws what the step asks for: its lanes, its highlighted events, cargo charts only where its series has them, the whole width', () => {
    for (const step of model.steps) {
      const layout = layoutStepTimeline(model, step, { width: 412, dense: false });
      expect(layout.width + 2 * TIMELINE_PADDING).toBe(412);
      expect(layout.scale.domain).toEqual(step.range);
      for (const mark of layout.marks) expect(step.series).toContain(SERIES_OF_KIND[mark.kind]);
      expect(
        layout.marks
          .filter((m) => m.highlighted)
          .map((m) => m.eventId)
          .sort(),
      ).toEqual(step.highlight.filter((id) => layout.marks.some((m) => m.eventId === id)).sort());
      expect(layout.cargo.length > 0 || layout.cargoSummary.length > 0).toBe(
        step.series.includes('cargo'),
      );
    }
    // The fixture's convoy step highlights both its shipments, and draws cargo charts.
    const convoys = model.steps.find((s) => s.series.includes('cargo'));
    const layout = layoutStepTimeline(model, convoys!, { width: 412, dense: false });
    expect(layout.marks.filter((m) => m.highlighted).map((m) => m.eventId)).toEqual([
      'convoy-1',
      'convoy-2',
    ]);
  });

  it('sums the cargo up in words when the charts would not fit the room it is given', () => {
    const convoys = model.steps.find((s) => s.series.includes('cargo'))!;
    const roomy = layoutStepTimeline(model, convoys, { width: 412, dense: false });
    const tight = layoutStepTimeline(model, convoys, {
      width: 412,
      dense: false,
      maxHeight: roomy.height - 1,
    });
    expect(roomy.cargo.length).toBeGreaterThan(0);
    expect(tight.cargo).toEqual([]);
    expect(tight.height).toBeLessThanOrEqual(roomy.height - 1);
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
