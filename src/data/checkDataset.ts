/**
 * Cross-record checks on data that already passed the schema: ids that point
 * at nothing, totals that contradict each other, quotes that are too long…
 * Each check is a small exported function over the parts of the dataset it
 * needs, so `checkDataset` can run every check whose files are valid even
 * while another file still has schema errors.
 */
import { findRate } from '../lib/model/convertToUsd.ts';
import { QUALIFIER_WORDS } from '../lib/format/formatAmount.ts';
import { checkText } from './checkText.ts';
import { checkEditorInput } from './checkEditorInput.ts';
import { checkCargoBelowReports } from './checkCargoTotals.ts';
import { checkUndatedEvents } from './checkUndatedEvents.ts';
import { describePeriodConflict, FACE_VALUE } from './describePeriodConflict.ts';
import { parseFuzzyDate, type ParsedDate } from '../lib/model/fuzzyDate.ts';
import { formatPath, type JsonPath } from './locateJson.ts';
import { MAP_REGION, isInsideMapRegion } from './mapRegion.ts';
import type { Problem } from '../lib/model/problem.ts';
import { nowhere, reporter, type Locate } from './reportProblem.ts';
import type { AidEvent, Amount, DataFileName, Dataset, Rate } from './schema.ts';

export type { Locate };

/** Optimal string alignment distance (edits, with swapped neighbours counting as one). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate an editor most likely meant, or undefined when none is close.
 * @example suggestClosest('destinaton', ['origin', 'destination']) // 'destination'
 */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  if (needle.length > 80) return undefined;
  // Ids share long date parts ("trend-2025-08-13", "tass-2025-08-11"): stay strict.
  const allowed =
    needle.length <= 3 ? 1 : needle.length <= 6 ? 2 : Math.min(3, Math.floor(needle.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (hay.length > 80) continue;
    // A short name two letters off is a typo only if it starts the same way:
    // "kiev" → "kyiv", but a new place "lviv" is not "kyiv".
    if (needle.length <= 6 && hay[0] !== needle[0]) continue;
    const distance = editDistance(needle, hay);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= allowed) return best;
  // "trend-2025-08-13" for "trend-2025-08-13-energy" and the like.
  return needle.length >= 4
    ? candidates.find((c) => c.toLowerCase().includes(needle) || needle.includes(c.toLowerCase()))
    : undefined;
}

/** `did you mean "kyiv"? Fix the id, …`, or just `fix the id, …` when nothing is close. */
function didYouMean(input: string, candidates: readonly string[], advice: string): string {
  const suggestion = suggestClosest(input, candidates);
  if (suggestion === undefined) return advice;
  return `did you mean "${suggestion}"? ${advice.charAt(0).toUpperCase()}${advice.slice(1)}`;
}

function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'there are none yet';
  return ids.length <= 10 ? `known: ${ids.join(', ')}` : `${ids.length} are known`;
}

// ─── Duplicate ids ──────────────────────────────────────────────────────────

/** Ids must be unique within a file (places, sources, events, steps, story notes). */
export function checkDuplicateIds(data: Partial<Dataset>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const lists: [DataFileName, string, readonly { id: string }[] | undefined][] = [
    ['places.json', 'places', data.places],
    ['sources.json', 'sources', data.sources],
    ['events.json', 'events', data.events],
    ['steps.json', 'steps', data.steps],
    ['story.json', 'notes', data.story?.notes],
  ];
  for (const [file, key, records] of lists) {
    const first = new Map<string, number>();
    records?.forEach((record, index) => {
      const earlier = first.get(record.id);
      if (earlier === undefined) {
        first.set(record.id, index);
        return;
      }
      const at = locate(file, [key, earlier, 'id']);
      report(
        'error',
        'duplicate-id',
        file,
        [key, index, 'id'],
        `id "${record.id}" is used twice in ${file}; the first is ${formatPath([key, earlier])} (line ${at.line})`,
        'ids must be unique: rename one of them, and update anything that refers to it',
        [record.id],
      );
    });
  }
  return problems;
}

// ─── References between files ───────────────────────────────────────────────

