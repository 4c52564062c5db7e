import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/model/buildStoryModel.ts';
import { checkDataset } from '../../src/data/checkDataset.ts';
import { checkUndatedEvents } from '../../src/data/checkUndatedEvents.ts';
import { describeEvent, describeTimeline } from '../../src/lib/format/describeStep.ts';
import { compareFuzzyDates, formatFuzzyDate } from '../../src/lib/model/fuzzyDate.ts';
import { layoutTimeline } from '../../src/lib/timeline/layoutTimeline.ts';
import type { AidEvent, Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';
import { enSpeech } from './fixtures/localeFormats.ts';

/** The column's Georgia parallel: "years ago", no date in any source. */
function georgia(date: string, undated: boolean): AidEvent {
  return {
    id: 'context-georgia',
    date,
    kind: 'context',
    title: 'The column draws a parallel with Georgia',
    text: 'Years ago, the column says.',
    sources: [
      {
        source: 'azertag-2023-10-30',
        excerpt: 'Years ago',
        ...(undated ? { undated: true as const } : {}),
      },
    ],
  };
}

function withEvent(event: AidEvent): Dataset {
  const dataset = validDataset();
  dataset.events.push(event);
  return dataset;
}

describe('checkUndatedEvents', () => {
  it.each<[string, AidEvent, string[]]>([
    ['"undated", every citation undated: fine', georgia('undated', true), []],
    ['a dated event with dating sources: fine', georgia('2026-01', false), []],
    [
      'a date (even a range) that no source gives is refused',
      georgia('2026-01-27/2026-02-28', true),
      ['date-without-source'],
    ],
    [
      '"undated" while a citation does not say its source gives no date is refused',
      georgia('undated', false),
      ['undated-citation-missing'],
    ],
  ])('checkUndatedEvents: %s', (_case, event, codes) => {
    const before = structuredClone(event);
    const problems = checkUndatedEvents({ events: [event] });
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) expect(p.severity).toBe('error');
    expect(event).toEqual(before);
  });

  it('validateDataset(a date no source gives) fails, located at the date', () => {
    const dataset = withEvent(georgia('2026-01-27/2026-02-28', true));
    expect(checkDataset(dataset).map((p) => p.code)).toContain('date-without-source');
    const { dataset: valid, problems } = validateDataset(toFiles(dataset));
    const error = problems.find((p) => p.code === 'date-without-source');
    expect(error).toMatchObject({
      severity: 'error',
      file: 'events.json',
      path: `events[${dataset.events.length - 1}].date`,
    });
    expect(error!.line).toBeGreaterThan(1);
    expect(error!.hint).toContain('"date": "undated"');
    expect(valid).toBeNull();
  });

  it('validateDataset accepts "undated" as an event date, and no other made-up word', () => {
    expect(validateDataset(toFiles(withEvent(georgia('undated', true)))).problems).toEqual([]);
    const typo = validateDataset(toFiles(withEvent(georgia('undatd', true))));
    expect(typo.problems.map((p) => p.path)).toContain(
      `events[${validDataset().events.length}].date`,
    );
  });
});

describe('an undated event on the page', () => {
  const dataset = withEvent(georgia('undated', true));
  dataset.steps[0]!.timeline.series = ['orders', 'shipments', 'totals', 'context'];
  dataset.steps[0]!.timeline.highlight.push('context-georgia');
  const model = buildStoryModel(dataset);
  const undated = model.eventsById.get('context-georgia')!;

  it('buildStoryModel keeps it, with no date, after every dated event, and the axis ignores it', () => {
    expect(undated.when).toBeNull();
    expect(model.events.at(-1)!.id).toBe('context-georgia');
    expect(model.domain).toEqual(buildStoryModel(validDataset()).domain);
  });

  it('layoutTimeline draws no mark for it and, when the step highlights it, names it in a line under the axis', () => {
    const layout = layoutTimeline(model.events, model.cargo, {
      range: model.domain,
      width: 640,
      series: ['orders', 'context'],
      highlight: ['context-georgia'],
    });
    expect(layout.marks.map((m) => m.eventId)).not.toContain('context-georgia');
    expect(layout.undated.eventIds).toEqual(['context-georgia']);
    expect(layout.undated.lines.join(' ')).toBe(
      'No date given, so not on the time axis: The column draws a parallel with Georgia.',
    );
    expect(layout.undated.y).toBeGreaterThan(layout.axisY);
    expect(layout.height).toBeGreaterThan(layout.undated.y);
    for (const [series, highlight] of [
      [['orders'], ['context-georgia']],
      [['orders', 'context'], []],
    ] as const) {
      const without = layoutTimeline(model.events, model.cargo, {
        range: model.domain,
        width: 640,
        series,
        highlight,
      });
      expect(without.undated.lines).toEqual([]);
      expect(without.marks.map((m) => m.eventId)).not.toContain('context-georgia');
    }
  });

  it('the text equivalents say it has no date', () => {
    expect(describeEvent(undated, enSpeech)).toBe(
      'no date given, context: The column draws a parallel with Georgia',
    );
    expect(describeTimeline(model.steps[0]!, model, enSpeech)).toContain(
      'Events with no date are named under the time axis, not placed on it.',
    );
  });

  it('formatFuzzyDate and compareFuzzyDates put "undated" in words and after every date', () => {
    expect(formatFuzzyDate('undated')).toBe('no date given');
    expect(['undated', '2026', '2023-10-30'].sort(compareFuzzyDates)).toEqual([
      '2023-10-30',
      '2026',
      'undated',
    ]);
  });
});
