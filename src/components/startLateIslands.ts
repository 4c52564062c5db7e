/**
 * The story page's islands at its far end, which a first visit does not
 * load: the embed panel, and the table's "Show more" (only when the table
 * has more rows than the page holds). They start in their own script
 * (src/lateIslands.ts) once the reader nears them (startStoryIslands.ts),
 * each on a task of its own, from the full data (loaded then).
 */
import { hydrate } from 'svelte';
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

/** Marks an island as running, so tests (and editors) can tell a started island from the static HTML. */
function markStarted(island: HTMLElement): void {
  island.dataset.islandStarted = '';
}

/**
 * Starts the late islands under `root` (the #app element), from the full
 * data: the table's rows past the first ones need the events' sources, and
 * the embed panel's words are left out of the islands' data/story.js
 * (islandStrings.ts). Without the full data they stay as pre-rendered:
 * readable, their snippets selectable, only "Copy" and "Show more" idle.
 */
export function startLateIslands(root: HTMLElement): void {
  const island = (name: string) => root.querySelector<HTMLElement>(`[data-island="${name}"]`);
  const panel = island('embed-panel');
  const table = island('event-table');
  void loadFullStoryData().then((full) => {
    if (!full?.ok) return;
    // In the page's language, as the build rendered them.
    const words = timelineWords(speechOf(full.locale));
    const model = buildStoryModel(full.dataset, full.warnings, words);
    const context = localeContextMap(full.locale);
    if (panel) {
      hydrate(EmbedPanel, { target: panel, props: embedPanelProps(model), context });
      markStarted(panel);
    }
    // Each island on a task of its own.
    if (table && model.events.length > FIRST_ROWS)
      nextTask(() => {
        hydrate(EventTable, { target: table, props: { model }, context });
        markStarted(table);
      });
  });
}
