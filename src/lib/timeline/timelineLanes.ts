import type { EventKind, TimelineSeries } from '../../data/schema.ts';
import { NARROW } from './timelineMetrics.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';

export type LaneKey = 'orders' | 'shipments' | 'totals' | 'other';

export const LANES: {
  key: LaneKey;
  label: string;
  kinds: EventKind[];
  series: TimelineSeries[];
}[] = [
  { key: 'orders', label: 'Orders', kinds: ['order'], series: ['orders'] },
  { key: 'shipments', label: 'Shipments', kinds: ['shipment'], series: ['shipments'] },
  { key: 'totals', label: 'Reported totals', kinds: ['reported-total'], series: ['totals'] },
  {
    key: 'other',
    label: 'Statements, context',
    kinds: ['statement', 'context'],
    series: ['statements', 'context'],
  },
];

/** The series that shows each kind of event: a step's timeline shows a kind only if it lists its series. */
export const SERIES_OF_KIND: Record<EventKind, TimelineSeries> = {
  order: 'orders',
  shipment: 'shipments',
  'reported-total': 'totals',
  statement: 'statements',
  context: 'context',
};

export interface PlacedLane {
  key: LaneKey;
  label: string;
  /** The lane's line, where its marks are centred. */
  y: number;
  /** Baseline of the lane's name, above its line. */
  labelY: number;
  kinds: EventKind[];
}

const LANE_GAP = 30;
const LANE_GAP_NARROW = 26;
const TOP = 24;
const TOP_NARROW = 21;
/** Reported totals carry labels above and below their marks: their lane needs more room. */
const TOTALS_ABOVE = 14;
const TOTALS_BELOW = 16;
/** A lane's name sits this far above its line. */
const NAME_ABOVE = 14;

/**
 * Stacks the lanes that show any of `series`, top down, and says where the
 * last one ends.
 * @example stackLanes(['orders', 'shipments'], 320).lanes.map((l) => l.y) // [24, 54]
 */
export function stackLanes(
  series: readonly TimelineSeries[],
  width: number,
  /** Lane names in the page's language (timelineWords.ts); English without. */
  words?: Pick<TimelineWords, 'lane'>,
): { lanes: PlacedLane[]; bottom: number } {
  const narrow = width < NARROW;
  const laneGap = narrow ? LANE_GAP_NARROW : LANE_GAP;
  let y = narrow ? TOP_NARROW : TOP;
  const lanes = LANES.filter((lane) => lane.series.some((s) => series.includes(s))).map(
    (lane, i) => {
      if (i > 0) y += laneGap;
      if (lane.key === 'totals') y += TOTALS_ABOVE;
      const placed = {
        key: lane.key,
        label: words?.lane(lane.key) ?? lane.label,
        y,
        labelY: y - NAME_ABOVE,
        kinds: lane.kinds,
      };
      if (lane.key === 'totals') y += TOTALS_BELOW;
      return placed;
    },
  );
  return { lanes, bottom: y };
}
