import { describe, expect, it } from 'vitest';
import {
  FIRST_ROWS,
  MORE_ROWS,
  ROWS_PER_GROUP,
  groupRows,
  pageRows,
} from '../../src/lib/model/pageRows.ts';

describe('pageRows', () => {
  it.each([0, 1, 45, FIRST_ROWS])(
    'shows all %i rows of a table no longer than the first page',
    (n) => {
      expect(pageRows(n, FIRST_ROWS)).toEqual({ shown: n, next: 0 });
    },
  );

  it('shows the first page of a long table and offers the next step, the last one shorter', () => {
    expect(pageRows(10_000, FIRST_ROWS)).toEqual({ shown: 100, next: 200 });
    expect(pageRows(250, 100)).toEqual({ shown: 100, next: 150 });
    expect(pageRows(101, 100)).toEqual({ shown: 100, next: 1 });
  });

  it('each step adds MORE_ROWS until every row is shown, never more than there are', () => {
    let page = pageRows(1_234, FIRST_ROWS);
    const seen = [page.shown];
    while (page.next > 0) {
      page = pageRows(1_234, page.shown + page.next);
      seen.push(page.shown);
    }
    expect(seen).toEqual([100, 300, 500, 700, 900, 1100, 1234]);
    expect(page.next).toBe(0);
    expect(pageRows(50, 1e9).shown).toBe(50);
    expect(pageRows(50, -3).shown).toBe(0);
    expect(MORE_ROWS).toBe(200);
  });
});

describe('groupRows', () => {
  it('keeps every row, in order, in groups of the size asked, the last one shorter', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i);
    const groups = groupRows(rows, 6);
    expect(groups.flat()).toEqual(rows);
    expect(groups.map((g) => g.length)).toEqual([6, 6, 6, 6, 6, 6, 6, 3]);
    expect(groupRows(rows).every((g) => g.length <= ROWS_PER_GROUP)).toBe(true);
    expect(groupRows([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(groupRows([], 6)).toEqual([]);
  });

  it('refuses a size that would never end or lose rows', () => {
    for (const size of [0, -1, 2.5, Number.NaN])
      expect(() => groupRows([1], size)).toThrow(RangeError);
  });
});