/** Event origins and destinations, and step map extents and places, must name places in places.json. */
export function checkPlaceReferences(
  data: Pick<Partial<Dataset>, 'events' | 'steps'> & Pick<Dataset, 'places'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const ids = data.places.map((p) => p.id);
  const known = new Set(ids);
  const check = (file: DataFileName, path: JsonPath, id: string, owner: string) => {
    if (known.has(id)) return;
    report(
      'error',
      'unknown-place',
      file,
      path,
      `place "${id}" is not in places.json`,
      didYouMean(
        id,
        ids,
        `fix the id, or add a place with id "${id}" to places.json (${listIds(ids)})`,
      ),
      [owner],
    );
  };
  data.events?.forEach((event, i) => {
    if (event.origin !== undefined)
      check('events.json', ['events', i, 'origin'], event.origin, event.id);
    if (event.destination !== undefined) {
      check('events.json', ['events', i, 'destination'], event.destination, event.id);
    }
  });
  data.steps?.forEach((step, i) => {
    step.map.extent.forEach((id, j) =>
      check('steps.json', ['steps', i, 'map', 'extent', j], id, step.id),
    );
    step.map.places.forEach((id, j) =>
      check('steps.json', ['steps', i, 'map', 'places', j], id, step.id),
    );
  });
  return problems;
}

/**
 * Citations and rates must name sources in sources.json. The message names
 * every record citing the missing source, so a source removed while still
 * cited shows everything that depends on it.
 */
export function checkSourceReferences(
  data: Pick<Partial<Dataset>, 'events' | 'rates'> & Pick<Dataset, 'sources'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const ids = data.sources.map((s) => s.id);
  const known = new Set(ids);
  const citers = new Map<string, { events: string[]; rates: string[]; paths: JsonPath[] }>();
  const cite = (id: string, path: JsonPath, kind: 'events' | 'rates', name: string) => {
    if (known.has(id)) return;
    const entry = citers.get(id) ?? { events: [], rates: [], paths: [] };
    if (!entry[kind].includes(name)) entry[kind].push(name);
    entry.paths.push(path);
    citers.set(id, entry);
  };
  data.events?.forEach((event, i) =>
    event.sources.forEach((citation, j) =>
      cite(citation.source, ['events', i, 'sources', j, 'source'], 'events', event.id),
    ),
  );
  data.rates?.forEach((rate, i) =>
    cite(
      rate.source,
      ['rates', i, 'source'],
      'rates',
      `rates[${i}] (${rate.currency} from ${rate.from})`,
    ),
  );
  for (const [id, { events, rates, paths }] of citers) {
    const by = [
      events.length ? `events: ${events.join(', ')}` : '',
      rates.length ? `rates: ${rates.join(', ')}` : '',
    ].filter(Boolean);
    for (const path of paths) {
      report(
        'error',
        'unknown-source',
        path[0] === 'rates' ? 'rates.json' : 'events.json',
        path,
        `source "${id}" is not in sources.json; cited by ${by.join('; ')}`,
        didYouMean(
          id,
          ids,
          `add a source with id "${id}" to sources.json, or cite one that exists`,
        ),
        events,
      );
    }
  }
  return problems;
}

/**
 * Steps' flows and highlights, shipments' `order` and totals' `total.order`
 * must name events; a flow needs an event with both origin and destination,
 * and an `order` must name an event of kind "order".
 */
export function checkEventReferences(
  data: Pick<Partial<Dataset>, 'steps'> & Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const ids = data.events.map((e) => e.id);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const find = (
    file: DataFileName,
    path: JsonPath,
    id: string,
    owner: string,
  ): AidEvent | undefined => {
    const event = byId.get(id);
    if (!event) {
      report(
        'error',
        'unknown-event',
        file,
        path,
        `event "${id}" is not in events.json`,
        didYouMean(id, ids, 'fix the id, or add the event to events.json'),
        [owner],
      );
    }
    return event;
  };
  const orderRef = (path: JsonPath, id: string, owner: string) => {
    const target = find('events.json', path, id, owner);
    if (target && target.kind !== 'order') {
      report(
        'error',
        'not-an-order',
        'events.json',
        path,
        `"${id}" is a ${target.kind} event, not an order`,
        'point "order" at the event of kind "order" (the decision or allocation) this record belongs to',
        [owner, id],
      );
    }
  };
  data.events.forEach((event, i) => {
    if (event.order !== undefined) orderRef(['events', i, 'order'], event.order, event.id);
    if (event.total?.order !== undefined) {
      orderRef(['events', i, 'total', 'order'], event.total.order, event.id);
    }
  });
  data.steps?.forEach((step, i) => {
    step.map.flows.forEach((id, j) => {
      const path = ['steps', i, 'map', 'flows', j];
      const event = find('steps.json', path, id, step.id);
      if (event && (event.origin === undefined || event.destination === undefined)) {
        const missing = [
          event.origin === undefined ? 'origin' : '',
          event.destination === undefined ? 'destination' : '',
        ]
          .filter(Boolean)
          .join(' and ');
        report(
          'error',
          'flow-without-route',
          'steps.json',
          path,
          `event "${id}" has no ${missing}, so the map cannot draw its flow`,
          `add "origin" and "destination" (place ids) to event "${id}", or remove it from "flows"`,
          [step.id, id],
        );
      }
    });
    step.timeline.highlight.forEach((id, j) =>
      find('steps.json', ['steps', i, 'timeline', 'highlight', j], id, step.id),
    );
  });
  return problems;
}

