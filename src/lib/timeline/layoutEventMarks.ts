import type { EventKind, TimelineSeries } from '../../data/schema.ts';
import type { ModelEvent } from '../model/buildStoryModel.ts';
import { dateMidpoint, overlapsRange, type ParsedDate } from '../model/fuzzyDate.ts';
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

/** An event the timeline marks while it is in range, with what its mark keeps whatever the range. */
interface MarkCandidate {
  eventId: string;
  kind: EventKind;
  when: ParsedDate;
  lane: PlacedLane;
  highlighted: boolean;
  /** The reported total's label, and its width (null when unlabelled). */
  label: string | null;
  labelWidth: number;
}

/**
 * What marks a step's timeline can have, worked out once for its lanes,
 * series and highlights: a glide between steps lays the marks out again on
 * every frame for a new range (layoutEventMarks), over thousands of events
 * in large data sets, and the filtering, labels' words and widths do not
 * depend on the range.
 */
export interface EventMarksPlan {
  /** The dated events the series show, in the events' order. */
  candidates: MarkCandidate[];
  /** Highlighted events without a date: no mark, a line of words under the axis instead. */
  undated: { eventIds: string[]; titles: string[] };
  /** Rows the reported totals' labels may take, first free first, each from where it starts being free. */
  rows: readonly { y: number; end: number }[];
}

/**
 * Plans one mark per dated event on its lane, reported totals labelled
 * where a label fits (layoutEventMarks places them for a range);
 * highlighted events without a date are listed apart (they get a line of
 * words under the axis, never a mark at a date they do not have).
 * @example planEventMarks(model.events, { lanes, series: ['orders'], highlight: new Set(), measure: estimateTextWidth, labels: true })
 */
export function planEventMarks(
  events: readonly ModelEvent[],
  options: {
    lanes: readonly PlacedLane[];
    series: readonly TimelineSeries[];
    highlight: ReadonlySet<string>;
    measure: MeasureText;
    labels: boolean;
    /** The totals' labels in the page's language (timelineWords.ts); English without. */
    words?: Pick<TimelineWords, 'compactMoney'>;
  },
): EventMarksPlan {
  const { lanes, series, highlight, measure } = options;
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
  const candidates: MarkCandidate[] = [];
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
    const label = options.labels ? totalLabel(event, options.words) : null;
    candidates.push({
      eventId: event.id,
      kind: event.kind,
      when: event.when,
      lane,
      highlighted: highlight.has(event.id),
      label,
      labelWidth: label ? measure(label, LABEL_FONT, true) : 0,
    });
  }
  return { candidates, undated, rows };
}

/**
 * The marks of a plan (planEventMarks) in the range of `scale`: only the
 * events in view get a mark (with 10,000 events a step shows a few
 * hundred), and each reported total keeps its label where one fits.
 * @example layoutEventMarks(planEventMarks(model.events, options), scaleTime(range, 320))
 */
export function layoutEventMarks(plan: EventMarksPlan, scale: TimeScale): EventMark[] {
  const range = scale.domain;
  const width = scale.width;
  const rows = plan.rows.map((row) => ({ ...row }));
  const marks: EventMark[] = [];
  for (const candidate of plan.candidates) {
    const { when, lane } = candidate;
    if (!overlapsRange(when, range)) continue;
    const x = scale(dateMidpoint(when));
    let label = candidate.label;
    let labelX = x;
    let labelY = lane.y - 10;
    if (label) {
      const w = candidate.labelWidth;
      // Centred on its mark where possible, but never past either end of the axis.
      labelX = Math.max(w / 2, Math.min(width - w / 2, x));
      const row = rows.find((r) => labelX - w / 2 > r.end + 6);
      if (row) {
        row.end = labelX + w / 2;
        labelY = row.y;
      } else label = null;
    }
    marks.push({
      eventId: candidate.eventId,
      kind: candidate.kind,
      lane: lane.key,
      x,
      x1: scale(when.start),
      x2: scale(when.end),
      y: lane.y,
      highlighted: candidate.highlighted,
      label,
      labelX,
      labelY,
    });
  }
  return marks;
}
