/**
 * The results as Markdown: the budget table (our figure, TimelineJS's, the
 * ratio, pass or fail, and the CPU share other processes used while each
 * side was measured) and the detail behind it (bytes per file, every
 * Lighthouse and scrolling run, growth, soak). Printed by `npm run bench`
 * and written to tests/bench/results.md; the README shows the same table.
 */
import {
  comparePagesWithRoot,
  languagePageLabel,
  ROOT_PAGE,
  TBT_BUDGET_MS,
  type BenchFigures,
  type BudgetCheck,
  type PagesComparison,
} from './checkBudgets.ts';
import { formatBlockingParts } from './explainBlockingTime.ts';
import type { FirstVisitBytes } from './measureBytes.ts';
import type { QuietCheck } from './repeatWhileBusy.ts';
import type { ScrollingSummary } from './medianScrolling.ts';
import type { LighthouseSummary } from './runLighthouse.ts';

export interface BenchResults extends BenchFigures {
  generatedAt: string;
  machine: {
    cpus: number;
    node: string;
    chromium: string;
    lighthouse: string;
    timelinejs: string;
    /** 1-minute load average before and after the run (other work on the machine skews timings). */
    loadAverage: { start: number; end: number };
  };
  /** A run is repeated while other processes use more than busyShare of the CPUs, up to maxAttempts. */
  quietRule: { busyShare: number; maxAttempts: number };
  durationsMs: Record<string, number>;
  build: { ms: number };
  budgets: BudgetCheck[];
}

function formatNumber(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'n/a' : '∞';
  // Seconds to 2 places, KB to 1, small ms to 1; plain numbers: counts and scores whole, CLS and exponents to 3.
  const digits =
    unit === 's'
      ? 2
      : unit === 'KB'
        ? 1
        : unit === 'ms'
          ? Math.abs(value) < 100
            ? 1
            : 0
          : Number.isInteger(value)
            ? 0
            : 3;
  const text = value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit ? `${text} ${unit}` : text;
}

function formatRatio(row: BudgetCheck): string {
  if (row.ratio === null) return '—';
  const ratio = Number.isFinite(row.ratio) ? `${row.ratio.toFixed(2)}×` : '∞';
  const side =
    row.favours === 'us' ? 'ours better' : row.favours === 'tie' ? 'tie' : 'theirs better';
  return `${ratio} (${side})`;
}

/** A share of all CPUs as a whole percentage; "n/a" when it could not be read. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return Number.isNaN(share) ? 'n/a' : `${Math.round(share * 100)} %`;
}

/** One counted run's share, with its repeats and whether the cap was hit. */
function formatRunShare(run: QuietCheck): string {
  const repeats = run.attempts > 1 ? `, ${run.attempts} attempts` : '';
  return `${formatShare(run.otherCpu)}${repeats}${run.capHit ? ' **(cap hit)**' : ''}`;
}

/** How the tables name the floor page (BenchFigures.lighthouse.floor). */
const FLOOR_LABEL = 'floor: one paragraph, no script';

/**
 * The floor's TBT in words: a page's TBT is read against it, since its
 * spread is the measurement's own, not any page's work.
 */
