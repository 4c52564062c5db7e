/**
 * Synthetic data sets for the growth benchmark, made with the real schema
 * types and checked by the real validator. The story text, sources, places
 * and rates are the real ones from data/; the events and steps are
 * generated: a steady stream of orders, convoys, running totals,
 * statements and context over 2023–2026, and steps that walk through it in
 * date order, each highlighting and mapping what happened in its window.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AidEvent, Dataset, EventKind, Place, Source, Step } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validateDataset.ts';
import { formatReport } from '../../src/data/formatProblem.ts';

const START = Date.UTC(2023, 0, 1);
const END = Date.UTC(2026, 5, 30);
const DAY = 86_400_000;

/** Kinds in the proportions of a long-running aid story: mostly convoys. */
const KIND_CYCLE: EventKind[] = [
  'order',
  'shipment',
  'shipment',
  'statement',
  'shipment',
  'reported-total',
  'shipment',
  'context',
  'shipment',
  'statement',
];

const FILLER =
  'According to the cited report, the equipment was prepared by the Ministry of Energy and handed over to Ukrenergo for repairs to the grid after strikes on substations; the report gives no further detail on the route or the date of arrival.';

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Every 10th event has a month date and every 25th a range, as real sources often do. */
function fuzzyDateFor(time: number, i: number): string {
  if (i % 25 === 7) return `${isoDay(time)}/${isoDay(time + 9 * DAY)}`;
  if (i % 10 === 3) return isoDay(time).slice(0, 7);
  return isoDay(time);
}

/** The month a fuzzy date ends in: "2024-03-05/2024-04-02" → "2024-04". */
function monthOf(date: string): string {
  return (date.split('/').at(-1) ?? date).slice(0, 7);
}

interface RealParts {
  story: Dataset['story'];
  sources: Source[];
  places: Place[];
  rates: Dataset['rates'];
}

function readRealParts(dataDir: string): RealParts {
  const read = <T>(name: string): T =>
    JSON.parse(readFileSync(path.join(dataDir, name), 'utf8')) as T;
  return {
    story: read<Dataset['story']>('story.json'),
    sources: read<{ sources: Source[] }>('sources.json').sources,
    places: read<{ places: Place[] }>('places.json').places,
    rates: read<{ rates: Dataset['rates'] }>('rates.json').rates,
  };
}

function generateEvents(count: number, parts: RealParts): AidEvent[] {
  const sourceIds = parts.sources.map((s) => s.id);
  const placeIn = (country: string) =>
    parts.places.filter((p) => p.country === country).map((p) => p.id);
  const origins = placeIn('AZ');
  const destinations = placeIn('UA');
  if (!origins.length || !destinations.length) {
    throw new Error('generateDataset: data/places.json needs places in AZ and in UA');
  }
  const events: AidEvent[] = [];
  let lastOrder: string | undefined;
  let runningTotal = 1_000_000;
  for (let i = 0; i < count; i++) {
    const time = START + Math.floor(((END - START) * i) / count);
    const kind = KIND_CYCLE[i % KIND_CYCLE.length] ?? 'context';
    const id = `${kind}-${i}`;
    const base = {
      id,
      date: fuzzyDateFor(time, i),
      sources: [
        {
          source: sourceIds[i % sourceIds.length] ?? 'unknown',
          note: `Synthetic citation ${i}: what this source reports, in our words.`,
        },
      ],
    };
    if (kind === 'order' || (kind === 'shipment' && lastOrder === undefined)) {
      lastOrder = `order-${i}`;
      events.push({
        ...base,
        id: lastOrder,
        kind: 'order',
        title: `Order ${i} allocates funds for electrical equipment`,
        text: `A presidential order allocated funds for equipment to Ukraine. ${FILLER}`,
        amount: { value: 1_000_000 + i * 10, currency: 'USD', qualifier: 'exact' },
      });
    } else if (kind === 'shipment') {
      events.push({
        ...base,
        kind,
        title: `Convoy ${i} leaves for Ukraine`,
        text: `A convoy of trucks carrying cable, generators and transformers left for Ukraine. ${FILLER}`,
        origin: origins[i % origins.length],
        destination: destinations[i % destinations.length],
        order: lastOrder,
        cargo: [
          { item: 'trucks', quantity: 5 + (i % 20), qualifier: 'exact' },
          { item: 'cable-and-wire-m', quantity: 10_000 + i * 3, qualifier: 'more-than' },
          { item: 'generators', quantity: 1 + (i % 7), qualifier: 'exact' },
        ],
      });
    } else if (kind === 'reported-total') {
      runningTotal += 250_000 + (i % 13) * 1000;
      events.push({
        ...base,
        kind,
        title: `Running total reported, event ${i}`,
        text: `Officials said the aid so far was worth this much in all. ${FILLER}`,
        amount: { value: runningTotal, currency: 'USD', qualifier: 'about' },
        total: { scope: 'cumulative', measure: 'aid-value' },
      });
    } else {
      events.push({
        ...base,
        kind,
        title:
          kind === 'statement'
            ? `Statement ${i} on energy aid`
            : `Context ${i}: strikes on the grid`,
        text: `${kind === 'statement' ? 'An official thanked Azerbaijan for the aid.' : 'Strikes left cities short of power.'} ${FILLER}`,
      });
    }
  }
  return events;
}

