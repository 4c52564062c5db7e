import { describe, expect, it } from 'vitest';
import { decideRepeat } from '../../tests/bench/decideRepeat.ts';
import { interleaveRuns } from '../../tests/bench/interleaveRuns.ts';
import { repeatWhileBusy } from '../../tests/bench/repeatWhileBusy.ts';

const order = (subjects: string[], runs: number) =>
  interleaveRuns(subjects, runs).map(({ subject, run }) => `${subject} ${run}`);

describe('interleaveRuns', () => {
  it.each([
    [['ours', 'theirs'], 3, ['ours 1', 'theirs 1', 'ours 2', 'theirs 2', 'ours 3', 'theirs 3']],
    [
      ['story', 'mapEmbed', 'peer'],
      2,
      ['story 1', 'mapEmbed 1', 'peer 1', 'story 2', 'mapEmbed 2', 'peer 2'],
    ],
    [['ours'], 2, ['ours 1', 'ours 2']],
    [['ours', 'theirs'], 0, []],
    [[], 3, []],
  ])('%j × %i runs', (subjects, runs, expected) => {
    expect(order(subjects, runs)).toEqual(expected);
  });
});

describe('decideRepeat (others may use a quarter of the CPUs, 4 attempts)', () => {
  it.each([
    [0, 1, 'keep'],
    [0.07, 1, 'keep'],
    [0.25, 1, 'keep'],
    [0.2501, 1, 'repeat'],
    [0.9, 3, 'repeat'],
    [0.9, 4, 'keep-quietest'],
    [0.1, 4, 'keep'],
    [Number.NaN, 1, 'repeat'],
    [Number.NaN, 4, 'keep-quietest'],
  ])('share %d at attempt %i: %s', (share, attempt, action) => {
    expect(decideRepeat(share, attempt).action).toBe(action);
  });

  it.each([
    [0.15, 1, { busyShare: 0.1 }, 'repeat'],
    [0.5, 2, { maxAttempts: 2 }, 'keep-quietest'],
    [0.5, 1, { maxAttempts: 1 }, 'keep-quietest'],
  ])('share %d at attempt %i with %j: %s', (share, attempt, limits, action) => {
    expect(decideRepeat(share, attempt, limits).action).toBe(action);
  });

  it('flags the cap', () => {
    expect(decideRepeat(0.5, 4)).toEqual({ action: 'keep-quietest', capHit: true });
  });
});

/** A CPU watch that reports the given shares, one per attempt, and counts the attempts. */
function scriptedWatch(shares: number[]) {
  let attempt = 0;
  return {
    work: async () => `result ${++attempt}`,
    startWatch: () => {
      const share = shares[attempt] ?? Number.NaN;
      return () => share;
    },
    attempts: () => attempt,
  };
}

describe('repeatWhileBusy', () => {
  it.each([
    [
      'quiet at once',
      [0.05],
      'result 1',
      { otherCpu: 0.05, attempts: 1, discardedOtherCpu: [], capHit: false },
    ],
    [
      'busy, then quiet',
      [0.6, 0.3, 0.1],
      'result 3',
      { otherCpu: 0.1, attempts: 3, discardedOtherCpu: [0.6, 0.3], capHit: false },
    ],
    [
      'busy at every attempt: the quietest counts, flagged',
      [0.6, 0.3, 0.5, 0.9],
      'result 2',
      { otherCpu: 0.3, attempts: 4, discardedOtherCpu: [0.6, 0.5, 0.9], capHit: true },
    ],
    [
      'unreadable shares lose to a readable one',
      [Number.NaN, 0.4, Number.NaN, 0.5],
      'result 2',
      {
        otherCpu: 0.4,
        attempts: 4,
        discardedOtherCpu: [Number.NaN, Number.NaN, 0.5],
        capHit: true,
      },
    ],
  ])('%s', async (_what, shares, value, check) => {
    const watch = scriptedWatch(shares);
    const result = await repeatWhileBusy(watch.work, watch.startWatch);
    expect(result).toEqual({ value, ...check });
    expect(watch.attempts()).toBe(check.attempts);
  });

  it('stops at the cap it is given', async () => {
    const watch = scriptedWatch([0.9, 0.8, 0.7]);
    const result = await repeatWhileBusy(watch.work, watch.startWatch, { maxAttempts: 2 });
    expect(result).toMatchObject({ value: 'result 2', attempts: 2, capHit: true });
  });

  it('passes on a failed measurement without repeating it', async () => {
    const failing = () => Promise.reject(new Error('Chromium crashed'));
    let watches = 0;
    await expect(
      repeatWhileBusy(failing, () => {
        watches++;
        return () => 0;
      }),
    ).rejects.toThrow('Chromium crashed');
    expect(watches).toBe(1);
  });
});