// ─── Rules inside one file ──────────────────────────────────────────────────

/** A total with scope "period" needs `period`; with scope "order", `order`. */
export function checkTotals(data: Pick<Dataset, 'events'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    const total = event.total;
    if (total?.scope === 'period' && total.period === undefined) {
      report(
        'error',
        'total-missing-period',
        'events.json',
        ['events', i, 'total', 'period'],
        'a total with scope "period" needs "period": the span it covers',
        'add "period": "2024" (or whichever year, month or FROM/TO range the total covers), or change "scope"',
        [event.id],
      );
    }
    if (total?.scope === 'order' && total.order === undefined) {
      report(
        'error',
        'total-missing-order',
        'events.json',
        ['events', i, 'total', 'order'],
        'a total with scope "order" needs "order": the id of the order it adds up',
        'add "order": "<id of the order event>", or change "scope"',
        [event.id],
      );
    }
  });
  return problems;
}

/** A rate's `to` cannot come before its `from`; a step's timeline `to` cannot come before its `from`. */
export function checkDateRanges(
  data: Pick<Partial<Dataset>, 'rates' | 'steps'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const reversed = (from: string, to: string | undefined) => {
    const a = parseFuzzyDate(from);
    const b = to === undefined ? null : parseFuzzyDate(to);
    return a !== null && b !== null && b.end < a.start;
  };
  data.rates?.forEach((rate, i) => {
    if (reversed(rate.from, rate.to)) {
      report(
        'error',
        'rate-range-reversed',
        'rates.json',
        ['rates', i, 'to'],
        `the rate ends (${rate.to}) before it starts (${rate.from})`,
        'swap "from" and "to", or correct the year',
      );
    }
  });
  data.steps?.forEach((step, i) => {
    const { from, to } = step.timeline;
    if (from !== undefined && reversed(from, to)) {
      report(
        'error',
        'timeline-range-reversed',
        'steps.json',
        ['steps', i, 'timeline', 'to'],
        `the timeline range ends (${to}) before it starts (${from})`,
        'swap "from" and "to", or correct the year',
        [step.id],
      );
    }
  });
  return problems;
}

/** The story needs at least one step. */
export function checkStepCount(data: Pick<Dataset, 'steps'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  if (data.steps.length === 0) {
    reporter(problems, locate)(
      'error',
      'no-steps',
      'steps.json',
      ['steps'],
      'there are no steps, so the story would show nothing',
      'add at least one step to "steps"',
    );
  }
  return problems;
}

// ─── Money ──────────────────────────────────────────────────────────────────

function describeNumber(value: number): string {
  if (Math.abs(value) >= 1e6) {
    return `${Number((value / 1e6).toFixed(2)).toLocaleString('en-US')} million`;
  }
  return Math.round(value).toLocaleString('en-US');
}

/** For editors' messages, with the currency code: `$34 million`, `70 million AZN`. */
export function describeMoney(value: number, currency: string): string {
  return currency === 'USD' ? `$${describeNumber(value)}` : `${describeNumber(value)} ${currency}`;
}

/** The amount in the source's words: `more than 70 million AZN`. */
export function describeAmount(amount: Amount): string {
  return `${QUALIFIER_WORDS[amount.qualifier]}${describeMoney(amount.value, amount.currency)}`;
}

interface UsdFigure {
  event: AidEvent;
  index: number;
  date: ParsedDate;
  usd: number;
  /** The amount as the source gives it, with its conversion. */
  words: string;
}

