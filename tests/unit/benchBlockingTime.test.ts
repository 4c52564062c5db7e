import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { describe, expect, it } from 'vitest';
import {
  classifyTask,
  findFirstFrame,
  formatBlockingParts,
  splitBlockingTime,
  timeByKind,
  type BlockingKind,
  type BlockingWindows,
  type SimulatedTask,
  type TaskEvent,
} from '../../tests/bench/explainBlockingTime.ts';

const event = (name: string, start: number, ms: number): TaskEvent => ({ name, start, ms });

describe('timeByKind', () => {
  it("gives each event's own time to its kind, and V8's to the script it runs", () => {
    const events = [
      event('TimerFire', 0, 30),
      event('FunctionCall', 0.5, 29),
      event('v8.callFunction', 0.5, 29),
      event('Layout', 5, 20),
      event('MajorGC', 25.5, 1),
      event('Paint', 30, 3),
      event('ImageDecodeTask', 33, 2),
    ];
    const byKind = Object.fromEntries(
      [...timeByKind(events)].map(([kind, ms]) => [kind, Math.round(ms * 10) / 10]),
    );
    expect(byKind).toEqual({
      scripts: 10,
      'style and layout': 20,
      'paint and compositing': 3,
      other: 2,
    });
  });
});

describe('classifyTask', () => {
  it('names the task that commits the page, whatever else it does', () => {
    const events = [
      event('DocumentLoader::CommitNavigation', 0, 29),
      event('DecodedDataDocumentParser::AppendBytes', 14, 14),
    ];
    expect(classifyTask(events, false)).toBe('opening the page');
  });

  it("names the page's first layout and paint as such", () => {
    expect(classifyTask([event('Layout', 0, 31)], true)).toBe('first layout and paint');
  });

  // Tasks whose events nest, as a trace nests them: named by each event's own time.
  it.each<[string, TaskEvent[], BlockingKind]>([
    [
      'a layout a script forced as layout, not as the script',
      [event('TimerFire', 0, 30), event('FunctionCall', 0.5, 29), event('Layout', 5, 20)],
      'style and layout',
    ],
    [
      // A callback's time is V8's own event, inside the FunctionCall.
      "the time of what runs inside a script (V8's own events) as the script's",
      [
        event('FireAnimationFrame', 0, 14),
        event('FunctionCall', 0.1, 13.8),
        event('v8.callFunction', 0.1, 13.8),
        event('UpdateLayoutTree', 14, 3),
        event('Layout', 17, 4),
      ],
      'scripts',
    ],
    [
      'a deferred script the parser ran at its end as a script, not as parsing',
      [
        event('DocumentLoader::BodyLoadingFinished', 0, 20),
        event('ParseHTML', 0.2, 3),
        event('EvaluateScript', 4, 12),
        event('EventDispatch', 16.5, 1),
      ],
      'scripts',
    ],
  ])('names %s', (_, events, kind) => {
    expect(classifyTask(events, false)).toBe(kind);
  });

  it('otherwise names the work that took most of its own time', () => {
    const frame = [
      event('FireAnimationFrame', 0, 0.4),
      event('FunctionCall', 0.05, 0.3),
      event('UpdateLayoutTree', 0.5, 2.1),
      event('Layout', 2.7, 4.5),
      event('Paint', 7.5, 0.7),
      event('Commit', 8.5, 1),
    ];
    expect(classifyTask(frame, false)).toBe('style and layout');
    expect(
      classifyTask(
        [event('DecodedDataDocumentParser::AppendBytes', 0, 12), event('ParseHTML', 1, 10)],
        false,
      ),
    ).toBe('parsing HTML');
    expect(classifyTask([event('EvaluateScript', 0, 12)], false)).toBe('scripts');
    expect(classifyTask([event('Paint', 0, 5), event('Commit', 5, 9)], false)).toBe(
      'paint and compositing',
    );
    expect(classifyTask([event('MajorGC', 0, 14)], false)).toBe('other');
  });
});

describe('findFirstFrame', () => {
  const blankPaint = [event('Paint', 0, 0.7)];
  const commit = [event('DocumentLoader::CommitNavigation', 40, 30)];
  const tinyLayout = [event('UpdateLayoutTree', 76, 1.4), event('Layout', 77.5, 0.5)];
  const frame = [event('Layout', 130, 31), event('Paint', 165, 4)];

  it("finds the first task after the page's commit that lays out and paints", () => {
    expect(findFirstFrame([blankPaint, commit, tinyLayout, frame, frame])).toBe(3);
  });

  it('names none without a commit, or without such a task', () => {
    expect(findFirstFrame([blankPaint, tinyLayout, frame])).toBeUndefined();
    expect(findFirstFrame([blankPaint, commit, tinyLayout])).toBeUndefined();
  });
});

