/**
 * The story page's islands at its far end, which a first visit does not
 * load: the embed panel, and the table's "Show more" (only when the table
 * has more rows than the page holds). They start in their own script
 * (src/lateIslands.ts) once the reader nears them (startStoryIslands.ts),
 * each on a task of its own.
 */
import { flushSync, hydrate } from 'svelte';
import EventTable from './EventTable.svelte';
import EmbedPanel from './EmbedPanel.svelte';
import { embedPanelProps } from './islandHtml.ts';
import { nextTask } from '../dom/afterFirstPaint.ts';
import { FIRST_ROWS } from '../lib/model/pageRows.ts';
import { buildStoryModel } from '../lib/model/buildStoryModel.ts';
import { loadFullStoryData } from '../dom/loadFullStoryData.ts';
import { localeContextMap } from './localeContext.ts';
import { speechOf } from '../lib/i18n/localePack.ts';
import { timelineWords } from '../lib/i18n/timelineWords.ts';
import { withStepTitlesFromPage } from '../dom/readStepCards.ts';
import type { StoryDataOk } from '../lib/model/storyDataModule.ts';

/** Marks an island as running, so tests (and editors) can tell a started island from the static HTML. */
function markStarted(island: HTMLElement): void {
  island.dataset.islandStarted = '';
}

/**
 * Starts the late islands under `root` (the #app element): the embed panel
 * from the islands' data with the late words added (`data`: src/lateIslands.ts)
 * and the steps' titles read from the page (readStepCards.ts); the table's
 * "Show more", when it has rows past the first ones, from the full data,
 * which it loads (those rows need the events' sources).
 */
export function startLateIslands(root: HTMLElement, data: StoryDataOk): void {
  const island = (name: string) => root.querySelector<HTMLElement>(`[data-island="${name}"]`);
  // In the page's language, as the build rendered them.
  const words = timelineWords(speechOf(data.locale));
  const context = localeContextMap(data.locale);
  const dataset = { ...data.dataset, steps: withStepTitlesFromPage(root, data.dataset.steps) };
  const model = buildStoryModel(dataset, data.warnings, words);
  const panel = island('embed-panel');
  if (panel)
    nextTask(() => {
      hydrate(EmbedPanel, { target: panel, props: embedPanelProps(model), context });
      // Its controls come at its mount (EmbedPanel.svelte): in place once marked started.
      flushSync();
      markStarted(panel);
    });
  const table = island('event-table');
  if (table && model.events.length > FIRST_ROWS)
    void loadFullStoryData().then((full) => {
      if (!full?.ok) return;
      hydrate(EventTable, {
        target: table,
        props: { model: buildStoryModel(full.dataset, full.warnings, words) },
        context: localeContextMap(full.locale),
      });
      markStarted(table);
    });
}
