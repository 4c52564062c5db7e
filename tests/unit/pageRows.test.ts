import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, MORE_ROWS, pageRows } from '../../src/lib/model/pageRows.ts';

describe('pageRows', () => {
  it.each([0, 1, 45, FIRST_ROWS])(
    'shows all %i rows of a table no longer than the first page',
    (n) => {
      expect(pageRows(n, FIRST_ROWS)).toEqual({ shown: n, next: 0, moreLabel: null, status: null });
    },
  );

  it('shows the first page of a long table and offers the next step', () => {
    expect(pageRows(10_000, FIRST_ROWS)).toEqual({
      shown: 100,
      next: 200,
      moreLabel: 'Show 200 more events',
      status:
        'Showing the first 100 of 10,000 events. Every event is in the CSV and JSON downloads.',
    });
  });

  it('names the last step as the last, in the singular for one event', () => {
    expect(pageRows(250, 100).moreLabel).toBe('Show the last 150 events');
    expect(pageRows(101, 100).moreLabel).toBe('Show the last 1 event');
  });

  it('each step adds MORE_ROWS until every row is shown, never more than there are', () => {
    let page = pageRows(1_234, FIRST_ROWS);
    const seen = [page.shown];
    while (page.next > 0) {
      page = pageRows(1_234, page.shown + page.next);
      seen.push(page.shown);
    }
    expect(seen).toEqual([100, 300, 500, 700, 900, 1100, 1234]);
    expect(page.status).toBeNull();
    expect(pageRows(50, 1e9).shown).toBe(50);
    expect(pageRows(50, -3).shown).toBe(0);
    expect(MORE_ROWS).toBe(200);
  });
});