/**
 * An event's amount in US dollars, converted as the story converts it
 * (convertToUsd.ts: a stated rate covering the whole date, here `on` or the
 * event's date); when no rate covers it, the source's own USD equivalent.
 */
function usdFigure(
  event: AidEvent,
  index: number,
  rates: readonly Rate[],
  on = event.date,
): UsdFigure | undefined {
  const date = parseFuzzyDate(on);
  const { amount, statedEquivalent: stated } = event;
  if (!date || !amount) return undefined;
  const statedUsd = stated?.currency === 'USD' ? stated : undefined;
  const statedWords = stated ? `; the source's own equivalent: ${describeAmount(stated)}` : '';
  if (amount.currency === 'USD') {
    return { event, index, date, usd: amount.value, words: describeAmount(amount) };
  }
  const rate = findRate(amount.currency, on, rates);
  if (rate) {
    const usd = amount.value / rate.perUsd;
    const words = `${describeAmount(amount)} (≈ ${describeMoney(usd, 'USD')} at ${rate.perUsd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 })} ${amount.currency} per USD${statedWords})`;
    return { event, index, date, usd, words };
  }
  if (statedUsd) {
    const words = `${describeAmount(amount)} (no rate in rates.json; the source's own equivalent: ${describeAmount(statedUsd)})`;
    return { event, index, date, usd: statedUsd.value, words };
  }
  return undefined;
}

const EXPLAIN_HINT =
  'keep each figure as its source gives it, say on the page that they disagree, and explain it in "Notes on the data" (story.json notes); this is a warning, not an error';

/** Cumulative aid-value totals in US dollars, ordered by the end of their date (an "as of" date). */
function runningTotals(events: readonly AidEvent[], rates: readonly Rate[]): UsdFigure[] {
  const figures: UsdFigure[] = [];
  events.forEach((event, index) => {
    if (event.kind !== 'reported-total' || event.total?.scope !== 'cumulative') return;
    if (event.total.measure !== 'aid-value') return;
    const figure = usdFigure(event, index, rates);
    if (figure) figures.push(figure);
  });
  return figures.sort((a, b) => a.date.end - b.date.end || a.date.start - b.date.start);
}

/**
 * Warns about reported totals that cannot all be true:
 * - a running total ("cumulative", "aid-value") lower than an earlier one;
 * - a period total larger than the growth of the running total across that
 *   period: (first running total dated after the period) − (last running
 *   total dated before it starts; a total dated in the month or year just
 *   before, such as "2023-12" for 2024, counts as the start).
 */
export function checkReportedTotals(
  data: Pick<Dataset, 'events' | 'rates'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const running = runningTotals(data.events, data.rates);

  let highest: UsdFigure | undefined;
  for (const figure of running) {
    if (highest && figure.usd < highest.usd && highest.date.end < figure.date.end) {
      report(
        'warning',
        'total-falls',
        'events.json',
        ['events', figure.index, 'amount'],
        `a running total that falls: ${figure.words} as of ${figure.event.date} (${figure.event.id}) is lower than ${highest.words} as of ${highest.event.date} (${highest.event.id}). ${FACE_VALUE}`,
        `check the figure and its date; if the sources really disagree, ${EXPLAIN_HINT}`,
        [figure.event.id, highest.event.id],
      );
    }
    if (!highest || figure.usd > highest.usd) highest = figure;
  }

  const DAY = 86_400_000;
  data.events.forEach((event, index) => {
    const total = event.total;
    if (
      event.kind !== 'reported-total' ||
      total?.scope !== 'period' ||
      total.measure !== 'aid-value'
    )
      return;
    const period = total.period === undefined ? null : parseFuzzyDate(total.period);
    if (!period) return;
    const figure = usdFigure(event, index, data.rates, total.period);
    if (!figure) return;
    const before = running.filter((r) => r.date.end < period.start + DAY).at(-1);
    const after = running.find((r) => r.date.start >= period.end + 1 - DAY);
    if (!after) return;
    const growth = after.usd - (before?.usd ?? 0);
    if (figure.usd <= growth) return;
    const ceiling = (before?.usd ?? 0) + figure.usd;
    const later = running.filter((r) => r.date.start > after.date.start && r.usd < ceiling);
    const name = (r: UsdFigure) => ({ id: r.event.id, date: r.event.date, words: r.words });
    // A difference or sum of inexact figures is no more certain than they are.
    const exact = [figure, before, after].every((r) => !r || r.event.amount?.qualifier === 'exact');
    const derived = (usd: number) => `${exact ? '' : 'about '}${describeMoney(usd, 'USD')}`;
    report(
      'warning',
      'total-contradiction',
      'events.json',
      ['events', index, 'amount'],
      describePeriodConflict({
        period: total.period ?? '',
        id: event.id,
        words: figure.words,
        growth: derived(growth),
        ceiling: derived(ceiling),
        before: before && name(before),
        after: name(after),
        later: later.map(name),
      }),
      EXPLAIN_HINT,
      [
        event.id,
        ...(before ? [before.event.id] : []),
        after.event.id,
        ...later.map((r) => r.event.id),
      ],
    );
  });
  return problems;
}

