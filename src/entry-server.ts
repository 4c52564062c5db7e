/**
 * Build-time renderer: the story's HTML, with the first map and timeline
 * as SVG, so it paints before any script and reads with JavaScript off.
 * The page itself is never hydrated: each island (the graphic, the table
 * of events, the embed panel) is rendered here on its own and placed in
 * it, for the browser to hydrate apart (startStoryIslands.ts).
 * Used by scripts/prerender.ts; never shipped to readers.
 */
import { render } from 'svelte/server';
import { byLocale } from 'virtual:story-data';
import type { Locale } from './lib/i18n/locales.ts';
import App from './App.svelte';
import Graphic from './components/Graphic.svelte';
import EventTable from './components/EventTable.svelte';
import EmbedPanel from './components/EmbedPanel.svelte';
import { StoryState } from './components/storyContext.svelte.ts';
import { islandContext } from './components/islandContext.ts';
import { speechOf } from './lib/i18n/localePack.ts';
import { timelineWords } from './lib/i18n/timelineWords.ts';
import { describeGraphicFromData } from './lib/format/describeStep.ts';
import { embedPanelProps, type IslandName } from './components/islandHtml.ts';
import { placeIslands } from './build/placeIslands.ts';
import { buildStoryModel } from './lib/model/buildStoryModel.ts';
import { readGeometry } from './lib/map/readGeometry.ts';
import { projectShapes } from './build/projectShapes.ts';
import type { Topology } from 'topojson-specification';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';

/** The languages with a page (English always). */
export const publishedLocales = Object.keys(byLocale) as Locale[];

export function renderStory(topology: unknown, tag: Locale = 'en'): { head: string; body: string } {
  const data = byLocale[tag] ?? byLocale.en!;
  const geometry = readGeometry(projectShapes(topology as Topology));
  const params = readEmbedParams('');
  // A build with invalid data stops before this (storyDataPlugin.ts).
  if (!data.ok) throw new Error('prerender: the story data has errors');
  const speech = speechOf(data.locale);
  const model = buildStoryModel(data.dataset, data.warnings, timelineWords(speech));
  const describe = describeGraphicFromData(model, speech);
  const context = islandContext(new StoryState(model, geometry, describe), data.locale);
  const islands: Record<IslandName, string> = {
    graphic: render(Graphic, { context }).body,
    'event-table': render(EventTable, { props: { model, layOutLater: '' }, context }).body,
    'embed-panel': render(EmbedPanel, { props: embedPanelProps(model), context }).body,
  };
  const page = render(App, { props: { data, params, geometry, islands: true } });
  return { head: page.head, body: placeIslands(page.body, islands) };
}
