import { describe, expect, it } from 'vitest';
import { startsBeforeReaderActs } from '../../src/lib/scroll/startsBeforeReaderActs.ts';

const firstVisit = { hash: '', search: '', scrollY: 0, framed: false };

describe('startsBeforeReaderActs: when the story page loads its scripts without waiting for the reader', () => {
  it('waits on a plain first visit at the top of the page', () => {
    expect(startsBeforeReaderActs(firstVisit)).toBe(false);
    // An empty fragment or query ("#", "?") asks for nothing.
    expect(startsBeforeReaderActs({ ...firstVisit, hash: '#', search: '?' })).toBe(false);
  });

  it('waits for a shared link whose query only tells analytics where the reader came from', () => {
    expect(
      startsBeforeReaderActs({
        ...firstVisit,
        search: '?utm_source=x&utm_medium=social&fbclid=a1',
      }),
    ).toBe(false);
    // Any other parameter may be one the page acts on.
    expect(startsBeforeReaderActs({ ...firstVisit, search: '?utm_source=x&theme=dark' })).toBe(
      true,
    );
  });

  it.each([
    ['a deep link to a step', { hash: '#the-2024-figure' }],
    ['?step=', { search: '?step=july-2023-order' }],
    ['?debug', { search: '?debug' }],
    ['a scroll the browser restored', { scrollY: 1 }],
    ['a frame (the host scrolls, not this page)', { framed: true }],
  ])('starts at once for %s', (_, page) => {
    expect(startsBeforeReaderActs({ ...firstVisit, ...page })).toBe(true);
  });
});
