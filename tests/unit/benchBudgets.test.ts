import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  comparePagesWithRoot,
  type BenchFigures,
} from '../../tests/bench/checkBudgets.ts';
import { formatResults, formatShare, type BenchResults } from '../../tests/bench/formatResults.ts';
import type { FirstVisitBytes, LoadedFile } from '../../tests/bench/measureBytes.ts';
import type { GrowthPoint } from '../../tests/bench/measureGrowth.ts';
import { summarizeScrolling, type CountedScrollingRun } from '../../tests/bench/medianScrolling.ts';
import type { QuietCheck } from '../../tests/bench/repeatWhileBusy.ts';
import type { CountedLighthouseRun, LighthouseSummary } from '../../tests/bench/runLighthouse.ts';
import { scriptGzipBytes } from '../../tests/bench/scriptBytes.ts';
import { median, type Spread } from '../../tests/bench/stats.ts';

const KB = 1024;
const quiet = (otherCpu: number): QuietCheck => ({
  otherCpu,
  attempts: 1,
  discardedOtherCpu: [],
  capHit: false,
});

const file = (path: string, kind: LoadedFile['kind'], gzipKb: number): LoadedFile => ({
  path,
  kind,
  rawBytes: gzipKb * KB * 4,
  gzipBytes: gzipKb * KB,
});

function visit(files: LoadedFile[]): FirstVisitBytes {
  const byKind = { html: 0, css: 0, js: 0, geometry: 0, data: 0, font: 0, image: 0, other: 0 };
  for (const f of files) byKind[f.kind] += f.gzipBytes;
  return { url: 'site:/', files, totalGzip: files.reduce((s, f) => s + f.gzipBytes, 0), byKind };
}

describe('scriptGzipBytes: JavaScript of a first visit, data scripts included', () => {
  it.each([
    [
      'our story: code, story data and geometry scripts',
      [
        file('/', 'html', 16),
        file('/assets/index-x.js', 'js', 30),
        file('/data/story.js', 'data', 5),
        file('/geo/region.js', 'geometry', 4),
        file('/assets/style.css', 'css', 4),
      ],
      39,
    ],
    [
      'TimelineJS: its JSON data is fetched, not a script',
      [file('/timelinejs/js/timeline.js', 'js', 63), file('/timeline-data.json', 'data', 4)],
      63,
    ],
    ['a script with a query string', [file('/data/story.js?v=2', 'data', 2)], 2],
    ['a module script', [file('/assets/island.mjs', 'other', 3)], 3],
    ['no scripts', [file('/', 'html', 1)], 0],
  ])('%s', (_what, files, kb) => {
    expect(scriptGzipBytes({ files }) / KB).toBe(kb);
  });
});

const spread = (value: number): Spread => ({ p50: value, p95: value, worst: value, count: 10 });

function scrollRun(over: Partial<CountedScrollingRun> = {}): CountedScrollingRun {
  return {
    url: 'site:/',
    frames: spread(16.7),
    longTasks: { count: 0, longestMs: 0 },
    settle: spread(900),
    transitionFrames: spread(16.7),
    transitions: [],
    movingMs: 5000,
    ...quiet(0.05),
    ...over,
  };
}

describe('summarizeScrolling: every figure is the median of the runs', () => {
  const runs = [
    scrollRun({ frames: spread(30), longTasks: { count: 4, longestMs: 90 }, ...quiet(0.02) }),
    scrollRun({ frames: spread(18), longTasks: { count: 0, longestMs: 0 }, ...quiet(0.2) }),
    scrollRun({ frames: spread(19), longTasks: { count: 1, longestMs: 60 }, ...quiet(0.1) }),
  ];
  const summary = summarizeScrolling(runs);
  it.each([
    ['frame p95', summary.frames.p95, 19],
    ['worst frame', summary.frames.worst, 19],
    ['long tasks', summary.longTasks.count, 1],
    ['longest task', summary.longTasks.longestMs, 60],
    ['other processes: the busiest counted run', summary.otherCpu, 0.2],
    ['runs kept', summary.runs.length, 3],
  ])('%s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('refuses no runs', () => {
    expect(() => summarizeScrolling([])).toThrow(/no runs/);
  });
});

