/**
 * The story page in the browser: its text is pre-rendered HTML that no
 * script re-renders. Only what moves or answers the reader starts, after
 * first paint, each island on its own task, so none of them delays the
 * text or blocks the page for long: the graphic (map, legend, timeline,
 * event details) with the step tracker (plain TypeScript, on the static steps),
 * the table's "Show more" (only when the table has more rows than the page
 * holds) and the embed panel. (With ?debug, main.ts mounts the whole app.)
 */
import { hydrate } from 'svelte';
import Graphic from './Graphic.svelte';
import EventTable from './EventTable.svelte';
import EmbedPanel from './EmbedPanel.svelte';
import { StoryState, storyContextMap } from './storyContext.svelte.ts';
import { embedPanelProps } from './islandHtml.ts';
import { startStepTracking } from '../dom/startStepTracking.ts';
import { readPanelSizes } from '../dom/readPanelSizes.ts';
import { afterFirstPaint, nextTask } from '../dom/afterFirstPaint.ts';
import { FIRST_ROWS } from '../lib/model/pageRows.ts';
import { buildStoryModel, type StoryModel } from '../lib/model/buildStoryModel.ts';
import { loadFullStoryData } from '../dom/loadFullStoryData.ts';
import type { GeometryResult } from '../lib/map/readGeometry.ts';
import type { EmbedParams } from '../lib/embed/readEmbedParams.ts';

/** Starts the islands of the pre-rendered story under `root` (the #app element). */
export function startStoryIslands(
  root: HTMLElement,
  model: StoryModel,
  geometry: GeometryResult,
  params: EmbedParams,
): void {
  const island = (name: string) => root.querySelector<HTMLElement>(`[data-island="${name}"]`);
  afterFirstPaint(() => {
    const graphic = island('graphic');
    const scrolly = root.querySelector<HTMLElement>('section.scrolly');
    if (!graphic || !scrolly) return;
    // The graphic hydrates as it was rendered (the first step), then follows the tracker.
    const story = new StoryState(model, geometry, 0, readPanelSizes(graphic));
    hydrate(Graphic, { target: graphic, props: {}, context: storyContextMap(story) });
    // In the same task: the graphic's first change is then to the reader's
    // step, before its panels report their sizes, as when the page was one app.
    startStepTracking({
      scrolly,
      startAt: params.step,
      onChange: ({ index, progress }) => {
        story.activeIndex = index;
        story.progress = progress;
      },
    });
    const panel = island('embed-panel');
    if (panel)
      nextTask(() => hydrate(EmbedPanel, { target: panel, props: embedPanelProps(model) }));
    // The rows past the first ones need the events' sources, which only the full data has.
    const table = island('event-table');
    if (table && model.events.length > FIRST_ROWS)
      void loadFullStoryData().then((full) => {
        if (full?.ok)
          hydrate(EventTable, {
            target: table,
            props: { model: buildStoryModel(full.dataset, full.warnings) },
          });
      });
  });
}
