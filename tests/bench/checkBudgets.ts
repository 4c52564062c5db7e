/**
 * The budgets of issue 6 (and the soak of issue 7), checked against the
 * measured figures: each check has our figure, TimelineJS's where it has
 * one, their ratio (ours ÷ theirs) and which side the ratio favours.
 */
import type { FirstVisitBytes } from './measureBytes.ts';
import type { GrowthPoint } from './measureGrowth.ts';
import type { LighthouseSummary } from './runLighthouse.ts';
import type { ScrollingResult } from './probeScrolling.ts';
import type { SoakResult } from './soakMemory.ts';

export interface BenchFigures {
  bytes: { story: FirstVisitBytes; embeds: Record<string, FirstVisitBytes>; peer: FirstVisitBytes };
  lighthouse: { story: LighthouseSummary; mapEmbed: LighthouseSummary; peer: LighthouseSummary };
  scrolling: { story: ScrollingResult; peer: ScrollingResult };
  growth: GrowthPoint[];
  growthExponents: GrowthExponent[];
  soak: SoakResult[];
}

export interface GrowthExponent {
  what: string;
  from: string;
  to: string;
  exponent: number;
}

export type Better = 'lower' | 'higher';

export interface BudgetCheck {
  group: string;
  name: string;
  /** The limit, as a reader would write it ("≤ 100 KB"). */
  budget: string;
  ours: number;
  theirs: number | null;
  unit: string;
  better: Better;
  /** Ours ÷ theirs; null without a peer figure. */
  ratio: number | null;
  /** Which side the ratio favours; null without a peer figure. */
  favours: 'us' | 'TimelineJS' | 'tie' | null;
  /** The budget itself (not the comparison); null for a comparison without a budget. */
  pass: boolean | null;
}

const KB = 1024;

interface Limit {
  max?: number;
  min?: number;
  below?: number;
}

function describeLimit(limit: Limit | null, unit: string): string {
  const withUnit = (n: number) => `${n}${unit ? ` ${unit}` : ''}`;
  if (!limit) return '—';
  if (limit.min !== undefined) return `≥ ${withUnit(limit.min)}`;
  if (limit.below !== undefined) return `< ${withUnit(limit.below)}`;
  return `≤ ${withUnit(limit.max ?? Number.POSITIVE_INFINITY)}`;
}

function meets(value: number, limit: Limit): boolean {
  if (!Number.isFinite(value)) return false;
  if (limit.min !== undefined) return value >= limit.min;
  if (limit.below !== undefined) return value < limit.below;
  return value <= (limit.max ?? Number.POSITIVE_INFINITY);
}

/** One row: `limit` null for a comparison with the peer that has no budget of its own. */
function check(
  group: string,
  name: string,
  ours: number,
  limit: Limit | null,
  unit: string,
  theirs: number | null = null,
  better: Better = limit?.min !== undefined ? 'higher' : 'lower',
): BudgetCheck {
  let favours: BudgetCheck['favours'] = null;
  let ratio: number | null = null;
  if (theirs !== null && Number.isFinite(theirs) && Number.isFinite(ours)) {
    ratio = theirs === 0 ? (ours === 0 ? 1 : Number.POSITIVE_INFINITY) : ours / theirs;
    // Within half a percent is a tie: the table shows ratios to two places.
    favours =
      Math.abs(ratio - 1) < 0.005
        ? 'tie'
        : (better === 'lower') === ours < theirs
          ? 'us'
          : 'TimelineJS';
  }
  return {
    group,
    name,
    budget: describeLimit(limit, unit),
    ours,
    theirs,
    unit,
    better,
    ratio,
    favours,
    pass: limit ? meets(ours, limit) : null,
  };
}

const largest = (points: GrowthPoint[]) =>
  points.filter((p) => p.events === Math.max(...points.map((q) => q.events)));