/** Figures that meet every budget of issue 13 exactly at its limit. */
interface Knobs {
  totalKb: number;
  scriptKb: number;
  performance: number;
  seo: number;
  lcpS: number;
  tbtMs: number;
  cls: number;
  longTasks: number;
  p95: number;
  worst: number;
  stepChangeMs: number;
  firstRenderMs: number;
}
const AT_LIMIT: Knobs = {
  totalKb: 85,
  scriptKb: 40,
  performance: 95,
  seo: 100,
  lcpS: 1.8,
  tbtMs: 100,
  cls: 0.01,
  longTasks: 1,
  p95: 20,
  worst: 100,
  stepChangeMs: 16.7,
  firstRenderMs: 500,
};

function lighthouse(k: Knobs, seo: number, otherCpu: number): LighthouseSummary {
  const median = {
    scores: { performance: k.performance, accessibility: 100, 'best-practices': 100, seo },
    lcpMs: k.lcpS * 1000,
    tbtMs: k.tbtMs,
    cls: k.cls,
    fcpMs: 1000,
  };
  const run: CountedLighthouseRun = { ...median, failing: [], ...quiet(otherCpu) };
  return { url: 'site:/', runs: [run, run, run], otherCpu, median, failing: [] };
}

function figures(k: Knobs): BenchFigures {
  const story = visit([
    file('/assets/index.js', 'js', k.scriptKb - 10),
    file('/data/story.js', 'data', 10),
    file('/', 'html', k.totalKb - k.scriptKb),
  ]);
  const scrolling = summarizeScrolling([
    scrollRun({
      frames: { p50: 16.7, p95: k.p95, worst: k.worst, count: 500 },
      longTasks: { count: k.longTasks, longestMs: 60 },
      ...quiet(0.04),
    }),
  ]);
  const growth: GrowthPoint = {
    events: 10000,
    steps: 20,
    buildMs: 9000,
    htmlBytes: 200 * KB,
    firstRenderMs: k.firstRenderMs,
    firstContentfulPaintMs: 300,
    stepChangeMs: k.stepChangeMs,
    worstStepChangeMs: 20,
    settleMs: 900,
    ...quiet(0.12),
  };
  return {
    bytes: { story, embeds: {}, peer: visit([file('/t.js', 'js', 63)]) },
    lighthouse: {
      story: lighthouse(k, k.seo, 0.03),
      // embed.html is noindex: Lighthouse scores its SEO low, and no budget applies.
      mapEmbed: lighthouse(k, 58, 0.06),
      peer: lighthouse({ ...k, performance: 83 }, 100, 0.07),
    },
    scrolling: { story: scrolling, peer: scrolling },
    growth: [growth],
    growthExponents: [],
    soak: [],
  };
}

const row = (f: BenchFigures, group: string, name: string) => {
  const found = checkBudgets(f).find((c) => c.group.startsWith(group) && c.name.startsWith(name));
  if (!found) throw new Error(`no check "${group}" / "${name}"`);
  return found;
};

