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
import { StoryState } from './storyContext.svelte.ts';
import { islandContext } from './islandContext.ts';
import { embedPanelProps } from './islandHtml.ts';
import { startStepTracking } from '../dom/startStepTracking.ts';
import { readPanelSizes } from '../dom/readPanelSizes.ts';
import { afterFirstPaint, nextTask } from '../dom/afterFirstPaint.ts';
import { FIRST_ROWS } from '../lib/model/pageRows.ts';
import { buildStoryModel } from '../lib/model/buildStoryModel.ts';
import { loadFullStoryData } from '../dom/loadFullStoryData.ts';
import { followStepInLanguageLinks } from '../dom/followStepInLanguageLinks.ts';
import { speechOf, type LocalePack } from '../lib/i18n/localePack.ts';
import { timelineWords } from '../lib/i18n/timelineWords.ts';
import type { Dataset } from '../data/schema.ts';
import type { Problem } from '../lib/model/problem.ts';
import type { GeometryResult } from '../lib/map/readGeometry.ts';
import type { EmbedParams } from '../lib/embed/readEmbedParams.ts';

/** The story data as data/story.js gives it (the page's language included). */
interface IslandData {
  dataset: Dataset;
  warnings: Problem[];
  locale: LocalePack;
}

/** Starts the islands of the pre-rendered story under `root` (the #app element). */
export function startStoryIslands(
  root: HTMLElement,
  data: IslandData,
  geometry: GeometryResult,
  params: EmbedParams,
): void {
  // The cargo charts' words in the page's language, as the build rendered them.
  const words = timelineWords(speechOf(data.locale));
  const model = buildStoryModel(data.dataset, data.warnings, words);
  const island = (name: string) => root.querySelector<HTMLElement>(`[data-island="${name}"]`);
  afterFirstPaint(() => {
    const graphic = island('graphic');
    const scrolly = root.querySelector<HTMLElement>('section.scrolly');
    if (!graphic || !scrolly) return;
    // The graphic hydrates as it was rendered (the first step), then follows the tracker.
    const story = new StoryState(model, geometry, 0, readPanelSizes(graphic));
    const context = islandContext(story, data.locale);
    hydrate(Graphic, { target: graphic, props: {}, context });
    // The static language links carry the reader's step, as the mounted switcher does.
    const languageLinks = followStepInLanguageLinks(root, data.locale);
    // In the same task: the graphic's first change is then to the reader's
    // step, before its panels report their sizes, as when the page was one app.
    startStepTracking({
      scrolly,
      startAt: params.step,
      onChange: ({ index, progress }) => {
        story.activeIndex = index;
        story.progress = progress;
        languageLinks({ index, progress, id: story.active?.step.id ?? null });
      },
    });
    const panel = island('embed-panel');
    if (panel)
      nextTask(() =>
        hydrate(EmbedPanel, { target: panel, props: embedPanelProps(model), context }),
      );
    // The rows past the first ones need the events' sources, which only the full data has.
    const table = island('event-table');
    if (table && model.events.length > FIRST_ROWS)
      void loadFullStoryData().then((full) => {
        if (full?.ok)
          hydrate(EventTable, {
            target: table,
            props: { model: buildStoryModel(full.dataset, full.warnings, words) },
            context,
          });
      });
  });
}