describe('splitBlockingTime', () => {
  const windows: BlockingWindows = {
    optimistic: { start: 900, end: 1300 },
    pessimistic: { start: 900, end: 1600 },
  };

  it('counts what a task lasts beyond 50 ms, half from each simulation', () => {
    const parts = splitBlockingTime(
      [
        {
          kind: 'first layout and paint',
          optimistic: { start: 950, end: 1050 },
          pessimistic: { start: 950, end: 1070 },
        },
      ],
      windows,
    );
    expect(parts).toEqual({ 'first layout and paint': 0.5 * 50 + 0.5 * 70 });
  });

  /** A task both simulations place at the same time. */
  const placed = (kind: BlockingKind, start: number, end: number): SimulatedTask => ({
    kind,
    optimistic: { start, end },
    pessimistic: { start, end },
  });

  it('counts only the part inside the window, and nothing of a task under 50 ms', () => {
    const parts = splitBlockingTime(
      [
        // Starts before the FCP: 80 ms of its 160 fall in the window.
        placed('opening the page', 820, 980),
        // Long, but only 40 ms of it after the FCP: nothing.
        placed('parsing HTML', 800, 940),
        { kind: 'scripts', optimistic: { start: 1000, end: 1049 } },
        // After the optimistic TTI: counts in the pessimistic simulation only.
        placed('style and layout', 1400, 1500),
      ],
      windows,
    );
    expect(parts).toEqual({ 'opening the page': 30, 'style and layout': 25 });
  });

  it('adds up the tasks of one kind', () => {
    const frames = [placed('style and layout', 1000, 1060), placed('style and layout', 1100, 1160)];
    expect(splitBlockingTime(frames, windows)).toEqual({ 'style and layout': 20 });
  });

  it("adds up to Lantern's own TBT for the same simulations (Lighthouse 12.2.3)", () => {
    // Tasks and windows from a fixed pseudo-random sequence, around an FCP and a TTI.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const fcp = { optimistic: 850 + next() * 100, pessimistic: 950 + next() * 100 };
    const tti = { optimistic: 1200 + next() * 300, pessimistic: 1500 + next() * 500 };
    const kinds = ['scripts', 'style and layout', 'parsing HTML'] as const;
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: String(i), type: 'cpu' }));
    const timings = (shift: number) =>
      new Map(
        nodes.map((node) => {
          const startTime = 700 + next() * 1500 + shift;
          const duration = 10 + next() * 150;
          return [node, { startTime, endTime: startTime + duration, duration }];
        }),
      );
    const optimistic = timings(0);
    const pessimistic = timings(40);
    const extras = {
      fcpResult: {
        optimisticEstimate: { timeInMs: fcp.optimistic },
        pessimisticEstimate: { timeInMs: fcp.pessimistic },
      },
      interactiveResult: {
        optimisticEstimate: { timeInMs: tti.optimistic },
        pessimisticEstimate: { timeInMs: tti.pessimistic },
      },
    };
    const lantern = (nodeTimings: typeof optimistic, isOptimistic: boolean): number =>
      Lantern.Metrics.TotalBlockingTime.getEstimateFromSimulation(
        { nodeTimings } as never,
        { ...extras, optimistic: isOptimistic } as never,
      ).timeInMs;
    const tasks: SimulatedTask[] = nodes.map((node, i) => {
      const span = (t: { startTime: number; endTime: number }) => ({
        start: t.startTime,
        end: t.endTime,
      });
      return {
        kind: kinds[i % kinds.length]!,
        optimistic: span(optimistic.get(node)!),
        pessimistic: span(pessimistic.get(node)!),
      };
    });
    const parts = splitBlockingTime(tasks, {
      optimistic: { start: fcp.pessimistic, end: tti.optimistic },
      pessimistic: { start: fcp.optimistic, end: tti.pessimistic },
    });
    const ours = Object.values(parts).reduce((a, b) => a + b, 0);
    const theirs = 0.5 * lantern(optimistic, true) + 0.5 * lantern(pessimistic, false);
    expect(theirs).toBeGreaterThan(100);
    expect(ours).toBeCloseTo(theirs, 6);
  });
});

describe('formatBlockingParts', () => {
  it('prints the parts largest first, in whole ms', () => {
    expect(
      formatBlockingParts({ scripts: 12.4, 'first layout and paint': 47, 'opening the page': 0.4 }),
    ).toBe('first layout and paint 47 · scripts 12 · opening the page <1');
  });

  it('never prints a part that blocked as 0 ms', () => {
    expect(formatBlockingParts({ scripts: 0.49, 'parsing HTML': 0.5 })).toBe(
      'parsing HTML 1 · scripts <1',
    );
  });

  it('says when nothing blocked, and when the run predates the reading', () => {
    expect(formatBlockingParts({})).toBe('none');
    expect(formatBlockingParts(undefined)).toBe('—');
  });
});