/** Every budget, in the order of the issue. */
export function checkBudgets(f: BenchFigures): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const { story, peer } = f.bytes;
  checks.push(
    check(
      'Bytes (gzip)',
      'First visit, full story: total',
      story.totalGzip / KB,
      { max: 100 },
      'KB',
      peer.totalGzip / KB,
    ),
    check(
      'Bytes (gzip)',
      'First visit, full story: JavaScript',
      story.byKind.js / KB,
      { max: 60 },
      'KB',
      peer.byKind.js / KB,
    ),
  );
  for (const [label, lh] of [
    ['full story', f.lighthouse.story],
    ['map embed', f.lighthouse.mapEmbed],
  ] as const) {
    const m = lh.median;
    const p = f.lighthouse.peer.median;
    const group = `Lighthouse mobile, ${label} (median of ${lh.runs.length})`;
    checks.push(
      check(group, 'Performance', m.scores.performance, { min: 98 }, '', p.scores.performance),
      check(
        group,
        'Accessibility',
        m.scores.accessibility,
        { min: 100 },
        '',
        p.scores.accessibility,
      ),
      check(
        group,
        'Best Practices',
        m.scores['best-practices'],
        { min: 100 },
        '',
        p.scores['best-practices'],
      ),
      check(group, 'SEO', m.scores.seo, { min: 100 }, '', p.scores.seo),
      check(group, 'LCP', m.lcpMs / 1000, { max: 1.5 }, 's', p.lcpMs / 1000),
      check(group, 'TBT', m.tbtMs, { max: 50 }, 'ms', p.tbtMs),
      check(group, 'CLS', m.cls, { max: 0.01 }, '', p.cls),
    );
  }
  const s = f.scrolling.story;
  const ps = f.scrolling.peer;
  checks.push(
    check(
      'Scrolling, 4x CPU throttling',
      'Long tasks (≥ 50 ms) while moving',
      s.longTasks.count,
      { max: 0 },
      '',
      ps.longTasks.count,
    ),
    check(
      'Scrolling, 4x CPU throttling',
      'Frame interval p95',
      s.frames.p95,
      { max: 20 },
      'ms',
      ps.frames.p95,
    ),
    check(
      'Scrolling, 4x CPU throttling',
      'Frame interval, worst',
      s.frames.worst,
      null,
      'ms',
      ps.frames.worst,
    ),
    check(
      'Scrolling, 4x CPU throttling',
      'Step boundary → final drawn state, median',
      s.settle.p50,
      null,
      'ms',
      ps.settle.p50,
    ),
    check(
      'Scrolling, 4x CPU throttling',
      'Longest frame of a step change, median',
      s.transitionFrames.p50,
      null,
      'ms',
      ps.transitionFrames.p50,
    ),
  );
  for (const point of largest(f.growth)) {
    const group = `Growth, ${point.events.toLocaleString('en-GB')} events and ${point.steps} steps`;
    checks.push(
      check(
        group,
        'Step change (longest frame, median of steps)',
        point.stepChangeMs,
        { below: 16.7 },
        'ms',
      ),
      check(group, 'First render', point.firstRenderMs, { below: 250 }, 'ms'),
    );
  }
  for (const g of f.growthExponents) {
    checks.push(
      check(
        'Growth: at most linear',
        `${g.what}, ${g.from} → ${g.to} (exponent)`,
        g.exponent,
        { max: 1 },
        '',
      ),
    );
  }
  for (const soak of f.soak) {
    checks.push(
      check(
        'Memory soak (issue 7)',
        `${soak.what} ×${soak.repetitions.toLocaleString('en-GB')}: listeners/observers/nodes growth`,
        ['listeners', 'observers', 'nodes', 'documents'].reduce(
          (sum, k) => sum + Math.max(0, soak.secondHalfGrowth[k as 'nodes'] ?? 0),
          0,
        ),
        { max: 0 },
        '',
      ),
      check(
        'Memory soak (issue 7)',
        `${soak.what}: JS heap growth, second half`,
        (soak.secondHalfGrowth.heapUsedBytes ?? 0) / KB,
        { max: 256 },
        'KB',
      ),
    );
  }
  return checks;
}
