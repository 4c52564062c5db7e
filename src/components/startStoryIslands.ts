/**
 * The story page in the browser: its text is pre-rendered HTML that no
 * script re-renders. Only what moves or answers the reader starts, once
 * the reader moves (the boot script loads this one then: src/boot.ts),
 * each island on its own task, so none of them delays the
 * text or blocks the page for long: the graphic (map, legend, timeline,
 * event details) with the step tracker (plain TypeScript, on the static steps).
 * The islands at the page's far end (the embed panel, the table's "Show
 * more": startLateIslands.ts) are a script of their own, loaded as the
 * reader nears them, not on a first visit. (With ?debug, main.ts mounts
 * the whole app.)
 */
import { hydrate } from 'svelte';
import Graphic from './Graphic.svelte';
import { StoryState } from './storyContext.svelte.ts';
import { islandContext } from './islandContext.ts';
import { startStepTracking } from '../dom/startStepTracking.ts';
import { readPanelSizes } from '../dom/readPanelSizes.ts';
import { describeGraphicFromPage, withStepTitlesFromPage } from '../dom/readStepCards.ts';
import { afterFirstPaint } from '../dom/afterFirstPaint.ts';
import { whenNear } from '../dom/whenNear.ts';
import { replayHeldActivation } from '../dom/holdEarlyActivation.ts';
import { loadClassicScript } from '../dom/loadClassicScript.ts';
import { FIRST_ROWS } from '../lib/model/pageRows.ts';
import { buildStoryModel } from '../lib/model/buildStoryModel.ts';
import { followStepInLanguageLinks } from '../dom/followStepInLanguageLinks.ts';
import { speechOf } from '../lib/i18n/localePack.ts';
import { timelineWords } from '../lib/i18n/timelineWords.ts';
import type { StoryDataOk } from '../lib/model/storyDataModule.ts';
import lateIslandsScript from 'virtual:late-islands-script';
import type { GeometryResult } from '../lib/map/readGeometry.ts';
import type { EmbedParams } from '../lib/embed/readEmbedParams.ts';

/** Starts the islands of the pre-rendered story under `root` (the #app element). */
export function startStoryIslands(
  root: HTMLElement,
  data: StoryDataOk,
  geometry: GeometryResult,
  params: EmbedParams,
): void {
  // The cargo charts' words in the page's language, as the build rendered them.
  const words = timelineWords(speechOf(data.locale));
  // The steps' titles are on the page, not in the slim data (readStepCards.ts).
  const dataset = { ...data.dataset, steps: withStepTitlesFromPage(root, data.dataset.steps) };
  const model = buildStoryModel(dataset, data.warnings, words);
  const island = (name: string) => root.querySelector<HTMLElement>(`[data-island="${name}"]`);
  afterFirstPaint(() => {
    const graphic = island('graphic');
    const scrolly = root.querySelector<HTMLElement>('section.scrolly');
    if (!graphic || !scrolly) return;
    // The graphic hydrates as it was rendered (the first step), then follows the tracker.
    // Its text equivalents are the step cards' own (readStepCards.ts).
    const describe = describeGraphicFromPage(root);
    const story = new StoryState(model, geometry, describe, 0, readPanelSizes(graphic));
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
    // A mark the reader pressed before this script ran opens now (boot.ts held it).
    replayHeldActivation();
    // A screen and a half ahead: running by the time the reader gets there, even scrolling fast.
    const late = [island('embed-panel'), model.events.length > FIRST_ROWS && island('event-table')];
    whenNear(
      late.filter((el): el is HTMLElement => !!el),
      '150% 0px',
      () => void startLate(),
    );
  });
}

/** Loads the late islands' script (the dev server pre-renders nothing, so it never gets here). */
async function startLate(): Promise<void> {
  try {
    // Their words first (data/story-late.js, beside the page's data): the
    // islands' data/story.js leaves them out (islandStrings.ts).
    await loadClassicScript('data/story-late.js');
    await loadClassicScript(lateIslandsScript);
  } catch (error) {
    console.error('The embed panel and the table’s “Show more” did not start:', error);
  }
}
