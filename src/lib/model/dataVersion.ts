/**
 * The version of the data that readers and reusers can quote: the day of
 * the latest correction, or the story's "last updated" date when nothing
 * has been corrected.
 */
import type { Dataset } from '../../data/schema.ts';

/**
 * @example dataVersion({ story: { lastUpdated: '2026-12-02', … }, corrections: [] }) // '2026-12-02'
 * @example dataVersion({ story, corrections: [{ date: '2026-12-09', … }] }) // '2026-12-09'
 */
export function dataVersion(dataset: Pick<Dataset, 'story' | 'corrections'>): string {
  const days = dataset.corrections.map((c) => c.date).sort();
  return days.at(-1) ?? dataset.story.lastUpdated;
}
