import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../src/lib/model/collectCitations.ts';

describe('collectCitations', () => {
  it('collectCitations(events) lists each source once, in first-cited order, with distinct excerpts', () => {
    const events = [
      { sources: [{ source: 'trend', excerpt: 'exceeded $44 million' }, { source: 'azernews' }] },
      {
        sources: [
          { source: 'trend', excerpt: 'exceeded $44 million' },
          { source: 'trend', excerpt: '10 trucks' },
          { source: 'tass', note: 'decree' },
        ],
      },
    ];
    const copy = structuredClone(events);
    expect(collectCitations(events)).toEqual([
      { id: 'trend', excerpts: ['exceeded $44 million', '10 trucks'] },
      { id: 'azernews', excerpts: [] },
      { id: 'tass', excerpts: [] },
    ]);
    expect(events).toEqual(copy);
  });

  it('collectCitations([]) is empty', () => {
    expect(collectCitations([])).toEqual([]);
  });
});
