import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishesWithin } from '../helpers/finishesWithin.ts';

describe('finishesWithin (a close at the end of a test run)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is true for a close that finishes in time', async () => {
    await expect(finishesWithin(async () => {}, 1_000)).resolves.toBe(true);
  });

  it('is false, after the time, for a close that hangs: it does not hold the run', async () => {
    const started = performance.now();
    await expect(finishesWithin(() => new Promise<void>(() => {}), 20)).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('is false for a close that fails, or throws as it is asked', async () => {
    const failing = async () => {
      throw new Error('Target closed');
    };
    const throwing = (): Promise<void> => {
      throw new Error('not connected');
    };
    await expect(finishesWithin(failing, 1_000)).resolves.toBe(false);
    await expect(finishesWithin(throwing, 1_000)).resolves.toBe(false);
  });

  it('leaves no timer behind that would keep the process alive', async () => {
    vi.useFakeTimers();
    await finishesWithin(async () => {}, 10_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
