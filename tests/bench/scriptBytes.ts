import type { FirstVisitBytes } from './measureBytes.ts';

/**
 * Gzip bytes of every script a first visit loads: code, and the scripts
 * that only carry data (data/story.js, geo/region.js), which the budget
 * counts as JavaScript because the browser parses them as such. A JSON file
 * fetched by a script (TimelineJS's data) is not a script.
 * @example scriptGzipBytes({ files: [{ path: '/data/story.js', kind: 'data', gzipBytes: 9 }] }) // 9
 */
export function scriptGzipBytes(bytes: Pick<FirstVisitBytes, 'files'>): number {
  return bytes.files
    .filter((f) => f.kind === 'js' || /\.m?js$/i.test(f.path.split(/[?#]/)[0] ?? ''))
    .reduce((sum, f) => sum + f.gzipBytes, 0);
}
