/**
 * The peer: a page that shows the same events with TimelineJS 3
 * (@knight-lab/timelinejs), the way a newsroom would self-host it. Its
 * files are served from node_modules under /timelinejs/, `script_path`
 * points there and `font: null`, so nothing is fetched from Knight Lab's
 * CDN (see the shared design notes, toolchain-notes.md). The page gets the same
 * basics ours has (title, description, language, robots.txt, favicon), so
 * Lighthouse compares the timelines, not the page around them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import { markupToPlainText } from '../../src/lib/format/markup.ts';
import { UNDATED } from '../../src/lib/model/fuzzyDate.ts';
import type { AidEvent, Dataset } from '../../src/data/schema.ts';

export const TIMELINEJS_DIST = path.resolve(
  import.meta.dirname,
  '../../node_modules/@knight-lab/timelinejs/dist',
);

interface TimelineDate {
  year: string;
  month?: string;
  day?: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "2025-08-13" → {year, month, day}; "2025-08" → {year, month}; "2025" → {year}. */
function toTimelineDate(text: string): TimelineDate {
  const [year = '', month, day] = text.split('-');
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function toTimelineEvent(event: AidEvent, sources: Dataset['sources']) {
  const [from = event.date, to] = event.date.split('/');
  const cited = event.sources
    .map((c) => sources.find((s) => s.id === c.source))
    .filter((s) => s !== undefined)
    .map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(`${s.publisher}: ${s.title}`)}</a>`);
  return {
    unique_id: event.id,
    group: event.kind,
    start_date: toTimelineDate(from),
    ...(to ? { end_date: toTimelineDate(to) } : {}),
    text: {
      headline: escapeHtml(markupToPlainText(event.title)),
      text: `<p>${escapeHtml(markupToPlainText(event.text))}</p><p>Sources: ${cited.join('; ')}</p>`,
    },
  };
}

/**
 * The data set as TimelineJS JSON: a title slide and one slide per dated
 * event. TimelineJS puts every slide on a time axis, so events no source
 * dates ("undated") are left out rather than given a date they do not have.
 */
export function toTimelineJson(dataset: Dataset) {
  return {
    title: {
      text: {
        headline: escapeHtml(markupToPlainText(dataset.story.headline)),
        text: `<p>${escapeHtml(markupToPlainText(dataset.story.standfirst))}</p>`,
      },
    },
    events: dataset.events
      .filter((e) => e.date !== UNDATED)
      .map((e) => toTimelineEvent(e, dataset.sources)),
  };
}

/**
 * Writes `folder/index.html`, `folder/timeline-data.json` and
 * `folder/robots.txt`; serve `folder` with TIMELINEJS_DIST mounted at
 * /timelinejs/.
 * @example buildTimelineJsPage({ dataDir: 'data', folder: 'tests/bench/tmp/peer' })
 */
export function buildTimelineJsPage(options: { dataDir: string; folder: string }): {
  events: number;
} {
  const { dataset, problems } = loadDataDir(options.dataDir);
  if (!dataset) throw new Error(`buildTimelineJsPage: invalid data (${problems.length} problems)`);
  const version = (
    JSON.parse(readFileSync(path.join(TIMELINEJS_DIST, '../package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const headline = escapeHtml(markupToPlainText(dataset.story.headline));
  const description = escapeHtml(markupToPlainText(dataset.story.standfirst));
  const timeline = toTimelineJson(dataset);
  mkdirSync(options.folder, { recursive: true });
  writeFileSync(path.join(options.folder, 'timeline-data.json'), JSON.stringify(timeline));
  writeFileSync(path.join(options.folder, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  writeFileSync(
    path.join(options.folder, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${headline}</title>
    <meta name="description" content="${description}" />
    <link rel="icon" href="data:," />
    <!-- TimelineJS ${version}, self-hosted -->
    <link rel="stylesheet" href="timelinejs/css/timeline.css" />
    <script src="timelinejs/js/timeline.js"></script>
    <style>
      html, body { height: 100%; margin: 0; }
      #timeline-embed { height: 100%; }
    </style>
  </head>
  <body>
    <div id="timeline-embed"></div>
    <script>
      window.timeline = new TL.Timeline('timeline-embed', 'timeline-data.json', {
        script_path: 'timelinejs/js/',
        font: null,
        language: 'en',
      });
    </script>
  </body>
</html>
`,
  );
  return { events: timeline.events.length };
}
