import { describe, expect, it, vi } from 'vitest';
import { closeOrKill } from '../helpers/chromium.ts';

describe('closeOrKill (the shared Chromium at the end of a run)', () => {
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

  it('kills what failed to close', async () => {
    const kill = vi.fn(async () => {});
    const failing = async () => {
      throw new Error('Target closed');
    };
    await expect(closeOrKill(failing, kill, 1_000)).resolves.toBe('killed');
    expect(kill).toHaveBeenCalledOnce();
  });
});