/** Warns about amounts in a currency that no rate in rates.json covers on the event's date (USD never needs one). */
export function checkRateCoverage(
  data: Pick<Dataset, 'events' | 'rates'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    for (const key of ['amount', 'statedEquivalent'] as const) {
      const amount = event[key];
      // findRate gives USD a rate of 1; other currencies need a stated rate covering the whole date.
      if (!amount || findRate(amount.currency, event.date, data.rates)) continue;
      report(
        'warning',
        'no-rate',
        'events.json',
        ['events', i, key, 'currency'],
        `no ${amount.currency} rate in rates.json covers ${event.date}, so this amount cannot be converted to US dollars`,
        `add a ${amount.currency} rate to rates.json whose "from"/"to" include ${event.date}, citing its source`,
        [event.id],
      );
    }
  });
  return problems;
}

// ─── Editorial checks ───────────────────────────────────────────────────────

/**
 * Steps should move forward in time: warns when a step's earliest
 * highlighted event is earlier than the previous step's. A story may open
 * on its latest news and then go back to the start: the step that jumps
 * back says so with `"flashback": true`, and is left alone.
 */
export function checkStepOrder(
  data: Pick<Dataset, 'steps' | 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const dates = new Map(
    data.events.map((e) => [e.id, { date: parseFuzzyDate(e.date), text: e.date }]),
  );
  const earliest = data.steps.map((step) => {
    let best: { start: number; text: string; id: string } | undefined;
    for (const id of step.timeline.highlight) {
      const found = dates.get(id);
      if (found?.date && (!best || found.date.start < best.start)) {
        best = { start: found.date.start, text: found.text, id };
      }
    }
    return best;
  });
  earliest.forEach((current, i) => {
    const previous = earliest[i - 1];
    const step = data.steps[i];
    const previousStep = data.steps[i - 1];
    if (i < 1 || !current || !previous || !step || !previousStep || step.flashback) return;
    if (current.start >= previous.start) return;
    report(
      'warning',
      'steps-out-of-order',
      'steps.json',
      ['steps', i, 'timeline', 'highlight'],
      `steps out of date order: step ${i + 1} ("${step.id}") highlights ${current.id} (${current.text}), earlier than the earliest event of step ${i} ("${previousStep.id}"), ${previous.id} (${previous.text})`,
      'reorder the steps or their highlights; if the jump back is deliberate, add "flashback": true to this step',
      [step.id, previousStep.id, current.id, previous.id],
    );
  });
  return problems;
}

/** Warns about sources that no event and no rate cites. */
export function checkUnusedSources(
  data: Pick<Dataset, 'sources' | 'events' | 'rates'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const cited = new Set([
    ...data.events.flatMap((e) => e.sources.map((c) => c.source)),
    ...data.rates.map((r) => r.source),
  ]);
  data.sources.forEach((source, i) => {
    if (cited.has(source.id)) return;
    report(
      'warning',
      'unused-source',
      'sources.json',
      ['sources', i, 'id'],
      `source "${source.id}" is not cited by any event or rate`,
      'cite it from the events it supports, or remove it if it is no longer needed',
      [source.id],
    );
  });
  return problems;
}

