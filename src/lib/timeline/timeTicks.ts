import { MONTHS } from '../model/fuzzyDate.ts';
import type { TimeScale } from './scaleTime.ts';

export interface Tick {
  time: number;
  x: number;
  label: string;
  major: boolean;
  /** Labels at the ends of the axis sit inside it instead of hanging over the edge. */
  anchor: 'start' | 'middle' | 'end';
}

/** Within this many pixels of either end, a tick's label is anchored inside the axis. */
const EDGE = 22;

/**
 * Month, quarter or year ticks, whichever fits about one label per 56 px.
 * Year starts are major ticks labelled with the year.
 * @example timeTicks(scaleTime([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 300)) // 2024, Apr, Jul, Oct, 2025
 */
export function timeTicks(
  scale: TimeScale,
  minGap = 56,
  /** Short month names in the page's language (timelineWords.ts); English without. */
  monthNames?: readonly string[],
): Tick[] {
  const [start, end] = scale.domain;
  const months = Math.max(1, (end - start) / (30.44 * 86_400_000));
  const perMonth = scale.width / months;
  const step =
    perMonth >= minGap ? 1 : perMonth * 3 >= minGap ? 3 : perMonth * 6 >= minGap ? 6 : 12;
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  if (Date.UTC(year, month, 1) < start) month += 1;
  // A range starting after 1 December begins with January of the next year.
  if (month > 11) {
    month = 0;
    year += 1;
  }
  const ticks: Tick[] = [];
  for (let guard = 0; guard < 2400; guard++) {
    const time = Date.UTC(year, month, 1);
    if (time > end) break;
    const d = new Date(time);
    const m = d.getUTCMonth();
    if (m % step === 0) {
      const major = m === 0;
      const x = scale(time);
      ticks.push({
        time,
        x,
        label: major
          ? String(d.getUTCFullYear())
          : step === 12
            ? ''
            : ((monthNames ? monthNames[m] : MONTHS[m]?.slice(0, 3)) ?? ''),
        major,
        anchor: x < EDGE ? 'start' : x > scale.width - EDGE ? 'end' : 'middle',
      });
    }
    month += 1;
    if (month > 11) {
      month = 0;
      year += 1;
    }
  }
  // With a range inside one year, say which year on the first tick.
  if (ticks.length && !ticks.some((t) => t.major)) {
    const t0 = ticks[0]!;
    t0.label = `${t0.label} ${new Date(t0.time).getUTCFullYear()}`;
  }
  return ticks;
}