function describeFloor(floor: LighthouseSummary): string {
  const tbt = floor.runs.map((run) => run.tbtMs);
  const over = tbt.filter((ms) => ms > TBT_BUDGET_MS).length;
  return (
    `Floor: a page of one paragraph and no script (tests/bench/page/floor/), measured in the same runs: ` +
    `TBT median ${formatNumber(floor.median.tbtMs, 'ms')}, runs from ${formatNumber(Math.min(...tbt), 'ms')} to ${formatNumber(Math.max(...tbt), 'ms')}` +
    `${over ? `, ${over} of ${tbt.length} over the pages’ ${TBT_BUDGET_MS} ms budget` : ''}. ` +
    'That is what this machine and Lighthouse give a page that does almost nothing; read the pages’ runs against it.'
  );
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The budget table alone (for the README). */
export function formatBudgetTable(budgets: BudgetCheck[]): string {
  const rows: string[][] = [];
  let group = '';
  for (const row of budgets) {
    if (row.group !== group) {
      group = row.group;
      rows.push([`**${group}**`, '', '', '', '', '', '']);
    }
    rows.push([
      row.name,
      row.budget,
      formatNumber(row.ours, row.unit),
      formatNumber(row.theirs, row.unit),
      formatRatio(row),
      row.pass === null ? '—' : row.pass ? 'pass' : '**FAIL**',
      row.otherCpu.ours === null && row.otherCpu.theirs === null
        ? '—'
        : `${formatShare(row.otherCpu.ours)} / ${formatShare(row.otherCpu.theirs)}`,
    ]);
  }
  return table(
    [
      'Check',
      'Budget',
      'Ours',
      'TimelineJS',
      'Ratio (ours ÷ theirs)',
      'Budget met',
      'Other processes’ CPU, ours / theirs',
    ],
    rows,
  );
}

function bytesTable(name: string, bytes: FirstVisitBytes): string {
  return table(
    [`${name}: file`, 'kind', 'raw', 'gzip'],
    [
      ...bytes.files.map((f) => [
        `\`${f.path}\``,
        f.kind,
        formatNumber(f.rawBytes / 1024, 'KB'),
        formatNumber(f.gzipBytes / 1024, 'KB'),
      ]),
      ['**total**', '', '', `**${formatNumber(bytes.totalGzip / 1024, 'KB')}**`],
    ],
  );
}

/** Every page Lighthouse measured, named as the tables name it, in the runs' order. */
function lighthouseSubjects(r: BenchResults): [string, LighthouseSummary][] {
  return [
    [ROOT_PAGE, r.lighthouse.story],
    ['map embed', r.lighthouse.mapEmbed],
    ...(r.languagePages ?? []).map((page): [string, LighthouseSummary] => [
      languagePageLabel(page),
      page.lighthouse,
    ]),
    ['TimelineJS', r.lighthouse.peer],
    ...(r.lighthouse.floor
      ? [[FLOOR_LABEL, r.lighthouse.floor] as [string, LighthouseSummary]]
      : []),
  ];
}

/**
 * Every page scrolled: its name in the quiet-rule summary, what its runs
 * do in the scrolling table, its runs. The stories, then TimelineJS.
 */
function scrollingSubjects(r: BenchResults): [string, string, ScrollingSummary][] {
  const story = 'whole page down and up, 60 px a frame';
  return [
    [ROOT_PAGE, `story: ${story}`, r.scrolling.story],
    ...(r.languagePages ?? []).flatMap((page): [string, string, ScrollingSummary][] => {
      const label = languagePageLabel(page);
      return page.scrolling ? [[label, `${label}: ${story}`, page.scrolling]] : [];
    }),
    ['TimelineJS', 'TimelineJS: every slide, "next"', r.scrolling.peer],
  ];
}

/** Every counted timed run, named, with its quiet check. */
function countedRuns(r: BenchResults): [string, QuietCheck][] {
  const series: [string, QuietCheck[]][] = [
    ...lighthouseSubjects(r).map(([name, lh]): [string, QuietCheck[]] => [
      `Lighthouse, ${name}`,
      lh.runs,
    ]),
    ...scrollingSubjects(r).map(([name, , summary]): [string, QuietCheck[]] => [
      `scrolling, ${name}`,
      summary.runs,
    ]),
  ];
  return [
    ...series.flatMap(([name, runs]) =>
      runs.map((run, i): [string, QuietCheck] => [`${name} run ${i + 1}`, run]),
    ),
    ...r.growth.map((g): [string, QuietCheck] => [
      `growth ${g.events.toLocaleString('en-GB')} events, ${g.steps} steps`,
      g,
    ]),
  ];
}

/**
 * Each language's full story beside the root page's, in a paragraph
 * (comparePagesWithRoot): how many budgets each meets, any the root page
 * meets and another misses (in bold), what a page was not measured for,
 * what all of them miss. Measures are parted by semicolons: some hold commas.
 */
function describePages(c: PagesComparison): string {
  const list = (measures: string[]) => measures.join('; ');
  const name = (label: string) => (label === ROOT_PAGE ? `${label} (the root page, /)` : label);
  const standings = c.pages
    .map((p) => `${name(p.label)} ${p.of - p.missed.length} of ${p.of}`)
    .join(', ');
  const behind = c.behindRoot.length
    ? `**Met on the root page, missed on another language's: ${c.behindRoot.map((p) => `${p.label} — ${list(p.measures)}`).join('; and ')}.**`
    : "No other language's page misses a budget the root page meets.";
  const unmeasured = c.pages
    .filter((p) => p.unmeasured.length)
    .map((p) => ` Not measured on ${p.label}: ${list(p.unmeasured)}.`)
    .join('');
  const all = c.missedByAll.length
    ? ` Missed on every language's page: ${list(c.missedByAll)}.`
    : '';
  return `Budgets met by each language's full story (issue 14): ${standings}. ${behind}${unmeasured}${all} Not counted here: the map embed, growth (synthetic data) and the memory soak.`;
}

/** Everything: summary, budget table, details. */
export function formatResults(r: BenchResults): string {
  const languages = (r.languagePages ?? []).map((page) => ({
    ...page,
    label: languagePageLabel(page),
  }));
  const pass = r.budgets.filter((b) => b.pass === true).length;
  const fail = r.budgets.filter((b) => b.pass === false).length;
  const favoured = r.budgets.filter((b) => b.favours !== null);
  const ours = favoured.filter((b) => b.favours === 'us').length;
  const counted = countedRuns(r);
  const capHits = counted.filter(([, run]) => run.capHit).map(([name]) => name);
  const repeats = counted.reduce((sum, [, run]) => sum + run.attempts - 1, 0);
  const pages = comparePagesWithRoot(r.budgets);
  const out: string[] = [];
  out.push(
    `# Benchmark results`,
    '',
    `${r.generatedAt} · ${r.machine.cpus} CPUs · load average ${r.machine.loadAverage.start.toFixed(1)} → ${r.machine.loadAverage.end.toFixed(1)} · Node ${r.machine.node} · Chromium ${r.machine.chromium} · Lighthouse ${r.machine.lighthouse} · TimelineJS ${r.machine.timelinejs} · run took ${Math.round((r.durationsMs.total ?? 0) / 1000)} s`,
    '',
    `Other processes’ CPU: every timed run (Lighthouse, scrolling, growth) was watched through \`/proc\` and repeated while other processes used more than ${Math.round(r.quietRule.busyShare * 100)} % of all CPUs, at most ${r.quietRule.maxAttempts} attempts a run; ${repeats} run(s) repeated. ${capHits.length ? `**Cap hit (the quietest attempt counted, still too busy): ${capHits.join('; ')}.**` : 'Cap never hit: every counted run was quiet enough.'} Lighthouse and scrolling runs alternate between our pages and TimelineJS (ours 1, theirs 1, ours 2, …)${r.lighthouse.floor ? "; Lighthouse's take the floor page in turn too" : ''}.`,
    '',
    `Budgets met: **${pass} of ${pass + fail}**. Comparisons with TimelineJS in our favour: **${ours} of ${favoured.length}** (${favoured.filter((b) => b.favours === 'tie').length} ties).`,
    '',
    ...(pages ? [describePages(pages), ''] : []),
    formatBudgetTable(r.budgets),
    '',
    '## Bytes of a first visit (gzip -9)',
    '',
    table(
      ['page', 'HTML', 'CSS', 'JS', 'geometry', 'data', 'fonts', 'other', 'total'],
      [
        [ROOT_PAGE, r.bytes.story] as const,
        ...languages.map((page) => [page.label, page.bytes] as const),
        ...Object.entries(r.bytes.embeds).map(([view, b]) => [`embed: ${view}`, b] as const),
        ['TimelineJS', r.bytes.peer] as const,
      ].map(([name, b]) => [
        name,
        ...(['html', 'css', 'js', 'geometry', 'data', 'font'] as const).map((k) =>
          formatNumber(b.byKind[k] / 1024, 'KB'),
        ),
        formatNumber((b.byKind.image + b.byKind.other) / 1024, 'KB'),
        `**${formatNumber(b.totalGzip / 1024, 'KB')}**`,
      ]),
    ),
    '',
    bytesTable('Full story', r.bytes.story),
    '',
    ...languages.flatMap((page) => [bytesTable(`Full story in ${page.lang}`, page.bytes), '']),
    bytesTable('TimelineJS', r.bytes.peer),
    '',
    '## Lighthouse 12.2.3, mobile preset: every run',
    '',
    "Machine speed: Lighthouse's BenchmarkIndex at the run (higher is faster). Lighthouse simulates a phone from the main-thread tasks it saw on this machine (slowed 4x), so TBT follows the machine: compare pages within a run, not across runs on a machine whose speed moves.",
    '',
    ...(r.lighthouse.floor ? [describeFloor(r.lighthouse.floor), ''] : []),
    'TBT made of: each simulated task that blocks, named by what the browser did in it (tests/bench/explainBlockingTime.ts), and its ms of the run\'s TBT. "Opening the page" is the browser committing the navigation (creating the page\'s script context, reading its first bytes); "first layout and paint" is the page\'s first frame.',
    '',
    table(
      [
        'page',
        'run',
        'Perf',
        'A11y',
        'BP',
        'SEO',
        'FCP',
        'LCP',
        'TBT',
        'CLS',
        'other CPU',
        'machine speed',
        'TBT made of (ms)',
      ],
      lighthouseSubjects(r).flatMap(([name, lh]) =>
        lh.runs.map((run, i) => [
          name,
          String(i + 1),
          String(run.scores.performance),
          String(run.scores.accessibility),
          String(run.scores['best-practices']),
          String(run.scores.seo),
          formatNumber(run.fcpMs / 1000, 's'),
          formatNumber(run.lcpMs / 1000, 's'),
          formatNumber(run.tbtMs, 'ms'),
          formatNumber(run.cls, ''),
          formatRunShare(run),
          run.benchmarkIndex === undefined ? '—' : String(Math.round(run.benchmarkIndex)),
          formatBlockingParts(run.blocking),
        ]),
      ),
    ),
    '',
    'Audits that cost points in any run:',
    '',
    ...lighthouseSubjects(r).map(([name, lh]) => `- ${name}: ${lh.failing.join(', ') || 'none'}`),
    '',
    '## Scrolling at 4x CPU throttling (412 × 823 phone viewport, median of runs)',
    '',
    table(
      [
        '',
        'frames',
        'interval p50',
        'p95',
        'worst',
        'long tasks',
        'longest task',
        'boundary → drawn, p50',
        'worst',
        'longest frame per change, p50',
        'other CPU',
      ],
      scrollingSubjects(r)
        .flatMap(([, name, summary]) => [
          [`**${name}, median**`, summary, `**${formatShare(summary.otherCpu)}** (most)`] as const,
          ...summary.runs.map((run, i) => [`run ${i + 1}`, run, formatRunShare(run)] as const),
        ])
        .map(([name, s, share]) => [
          name,
          String(s.frames.count),
          formatNumber(s.frames.p50, 'ms'),
          formatNumber(s.frames.p95, 'ms'),
          formatNumber(s.frames.worst, 'ms'),
          String(s.longTasks.count),
          formatNumber(s.longTasks.longestMs, 'ms'),
          formatNumber(s.settle.p50, 'ms'),
          formatNumber(s.settle.worst, 'ms'),
          formatNumber(s.transitionFrames.p50, 'ms'),
          share,
        ]),
    ),
    '',
    '## Growth (synthetic data, no throttling, 1280 × 800)',
    '',
    table(
      [
        'events',
        'steps',
        'build',
        'index.html',
        'first contentful paint',
        'first render (hydrated)',
        'step change, median',
        'worst',
        'boundary → drawn',
        'other CPU',
      ],
      r.growth.map((g) => [
        g.events.toLocaleString('en-GB'),
        String(g.steps),
        formatNumber(g.buildMs / 1000, 's'),
        formatNumber(g.htmlBytes / 1024, 'KB'),
        formatNumber(g.firstContentfulPaintMs, 'ms'),
        formatNumber(g.firstRenderMs, 'ms'),
        formatNumber(g.stepChangeMs, 'ms'),
        formatNumber(g.worstStepChangeMs, 'ms'),
        g.error ? `error: ${g.error}` : formatNumber(g.settleMs, 'ms'),
        formatRunShare(g),
      ]),
    ),
    '',
    'Growth exponents (cost ∝ size^k; 1 is linear): ' +
      r.growthExponents
        .map((g) => `${g.what} ${g.from} → ${g.to}: ${g.exponent.toFixed(2)}`)
        .join('; '),
    '',
    '## Memory soak (forced GC before each reading)',
    '',
    table(
      [
        'soak',
        'repetitions',
        'took',
        'listeners',
        'observers',
        'DOM nodes',
        'documents',
        'JS heap',
        'verdict',
      ],
      r.soak.map((s) => {
        const series = (k: 'listeners' | 'observers' | 'nodes' | 'documents') =>
          s.start[k] === null ? '—' : `${s.start[k]} → ${s.middle[k]} → ${s.end[k]}`;
        const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
        return [
          s.what,
          s.repetitions.toLocaleString('en-GB'),
          formatNumber(s.durationMs / 1000, 's'),
          series('listeners'),
          series('observers'),
          series('nodes'),
          series('documents'),
          `${mb(s.start.heapUsedBytes)} → ${mb(s.middle.heapUsedBytes)} → ${mb(s.end.heapUsedBytes)} MB`,
          `${s.pass ? 'pass' : '**FAIL**'}: ${s.why}`,
        ];
      }),
    ),
    '',
  );
  return out.join('\n');
}