/** Warns about two events with the same date, kind and amount: probably one event entered twice. */
export function checkDuplicateEvents(
  data: Pick<Dataset, 'events'>,
  locate: Locate = nowhere,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const seen = new Map<string, number>();
  data.events.forEach((event, i) => {
    if (!event.amount) return;
    const key = JSON.stringify([event.date, event.kind, event.amount.value, event.amount.currency]);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const other = data.events[first];
    if (!other) return;
    report(
      'warning',
      'possible-duplicate-event',
      'events.json',
      ['events', i, 'id'],
      `event "${event.id}" looks like a duplicate of "${other.id}": same date (${event.date}), kind (${event.kind}) and amount (${describeAmount(event.amount)})`,
      'if they are the same event, merge them and keep every citation; if not, make the titles say how they differ',
      [event.id, other.id],
    );
  });
  return problems;
}

const MAX_EXCERPT_WORDS = 25;

/** Warns about excerpts longer than 25 words and citations with neither excerpt nor note. */
export function checkCitations(data: Pick<Dataset, 'events'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    event.sources.forEach((citation, j) => {
      const words = citation.excerpt?.trim().split(/\s+/).length ?? 0;
      if (words > MAX_EXCERPT_WORDS) {
        report(
          'warning',
          'long-excerpt',
          'events.json',
          ['events', i, 'sources', j, 'excerpt'],
          `the excerpt is ${words} words long; excerpts should be short quotes (at most ${MAX_EXCERPT_WORDS} words)`,
          'quote only the words that carry the fact, or summarise in "note" in our own words',
          [event.id],
        );
      }
      if (citation.excerpt === undefined && citation.note === undefined) {
        report(
          'warning',
          'citation-without-evidence',
          'events.json',
          ['events', i, 'sources', j],
          `the citation of "${citation.source}" has neither an excerpt nor a note`,
          'add "excerpt" (a short quote in the source\'s own words) or "note" (what it reports, in our words)',
          [event.id],
        );
      }
    });
  });
  return problems;
}

/** Warns about places outside MAP_REGION: their markers would float over nothing. */
export function checkMapRegion(data: Pick<Dataset, 'places'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const { west, east, south, north } = MAP_REGION;
  data.places.forEach((place, i) => {
    if (isInsideMapRegion(place.lon, place.lat)) return;
    const swapped = isInsideMapRegion(place.lat, place.lon);
    const lonOutside = place.lon < west || place.lon > east;
    report(
      'warning',
      'outside-map',
      'places.json',
      ['places', i, lonOutside ? 'lon' : 'lat'],
      `place "${place.id}" (lon ${place.lon}, lat ${place.lat}) is outside the map, which shows ${west}°E–${east}°E and ${south}°N–${north}°N`,
      swapped
        ? 'lon and lat look swapped: lon is degrees east, lat degrees north (Kyiv: lon 30.52, lat 50.45)'
        : 'check lon (degrees east) and lat (degrees north); to show places further away, the map region in src/data/mapRegion.ts must grow',
      [place.id],
    );
  });
  return problems;
}

// ─── All together ───────────────────────────────────────────────────────────

/**
 * Runs every check whose files are present (and schema-valid) in `data`.
 * @example checkDataset({ events, places }, locate) // unknown places, duplicate ids, …
 */
export function checkDataset(data: Partial<Dataset>, locate: Locate = nowhere): Problem[] {
  const { sources, places, events, rates, steps } = data;
  const problems = [...checkDuplicateIds(data, locate), ...checkDateRanges(data, locate)];
  if (places) {
    problems.push(
      ...checkPlaceReferences({ places, events, steps }, locate),
      ...checkMapRegion({ places }, locate),
    );
  }
  if (sources) problems.push(...checkSourceReferences({ sources, events, rates }, locate));
  if (events) {
    problems.push(
      ...checkEventReferences({ events, steps }, locate),
      ...checkTotals({ events }, locate),
      ...checkDuplicateEvents({ events }, locate),
      ...checkCitations({ events }, locate),
      ...checkCargoBelowReports({ events }, locate),
      ...checkUndatedEvents({ events }, locate),
    );
  }
  if (events && rates) {
    problems.push(
      ...checkReportedTotals({ events, rates }, locate),
      ...checkRateCoverage({ events, rates }, locate),
    );
  }
  if (steps) problems.push(...checkStepCount({ steps }, locate));
  if (steps && events) problems.push(...checkStepOrder({ steps, events }, locate));
  if (sources && events && rates)
    problems.push(...checkUnusedSources({ sources, events, rates }, locate));
  problems.push(...checkText(data, locate), ...checkEditorInput(data, locate));
  return problems;
}
