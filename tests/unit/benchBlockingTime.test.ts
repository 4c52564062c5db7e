import { describe, expect, it } from 'vitest';
import {
  formatBlockingShares,
  kindOfTask,
  shareBlockingTime,
  type BlockingWindows,
} from '../../tests/bench/explainBlockingTime.ts';

describe('kindOfTask', () => {
  it('names the task that commits the page, whatever else it does', () => {
    const events = [
      { name: 'DocumentLoader::CommitNavigation', ms: 29 },
      { name: 'DecodedDataDocumentParser::AppendBytes', ms: 14 },
    ];
    expect(kindOfTask(events, false)).toBe('opening the page');
  });

  it("names the page's first layout and paint as such", () => {
    expect(kindOfTask([{ name: 'Layout', ms: 31 }], true)).toBe('first layout and paint');
  });

  it('otherwise names the work that took most of the task', () => {
    // A frame of the boot script's: its callback is short, the layout it asks for is not.
    const frame = [
      { name: 'FireAnimationFrame', ms: 0.4 },
      { name: 'FunctionCall', ms: 0.3 },
      { name: 'UpdateLayoutTree', ms: 2.1 },
      { name: 'Layout', ms: 4.5 },
      { name: 'Paint', ms: 0.7 },
      { name: 'Commit', ms: 1 },
    ];
    expect(kindOfTask(frame, false)).toBe('style and layout');
    expect(
      kindOfTask(
        [
          { name: 'ParseHTML', ms: 10 },
          { name: 'Layout', ms: 1 },
        ],
        false,
      ),
    ).toBe('parsing HTML');
    expect(kindOfTask([{ name: 'EvaluateScript', ms: 12 }], false)).toBe('scripts');
    expect(kindOfTask([{ name: 'Commit', ms: 14 }], false)).toBe('paint and compositing');
    expect(kindOfTask([{ name: 'GPUTask', ms: 14 }], false)).toBe('other');
  });
});

describe('shareBlockingTime', () => {
  const windows: BlockingWindows = {
    optimistic: { start: 900, end: 1300 },
    pessimistic: { start: 900, end: 1600 },
  };

  it('counts what a task lasts beyond 50 ms, half from each simulation', () => {
    const shares = shareBlockingTime(
      [
        {
          kind: 'first layout and paint',
          optimistic: { start: 950, end: 1050 },
          pessimistic: { start: 950, end: 1070 },
        },
      ],
      windows,
    );
    expect(shares).toEqual({ 'first layout and paint': 0.5 * 50 + 0.5 * 70 });
  });

  it('counts only the part inside the window, and nothing of a task under 50 ms', () => {
    const shares = shareBlockingTime(
      [
        // Starts before the FCP: 80 ms of its 160 fall in the window.
        {
          kind: 'opening the page',
          optimistic: { start: 820, end: 980 },
          pessimistic: { start: 820, end: 980 },
        },
        // Long, but only 40 ms of it after the FCP: nothing.
        {
          kind: 'parsing HTML',
          optimistic: { start: 800, end: 940 },
          pessimistic: { start: 800, end: 940 },
        },
        { kind: 'scripts', optimistic: { start: 1000, end: 1049 } },
        // After the optimistic TTI: counts in the pessimistic simulation only.
        {
          kind: 'style and layout',
          optimistic: { start: 1400, end: 1500 },
          pessimistic: { start: 1400, end: 1500 },
        },
      ],
      windows,
    );
    expect(shares).toEqual({ 'opening the page': 30, 'style and layout': 25 });
  });

  it('adds up the tasks of one kind', () => {
    const frame = (start: number) => ({
      kind: 'style and layout' as const,
      optimistic: { start, end: start + 60 },
      pessimistic: { start, end: start + 60 },
    });
    expect(shareBlockingTime([frame(1000), frame(1100)], windows)).toEqual({
      'style and layout': 20,
    });
  });
});

describe('formatBlockingShares', () => {
  it('prints the shares largest first, in whole ms', () => {
    expect(
      formatBlockingShares({
        scripts: 12.4,
        'first layout and paint': 47,
        'opening the page': 0.4,
      }),
    ).toBe('first layout and paint 47 · scripts 12 · opening the page 0');
  });

  it('says when nothing blocked, and when the run predates the reading', () => {
    expect(formatBlockingShares({})).toBe('none');
    expect(formatBlockingShares(undefined)).toBe('—');
  });
});
