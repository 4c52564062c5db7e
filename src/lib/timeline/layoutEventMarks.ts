import type { EventKind, TimelineSeries } from '../../data/schema.ts';
import type { ModelEvent } from '../model/buildStoryModel.ts';
import { dateMidpoint, overlapsRange } from '../model/fuzzyDate.ts';
import { formatCompactMoney } from '../format/formatCompact.ts';
import type { MeasureText } from '../format/estimateTextWidth.ts';
import type { TimeScale } from './scaleTime.ts';
import { SERIES_OF_KIND, type LaneKey, type PlacedLane } from './timelineLanes.ts';
import { LABEL_FONT } from './timelineMetrics.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';

export interface EventMark {
  eventId: string;
  kind: EventKind;
  lane: LaneKey;
  x: number;
  /** End of a date range (x2 > x + 1) or the same as x for a single date. */
  x1: number;
  x2: number;
  y: number;
  highlighted: boolean;
  label: string | null;
  /** Where the label is centred: on the mark, or shifted to stay inside the axis. */
  labelX: number;
  labelY: number;
}

function totalLabel(event: ModelEvent, words?: Pick<TimelineWords, 'compactMoney'>): string | null {
  if (event.kind !== 'reported-total' || !event.amount) return null;
  return words ? words.compactMoney(event.amount) : formatCompactMoney(event.amount);
}

/**
 * One mark per dated event on its lane, reported totals labelled where a
 * label fits; highlighted events without a date are listed apart (they get
 * a line of words under the axis, never a mark at a date they do not have).
 * @example layoutEventMarks(model.events, { lanes, scale, series: ['orders'], highlight: new Set(), measure: estimateTextWidth, labels: true })
 */
export function layoutEventMarks(
  events: readonly ModelEvent[],
  options: {
    lanes: readonly PlacedLane[];
    scale: TimeScale;
    series: readonly TimelineSeries[];
    highlight: ReadonlySet<string>;
    measure: MeasureText;
    labels: boolean;
    /** The totals' labels in the page's language (timelineWords.ts); English without. */
    words?: Pick<TimelineWords, 'compactMoney'>;
  },
): { marks: EventMark[]; undated: { eventIds: string[]; titles: string[] } } {
  const { lanes, scale, series, highlight, measure } = options;
  const range = scale.domain;
  const width = scale.width;
  const laneOfKind = new Map<EventKind, PlacedLane>();
  for (const lane of lanes) for (const kind of lane.kinds) laneOfKind.set(kind, lane);

  // Labels of reported totals take the first free row: just above the
  // marks, just below them, then higher up; the rows above start after
  // the lane's own name.
  const totals = lanes.find((l) => l.key === 'totals');
  const rows = totals
    ? [
        { y: totals.y - 10, end: measure(totals.label, LABEL_FONT) + 6 },
        { y: totals.y + 19, end: -Infinity },
        { y: totals.y - 25, end: measure(totals.label, LABEL_FONT) + 6 },
      ]
    : [];
  const marks: EventMark[] = [];
  const undated = { eventIds: [] as string[], titles: [] as string[] };
  for (const event of events) {
    const lane = laneOfKind.get(event.kind);
    if (!lane) continue;
    if (!series.includes(SERIES_OF_KIND[event.kind])) continue;
    if (!event.when) {
      if (highlight.has(event.id)) {
        undated.titles.push(event.title);
        undated.eventIds.push(event.id);
      }
      continue;
    }
    // Only the events in view get a mark: with 10,000 events a step shows a
    // few hundred, and the timeline is laid out again on every frame of a glide.
    if (!overlapsRange(event.when, range)) continue;
    const x = scale(dateMidpoint(event.when));
    const x1 = scale(event.when.start);
    const x2 = scale(event.when.end);
    let label = options.labels ? totalLabel(event, options.words) : null;
    let labelX = x;
    let labelY = lane.y - 10;
    if (label) {
      const w = measure(label, LABEL_FONT, true);
      // Centred on its mark where possible, but never past either end of the axis.
      labelX = Math.max(w / 2, Math.min(width - w / 2, x));
      const row = rows.find((r) => labelX - w / 2 > r.end + 6);
      if (row) {
        row.end = labelX + w / 2;
        labelY = row.y;
      } else label = null;
    }
    marks.push({
      eventId: event.id,
      kind: event.kind,
      lane: lane.key,
      x,
      x1,
      x2,
      y: lane.y,
      highlighted: highlight.has(event.id),
      label,
      labelX,
      labelY,
    });
  }
  return { marks, undated };
}
