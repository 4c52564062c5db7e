import { describe, expect, it } from 'vitest';
import { readStepHash } from '../../src/lib/scroll/readStepHash.ts';

describe('readStepHash', () => {
  it.each([
    ['#past-45-million', 'past-45-million'],
    ['', ''],
    ['#', ''],
    ['#caf%C3%A9', 'café'],
    ['#%E0%A4%A', '%E0%A4%A'],
    ['no-hash-sign', 'no-hash-sign'],
  ])('readStepHash(%j) is %j and never throws', (hash, expected) => {
    expect(readStepHash(hash)).toBe(expected);
  });
});