describe("checkBudgets: issue 13's budgets", () => {
  it.each([
    ['Bytes', 'First visit, full story: total', '≤ 85 KB', { totalKb: 85.1 }],
    [
      'Bytes',
      'First visit, full story: JavaScript, data scripts',
      '≤ 40 KB',
      { scriptKb: 40.1, totalKb: 85 },
    ],
    ['Lighthouse mobile, full story', 'Performance', '≥ 95', { performance: 94 }],
    ['Lighthouse mobile, map embed', 'Performance', '≥ 95', { performance: 94 }],
    ['Lighthouse mobile, full story', 'SEO', '≥ 100', { seo: 99 }],
    ['Lighthouse mobile, full story', 'LCP', '≤ 1.8 s', { lcpS: 1.81 }],
    ['Lighthouse mobile, map embed', 'LCP', '≤ 1.8 s', { lcpS: 1.81 }],
    ['Lighthouse mobile, full story', 'TBT', '≤ 100 ms', { tbtMs: 101 }],
    ['Lighthouse mobile, map embed', 'CLS', '≤ 0.01', { cls: 0.011 }],
    ['Scrolling', 'Long tasks', '≤ 1', { longTasks: 2 }],
    ['Scrolling', 'Frame interval p95', '≤ 20 ms', { p95: 20.1 }],
    ['Scrolling', 'Frame interval, worst', '≤ 100 ms', { worst: 100.1 }],
    ['Growth, 10,000 events', 'Step change', '≤ 16.7 ms', { stepChangeMs: 16.8 }],
    ['Growth, 10,000 events', 'First render', '≤ 500 ms', { firstRenderMs: 501 }],
  ])('%s / %s: %s met at the limit, missed past it (%j)', (group, name, budget, past) => {
    const atLimit = row(figures(AT_LIMIT), group, name);
    expect(atLimit.budget).toBe(budget);
    expect(atLimit.pass).toBe(true);
    expect(row(figures({ ...AT_LIMIT, ...past }), group, name).pass).toBe(false);
  });

  it('has no SEO budget for the map embed (noindex on purpose), but still compares it', () => {
    const seo = row(figures(AT_LIMIT), 'Lighthouse mobile, map embed', 'SEO');
    expect(seo).toMatchObject({ budget: '—', pass: null, ours: 58, theirs: 100 });
    expect(seo.favours).toBe('TimelineJS');
  });

  it('holds what a reader who scrolls has loaded to the first visit’s budgets, in rows of its own', () => {
    const f = figures(AT_LIMIT);
    const scrolled = visit([
      file('/assets/index.js', 'js', 46),
      file('/geo/region.js', 'geometry', 11),
      file('/', 'html', 21),
    ]);
    expect(checkBudgets(f).some((c) => c.name.startsWith('Once the reader scrolls'))).toBe(false);
    f.bytes.storyOnceScrolled = scrolled;
    const js = row(f, 'Bytes', 'Once the reader scrolls, full story: JavaScript');
    expect(js).toMatchObject({ budget: '≤ 40 KB', pass: false, ours: 57, theirs: 63 });
    expect(row(f, 'Bytes', 'Once the reader scrolls, full story: total')).toMatchObject({
      budget: '≤ 85 KB',
      pass: true,
      ours: 78,
    });
    // The first visit's own rows, and their budgets, are unchanged.
    expect(row(f, 'Bytes', 'First visit, full story: JavaScript').pass).toBe(true);
  });

  it.each([
    ['Bytes', 'First visit, full story: total', { ours: null, theirs: null }],
    ['Lighthouse mobile, full story', 'LCP', { ours: 0.03, theirs: 0.07 }],
    ['Lighthouse mobile, map embed', 'Performance', { ours: 0.06, theirs: 0.07 }],
    ['Scrolling', 'Frame interval p95', { ours: 0.04, theirs: 0.04 }],
    ['Growth, 10,000 events', 'First render', { ours: 0.12, theirs: null }],
  ])("%s / %s carries other processes' CPU share %j", (group, name, otherCpu) => {
    expect(row(figures(AT_LIMIT), group, name).otherCpu).toEqual(otherCpu);
  });
});