function generateSteps(count: number, events: AidEvent[]): Step[] {
  const steps: Step[] = [];
  for (let s = 0; s < count; s++) {
    const from = Math.floor((events.length * s) / count);
    const to = Math.max(from + 1, Math.floor((events.length * (s + 1)) / count));
    const window = events.slice(from, to);
    const flows = window.filter((e) => e.origin && e.destination).slice(0, 3);
    const extent = [...new Set(flows.flatMap((e) => [e.origin ?? '', e.destination ?? '']))];
    const first = monthOf(window[0]?.date ?? '2023-01');
    const last = monthOf(window.at(-1)?.date ?? first);
    steps.push({
      id: `step-${s}`,
      title: `Step ${s + 1}: convoys and orders, ${first}`,
      text: `Step ${s + 1} of a synthetic story. ${FILLER} ${FILLER}`,
      map: {
        extent: extent.length ? extent : ['sumgait-technology-park', 'kyiv'],
        countries: ['AZ', 'UA'],
        places: extent.length ? extent : ['sumgait-technology-park', 'kyiv'],
        flows: flows.map((e) => e.id),
        flowWeight: 'trucks',
      },
      timeline: {
        from: first,
        to: last < first ? first : last,
        highlight: window.slice(0, 5).map((e) => e.id),
        series: ['orders', 'shipments', 'totals', 'statements', 'context', 'cargo'],
      },
    });
  }
  return steps;
}

export interface GeneratedDataset {
  dir: string;
  events: number;
  steps: number;
  warnings: number;
}

/**
 * Writes a valid data directory with `events` events and `steps` steps and
 * checks it with validateDataset; throws with the validator's report if it
 * is not valid.
 * @example generateDataset({ events: 1000, steps: 20, into: 'tests/bench/tmp/data-1000-20' })
 */
export function generateDataset(options: {
  events: number;
  steps: number;
  into: string;
  realDataDir?: string;
}): GeneratedDataset {
  const parts = readRealParts(options.realDataDir ?? 'data');
  const events = generateEvents(options.events, parts);
  const steps = generateSteps(options.steps, events);
  const files: Record<string, string> = {
    'story.json': JSON.stringify(parts.story, null, 2),
    'sources.json': JSON.stringify({ sources: parts.sources }, null, 2),
    'places.json': JSON.stringify({ places: parts.places }, null, 2),
    'rates.json': JSON.stringify({ rates: parts.rates }, null, 2),
    'events.json': JSON.stringify({ events }, null, 2),
    'steps.json': JSON.stringify({ steps }, null, 2),
    'corrections.json': JSON.stringify({ corrections: [] }, null, 2),
  };
  const { dataset, problems } = validateDataset(files);
  if (!dataset) {
    throw new Error(`generateDataset: the synthetic data is invalid\n${formatReport(problems)}`);
  }
  mkdirSync(path.join(options.into, 'ui'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(options.into, name), text);
  }
  // The English UI strings, which every build needs; no translations, so the site is English only.
  copyFileSync(
    path.join(options.realDataDir ?? 'data', 'ui', 'en.json'),
    path.join(options.into, 'ui', 'en.json'),
  );
  return {
    dir: options.into,
    events: events.length,
    steps: steps.length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
