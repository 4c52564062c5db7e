import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeOrKill } from '../helpers/chromium.ts';

describe('closeOrKill (the shared Chromium at the end of a run)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes, and kills nothing, when the close finishes in time', async () => {
    const kill = vi.fn(async () => {});
    await expect(closeOrKill(async () => {}, kill, 1_000)).resolves.toBe('closed');
    expect(kill).not.toHaveBeenCalled();
  });

  it('kills what has not closed within the time: a hung close does not hold the run', async () => {
    const kill = vi.fn(async () => {});
    const never = () => new Promise<void>(() => {});
    await expect(closeOrKill(never, kill, 20)).resolves.toBe('killed');
    expect(kill).toHaveBeenCalledOnce();
  });

  it('leaves no timer behind once closed', async () => {
    vi.useFakeTimers();
    await closeOrKill(
      async () => {},
      async () => {},
      10_000,
    );
    expect(vi.getTimerCount()).toBe(0);
  });

  it('returns only once the kill has finished', async () => {
    let killed = false;
    const slowKill = () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          killed = true;
          resolve();
        }, 30),
      );
    await closeOrKill(() => new Promise<void>(() => {}), slowKill, 10);
    expect(killed).toBe(true);
  });

  it('kills what threw as it was asked to close', async () => {
    const kill = vi.fn(async () => {});
    const throwing = (): Promise<void> => {
      throw new Error('not connected');
    };
    await expect(closeOrKill(throwing, kill, 1_000)).resolves.toBe('killed');
    expect(kill).toHaveBeenCalledOnce();
  });

  it('kills what failed to close', async () => {
    const kill = vi.fn(async () => {});
    const failing = async () => {
      throw new Error('Target closed');
    };
    await expect(closeOrKill(failing, kill, 1_000)).resolves.toBe('killed');
    expect(kill).toHaveBeenCalledOnce();
  });
});