describe('formatShare', () => {
  it.each([
    [0, '0 %'],
    [0.07, '7 %'],
    [0.254, '25 %'],
    [1, '100 %'],
    [Number.NaN, 'n/a'],
    [null, '—'],
    [undefined, '—'],
  ])('%s → %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

function results(f: BenchFigures): BenchResults {
  return {
    ...f,
    generatedAt: '2026-12-02T18:00:00.000Z',
    machine: {
      cpus: 2,
      node: '20.20.2',
      chromium: '156',
      lighthouse: '12.2.3',
      timelinejs: '3.9.11',
      loadAverage: { start: 0.1, end: 0.2 },
    },
    quietRule: { busyShare: 0.25, maxAttempts: 4 },
    durationsMs: { total: 1000 },
    build: { ms: 100 },
    budgets: checkBudgets(f),
  };
}

describe("formatResults: other processes' CPU beside each figure", () => {
  const f = figures(AT_LIMIT);
  const capped = { otherCpu: 0.31, attempts: 4, discardedOtherCpu: [0.5, 0.4, 0.6], capHit: true };
  f.scrolling.story = summarizeScrolling([scrollRun(), scrollRun(capped), scrollRun()]);
  const markdown = formatResults(results(f));
  const line = (start: string) => markdown.split('\n').find((l) => l.startsWith(start)) ?? '';

  it.each([
    ['the budget table has the column', '| Check |', 'Other processes’ CPU, ours / theirs |'],
    ['a Lighthouse figure shows both sides', '| LCP | ≤ 1.8 s |', '| 3 % / 7 % |'],
    [
      'a scrolling figure shows the busiest counted run',
      '| Frame interval p95 |',
      '| 31 % / 4 % |',
    ],
    ['an untimed figure shows none', '| First visit, full story: total |', '| — |'],
    ['a growth figure shows ours only', '| First render |', '| 12 % / — |'],
    ['a counted run shows its share', '| full story | 1 |', '| 3 % |'],
    ['a capped run says so', '| run 2 |', '31 %, 4 attempts **(cap hit)** |'],
  ])('%s', (_what, start, fragment) => {
    expect(line(start)).toContain(fragment);
  });

  it('names the runs that hit the cap in the summary', () => {
    expect(markdown).toContain(
      'more than 25 % of all CPUs, at most 4 attempts a run; 3 run(s) repeated',
    );
    expect(markdown).toContain(
      '**Cap hit (the quietest attempt counted, still too busy): scrolling, full story run 2.**',
    );
  });

  it("names what each run's TBT is made of, and — for a run that predates it", () => {
    const g = figures(AT_LIMIT);
    const [first, ...rest] = g.lighthouse.story.runs;
    g.lighthouse.story.runs = [
      { ...first!, blocking: { scripts: 30.4, 'first layout and paint': 69.6 } },
      ...rest,
    ];
    const rows = formatResults(results(g)).split('\n');
    expect(rows.find((l) => l.startsWith('| full story | 1 |'))).toMatch(
      /\| first layout and paint 70 · scripts 30 \|$/,
    );
    expect(rows.find((l) => l.startsWith('| full story | 2 |'))).toMatch(/\| — \|$/);
  });

  it('says when the cap was never hit', () => {
    expect(formatResults(results(figures(AT_LIMIT)))).toContain(
      'Cap never hit: every counted run was quiet enough.',
    );
  });
});

describe('every language’s full story: its own rows, the English page’s budgets', () => {
  /** Figures with a Ukrainian and an Azerbaijani page; `uk` takes other knobs. */
  function withLanguages(
    uk: Partial<Knobs> = {},
    ukRuns = 3,
    ukOnceScrolled: Partial<Knobs> = {},
  ): BenchFigures {
    const f = figures(AT_LIMIT);
    f.bytes.storyOnceScrolled = f.bytes.story;
    const page = (lang: string, k: Knobs) => {
      const lh = lighthouse(k, k.seo, 0.05);
      const runs = lh.runs.slice(0, lang === 'uk' ? ukRuns : 3);
      return {
        lang,
        path: `/${lang}/`,
        bytes: figures(k).bytes.story,
        bytesOnceScrolled: figures({ ...AT_LIMIT, ...(lang === 'uk' ? ukOnceScrolled : {}) }).bytes
          .story,
        lighthouse: { ...lh, runs },
        scrolling: figures(k).scrolling.story,
      };
    };
    f.languagePages = [page('uk', { ...AT_LIMIT, ...uk }), page('az', AT_LIMIT)];
    return f;
  }
  /** What a reader who scrolls loads, 1 KB of JavaScript over its budget. */
  const over = () => figures({ ...AT_LIMIT, scriptKb: 41, totalKb: 85 }).bytes.story;
  const rowsOf = (f: BenchFigures, label: string) =>
    checkBudgets(f).filter((c) => c.name.includes(label) || c.group.includes(label));

  it('adds no rows for a site of one language', () => {
    expect(
      checkBudgets(figures(AT_LIMIT)).some((c) => /full story in/.test(c.name + c.group)),
    ).toBe(false);
  });

  it.each(['uk', 'az'])('gives %s the same budgets as the English page, row for row', (lang) => {
    const all = checkBudgets(withLanguages());
    const english = all.filter(
      (c) =>
        c.name.startsWith('First visit, full story:') ||
        c.name.startsWith('Once the reader scrolls, full story:') ||
        c.group.startsWith('Lighthouse mobile, full story (') ||
        c.group.startsWith('Scrolling, 4x CPU throttling ('),
    );
    const own = rowsOf(withLanguages(), `full story in ${lang} (/${lang}/)`);
    expect(own.map((c) => c.budget)).toEqual(english.map((c) => c.budget));
    expect(own.map((c) => c.pass)).toEqual(english.map((c) => c.pass));
    expect(own.map((c) => c.budget)).toEqual(
      expect.arrayContaining(['≤ 85 KB', '≤ 40 KB', '≥ 95', '≤ 1.8 s', '≤ 100 ms', '≤ 0.01']),
    );
  });

  it.each([
    ['First visit, full story in uk (/uk/): total', 'Bytes', { totalKb: 85.1 }],
    ['First visit, full story in uk (/uk/): JavaScript', 'Bytes', { scriptKb: 40.1, totalKb: 85 }],
    ['Performance', 'Lighthouse mobile, full story in uk', { performance: 94 }],
    ['SEO', 'Lighthouse mobile, full story in uk', { seo: 99 }],
    ['LCP', 'Lighthouse mobile, full story in uk', { lcpS: 1.81 }],
    ['TBT', 'Lighthouse mobile, full story in uk', { tbtMs: 101 }],
  ])('a uk page past the limit fails %s, and only there (%s)', (name, group, past) => {
    const failing = checkBudgets(withLanguages(past)).filter((c) => c.pass === false);
    expect(failing.map((c) => [c.group, c.name])).toEqual([
      [expect.stringContaining(group), expect.stringContaining(name)],
    ]);
  });

  it('a uk page whose scrolled reader loads too much fails that row, and only there', () => {
    const failing = checkBudgets(withLanguages({}, 3, { scriptKb: 40.1, totalKb: 85 })).filter(
      (c) => c.pass === false,
    );
    expect(failing.map((c) => c.name)).toEqual([
      'Once the reader scrolls, full story in uk (/uk/): JavaScript, data scripts included',
    ]);
  });

  it('compares each language with TimelineJS and keeps both sides’ CPU share', () => {
    const lcp = row(withLanguages(), 'Lighthouse mobile, full story in az', 'LCP');
    expect(lcp).toMatchObject({ theirs: 1.8, otherCpu: { ours: 0.05, theirs: 0.07 } });
  });

  it('says how many runs a language’s medians come from', () => {
    const groups = new Set(checkBudgets(withLanguages({}, 1)).map((c) => c.group));
    expect(groups).toContain('Lighthouse mobile, full story in uk (/uk/) (median of 1)');
    expect(groups).toContain('Lighthouse mobile, full story in az (/az/) (median of 3)');
  });

  it('marks each row of a language’s full story with its page, in words alike on every page', () => {
    const all = checkBudgets(withLanguages());
    const measures = (label: string) =>
      all.filter((c) => c.page?.label === label).map((c) => c.page?.measure);
    expect(measures('full story')).toEqual([
      'First visit: total',
      'First visit: JavaScript, data scripts included',
      'Once the reader scrolls: total',
      'Once the reader scrolls: JavaScript, data scripts included',
      'Lighthouse: Performance',
      'Lighthouse: Accessibility',
      'Lighthouse: Best Practices',
      'Lighthouse: SEO',
      'Lighthouse: LCP',
      'Lighthouse: TBT',
      'Lighthouse: CLS',
      'Scrolling: Long tasks (≥ 50 ms) while moving',
      'Scrolling: Frame interval p95',
      'Scrolling: Frame interval, worst',
      'Scrolling: Step boundary → final drawn state, median',
      'Scrolling: Longest frame of a step change, median',
    ]);
    expect(measures('full story in uk (/uk/)')).toEqual(measures('full story'));
    expect(measures('full story in az (/az/)')).toEqual(measures('full story'));
    // The map embed's rows, growth's and the soak's are no language's page.
    expect(all.filter((c) => c.page).length).toBe(3 * 16);
    expect(row(withLanguages(), 'Lighthouse mobile, map embed', 'TBT').page).toBeUndefined();
  });

  describe('comparePagesWithRoot: each language’s page beside the root page', () => {
    const compare = (f: BenchFigures) => comparePagesWithRoot(checkBudgets(f));
    type LanguagePage = NonNullable<BenchFigures['languagePages']>[number];

    it('(all at their limits) puts every page level with the root page', () => {
      expect(compare(withLanguages())).toEqual({
        pages: ['full story', 'full story in uk (/uk/)', 'full story in az (/az/)'].map(
          (label) => ({ label, of: 14, missed: [], unmeasured: [] }),
        ),
        behindRoot: [],
        missedByAll: [],
      });
    });

    it.each([
      [{ tbtMs: 101 }, 'Lighthouse: TBT'],
      [{ lcpS: 1.81 }, 'Lighthouse: LCP'],
      [{ totalKb: 85.1 }, 'First visit: total'],
      [{ longTasks: 2 }, 'Scrolling: Long tasks (≥ 50 ms) while moving'],
    ])('(uk past %o) has uk behind the root page on %s', (past, measure) => {
      const c = compare(withLanguages(past));
      expect(c?.behindRoot).toEqual([{ label: 'full story in uk (/uk/)', measures: [measure] }]);
      expect(c?.pages[1]).toMatchObject({ of: 14, missed: [measure] });
      expect(c?.missedByAll).toEqual([]);
    });

    it('(every page over on the scrolled JavaScript, uk on TBT) tells what all miss from what uk alone misses', () => {
      const f = withLanguages({ tbtMs: 101 });
      f.bytes.storyOnceScrolled = over();
      for (const page of f.languagePages ?? []) page.bytesOnceScrolled = over();
      const c = compare(f);
      expect(c?.missedByAll).toEqual([
        'Once the reader scrolls: JavaScript, data scripts included',
      ]);
      expect(c?.behindRoot).toEqual([
        { label: 'full story in uk (/uk/)', measures: ['Lighthouse: TBT'] },
      ]);
    });

    it('(the root page alone misses one) puts no language behind it', () => {
      const f = withLanguages();
      f.lighthouse.story = lighthouse({ ...AT_LIMIT, tbtMs: 101 }, 100, 0.03);
      const c = compare(f);
      expect(c?.pages[0]).toMatchObject({ missed: ['Lighthouse: TBT'] });
      expect(c?.behindRoot).toEqual([]);
      expect(c?.missedByAll).toEqual([]);
    });

    it('(uk misses a budget the root page was not measured for) does not say the root page met it', () => {
      const f = withLanguages();
      delete f.bytes.storyOnceScrolled;
      const [uk] = f.languagePages ?? [];
      if (uk) uk.bytesOnceScrolled = over();
      expect(compare(f)?.behindRoot).toEqual([]);
    });

    it.each([
      [
        'the scrolled visit',
        (page: LanguagePage) => delete page.bytesOnceScrolled,
        [
          'Once the reader scrolls: total',
          'Once the reader scrolls: JavaScript, data scripts included',
        ],
      ],
      [
        'scrolling',
        (page: LanguagePage) => delete page.scrolling,
        [
          'Scrolling: Long tasks (≥ 50 ms) while moving',
          'Scrolling: Frame interval p95',
          'Scrolling: Frame interval, worst',
        ],
      ],
    ])('(uk without %s) says what uk was not measured for', (_what, drop, unmeasured) => {
      const f = withLanguages();
      const [uk] = f.languagePages ?? [];
      if (uk) drop(uk);
      expect(compare(f)?.pages[1]).toMatchObject({ of: 14 - unmeasured.length, unmeasured });
    });

    it('finds the root page by its name, wherever its rows are', () => {
      const reversed = checkBudgets(withLanguages({ tbtMs: 101 })).reverse();
      const c = comparePagesWithRoot(reversed);
      expect(c?.pages[0]?.label).toBe('full story');
      expect(c?.behindRoot.map((p) => p.label)).toEqual(['full story in uk (/uk/)']);
    });

    it('has nothing to compare for one language, or for results written before rows named their page', () => {
      expect(compare(figures(AT_LIMIT))).toBeNull();
      const older = checkBudgets(withLanguages()).map(({ page: _page, ...rest }) => rest);
      expect(comparePagesWithRoot(older)).toBeNull();
    });
  });

  describe('formatResults', () => {
    const f = withLanguages();
    const capped = { otherCpu: 0.3, attempts: 4, discardedOtherCpu: [0.5, 0.4, 0.6], capHit: true };
    const [uk] = f.languagePages ?? [];
    if (uk) uk.lighthouse.runs = [uk.lighthouse.runs[0]!, { ...uk.lighthouse.runs[1]!, ...capped }];
    const markdown = formatResults(results(f));
    const lines = (pattern: RegExp) => markdown.split('\n').filter((l) => pattern.test(l));

    it.each([
      ['the budget table', /^\| First visit, full story in uk \(\/uk\/\): total \| ≤ 85 KB \|/, 1],
      [
        'the budget table’s Lighthouse group',
        /^\| \*\*Lighthouse mobile, full story in az \(\/az\/\) \(median of 3\)\*\*/,
        1,
      ],
      ['the bytes summary', /^\| full story in az \(\/az\/\) \| [\d.]+ KB \|/, 1],
      ['the bytes per file', /^\| Full story in uk: file \|/, 1],
      ['every Lighthouse run (uk: 2)', /^\| full story in uk \(\/uk\/\) \| \d \| 95 \|/, 2],
      ['every Lighthouse run (az: 3)', /^\| full story in az \(\/az\/\) \| \d \| 95 \|/, 3],
      ['the failing audits', /^- full story in az \(\/az\/\): none$/, 1],
      [
        'the budget table’s scrolling group',
        /^\| \*\*Scrolling, 4x CPU throttling, full story in uk \(\/uk\/\) \(median of 1\)\*\*/,
        1,
      ],
      ['the scrolling table', /^\| \*\*full story in az \(\/az\/\): whole page down and up/, 1],
    ])('%s has the language’s rows', (_where, pattern, count) => {
      expect(lines(pattern)).toHaveLength(count);
    });

    it('names a language’s capped Lighthouse run in the summary', () => {
      expect(markdown).toContain('Lighthouse, full story in uk (/uk/) run 2');
    });

    it('names a language’s capped scrolling run in the summary', () => {
      const g = withLanguages();
      const [, az] = g.languagePages ?? [];
      if (az) az.scrolling = summarizeScrolling([scrollRun(capped)]);
      expect(formatResults(results(g))).toContain('scrolling, full story in az (/az/) run 1');
    });

    it('sets each language’s page beside the root page under the summary', () => {
      expect(lines(/^Budgets met by each language/)).toEqual([
        "Budgets met by each language's full story (issue 14): full story (the root page, /) 14 of 14, full story in uk (/uk/) 14 of 14, full story in az (/az/) 14 of 14. No other language's page misses a budget the root page meets. Not counted here: the map embed, growth (synthetic data) and the memory soak.",
      ]);
    });

    it('puts in bold a budget the root page meets and a language’s page misses', () => {
      const g = withLanguages({ tbtMs: 101, longTasks: 2 });
      expect(formatResults(results(g))).toContain(
        "full story in uk (/uk/) 12 of 14, full story in az (/az/) 14 of 14. **Met on the root page, missed on another language's: full story in uk (/uk/) — Lighthouse: TBT; Scrolling: Long tasks (≥ 50 ms) while moving.**",
      );
    });

    it('says what every page misses, and what a page was not measured for', () => {
      const g = withLanguages();
      g.bytes.storyOnceScrolled = over();
      const [uk, az] = g.languagePages ?? [];
      if (uk) uk.bytesOnceScrolled = over();
      if (az) delete az.scrolling;
      expect(formatResults(results(g))).toContain(
        'Not measured on full story in az (/az/): Scrolling: Long tasks (≥ 50 ms) while moving; Scrolling: Frame interval p95; Scrolling: Frame interval, worst.',
      );
      // az's scrolled visit is at the limit: only the root page and uk miss it, so not every page.
      expect(formatResults(results(g))).not.toContain('Missed on every language');
      if (az) az.bytesOnceScrolled = over();
      expect(formatResults(results(g))).toContain(
        "Missed on every language's page: Once the reader scrolls: JavaScript, data scripts included.",
      );
    });

    it('leaves the paragraph out of results written before rows named their page', () => {
      const older = results(f);
      older.budgets = older.budgets.map(({ page: _page, ...rest }) => rest);
      expect(formatResults(older)).not.toContain('Budgets met by each language');
    });
  });
});

describe('the floor: a page of one paragraph, measured beside the stories, held to no budget', () => {
  function withFloor(tbtMs: number[]): BenchFigures {
    const f = figures(AT_LIMIT);
    const base = lighthouse({ ...AT_LIMIT, tbtMs: 0 }, 100, 0.02);
    const runs = tbtMs.map((ms) => ({ ...base.runs[0]!, tbtMs: ms }));
    f.lighthouse.floor = { ...base, runs, median: { ...base.median, tbtMs: median(tbtMs) } };
    return f;
  }
  const lines = (f: BenchFigures, pattern: RegExp) =>
    formatResults(results(f))
      .split('\n')
      .filter((l) => pattern.test(l));

  it('says its TBT in words, with how many runs crossed the pages’ budget', () => {
    expect(lines(withFloor([12, 104, 30, 9, 170, 100, 20]), /^Floor: /)).toEqual([
      'Floor: a page of one paragraph and no script (tests/bench/page/floor/), measured in the same runs: TBT median 30.0 ms, runs from 9.0 ms to 170 ms, 2 of 7 over the pages’ 100 ms budget. That is what this machine and Lighthouse give a page that does almost nothing; read the pages’ runs against it.',
    ]);
    expect(lines(withFloor([0, 20, 40]), /^Floor: /)[0]).toContain(
      'TBT median 20.0 ms, runs from 0.0 ms to 40.0 ms. That is',
    );
  });

  it('has its rows among every run and the audits, and no budget', () => {
    const f = withFloor([12, 104, 30]);
    expect(lines(f, /^\| floor: one paragraph, no script \| \d \|/)).toHaveLength(3);
    expect(lines(f, /^- floor: one paragraph, no script: none$/)).toHaveLength(1);
    // No row of its own: the budgets are those of the same figures without it.
    expect(checkBudgets(f)).toEqual(checkBudgets(figures(AT_LIMIT)));
  });

  it('counts its repeated and capped runs with the others, by the name its rows have', () => {
    const f = withFloor([12, 104, 30]);
    const [first, second, third] = f.lighthouse.floor!.runs;
    f.lighthouse.floor!.runs = [
      first!,
      { ...second!, attempts: 2, discardedOtherCpu: [0.4] },
      { ...third!, otherCpu: 0.3, attempts: 4, discardedOtherCpu: [0.5, 0.4, 0.6], capHit: true },
    ];
    const markdown = formatResults(results(f));
    expect(markdown).toContain('at most 4 attempts a run; 4 run(s) repeated.');
    expect(markdown).toContain(
      '**Cap hit (the quietest attempt counted, still too busy): Lighthouse, floor: one paragraph, no script run 3.**',
    );
  });

  it('is left out of results written before it was measured', () => {
    expect(lines(figures(AT_LIMIT), /floor/i)).toEqual([]);
  });
});
