/**
 * Reads the timeline as a reader sees it: the axis with its labelled ticks
 * ("2025", "Apr"), the marks and their positions, the reported totals'
 * labels and the cargo charts' captions. Dates are read back from the tick
 * labels, not from the app's code, so "the axis covers April 2026" is
 * measured on the drawing.
 */
import type { Page } from 'playwright-core';

export interface TimelineReading {
  /** Left and right ends of the axis line, in the timeline's coordinates. */
  axis: [number, number];
  ticks: { x: number; label: string }[];
  marks: { id: string; x: number; highlighted: boolean; label: string; totalLabel: string }[];
  /** Cargo chart captions by key, e.g. { trucks: "Trucks: at least 126 in the reports that give a figure" }. */
  cargo: Record<string, string>;
}

export async function readTimeline(page: Page): Promise<TimelineReading> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.timeline');
    if (!svg) throw new Error('no timeline on the page');
    const num = (e: Element | null, name: string) => Number(e?.getAttribute(name) ?? NaN);
    const axisLine = svg.querySelector('.axis > line');
    return {
      axis: [num(axisLine, 'x1'), num(axisLine, 'x2')] as [number, number],
      ticks: [...svg.querySelectorAll('.axis text')].map((t) => ({
        x: num(t, 'x'),
        label: t.textContent?.trim() ?? '',
      })),
      marks: [...svg.querySelectorAll<SVGGElement>('[data-event-id]')].map((g) => {
        const shape = g.querySelector<SVGGraphicsElement>('.shape');
        const box = shape?.getBBox();
        return {
          id: g.dataset.eventId ?? '',
          x: box ? box.x + box.width / 2 : NaN,
          highlighted: g.dataset.highlighted === 'true',
          label: g.getAttribute('aria-label') ?? '',
          totalLabel: g.querySelector('.total-label')?.textContent?.trim() ?? '',
        };
      }),
      cargo: Object.fromEntries(
        [...svg.querySelectorAll<SVGGElement>('[data-cargo]')].map((g) => [
          g.dataset.cargo ?? '',
          g.querySelector('.cargo-label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        ]),
      ),
    };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The time at position x on the axis, from its labelled ticks: a year label
 * is 1 January of that year; a month label belongs to the year of the
 * nearest year label before it (or, before the first one, the year before).
 */
export function axisTimeAt(reading: TimelineReading, x: number): number {
  const years = reading.ticks.filter((t) => /^\d{4}$/.test(t.label));
  const known = reading.ticks.flatMap((t) => {
    if (/^\d{4}$/.test(t.label)) return [{ x: t.x, time: Date.UTC(Number(t.label), 0, 1) }];
    const month = MONTHS.indexOf(t.label);
    if (month < 0) return [];
    const before = years.filter((y) => y.x < t.x).at(-1);
    const after = years.find((y) => y.x > t.x);
    const year = before ? Number(before.label) : after ? Number(after.label) - 1 : NaN;
    return Number.isNaN(year) ? [] : [{ x: t.x, time: Date.UTC(year, month, 1) }];
  });
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last || last.x === first.x) {
    throw new Error(`cannot read dates from the axis: ${JSON.stringify(reading.ticks)}`);
  }
  return first.time + ((x - first.x) * (last.time - first.time)) / (last.x - first.x);
}

/** The span of time the axis shows, read from its ticks. */
export function axisSpan(reading: TimelineReading): [number, number] {
  return [axisTimeAt(reading, reading.axis[0]), axisTimeAt(reading, reading.axis[1])];
}
