/**
 * Build-time renderer: the story's HTML, with the first map and timeline
 * as SVG, so it paints before any script and reads with JavaScript off.
 * The page itself is never hydrated: each island (the graphic, the table
 * of events, the embed panel) is rendered here on its own and placed in
 * it, for the browser to hydrate apart (startStoryIslands.ts).
 * Used by scripts/prerender.ts; never shipped to readers.
 */
import { render } from 'svelte/server';
import data from 'virtual:story-data';
import App from './App.svelte';
import Graphic from './components/Graphic.svelte';
import EventTable from './components/EventTable.svelte';
import EmbedPanel from './components/EmbedPanel.svelte';
import { StoryState, storyContextMap } from './components/storyContext.svelte.ts';
import { embedPanelProps, type IslandName } from './components/islandHtml.ts';
import { placeIslands } from './build/placeIslands.ts';
import { buildStoryModel } from './lib/model/buildStoryModel.ts';
import { readGeometry } from './lib/map/readGeometry.ts';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';

export function renderStory(topology: unknown): { head: string; body: string } {
  const geometry = readGeometry(topology);
  const params = readEmbedParams('');
  // A build with invalid data stops before this (storyDataPlugin.ts).
  if (!data.ok) throw new Error('prerender: the story data has errors');
  const model = buildStoryModel(data.dataset, data.warnings);
  const islands: Record<IslandName, string> = {
    graphic: render(Graphic, { context: storyContextMap(new StoryState(model, geometry)) }).body,
    'event-table': render(EventTable, { props: { model } }).body,
    'embed-panel': render(EmbedPanel, { props: embedPanelProps(model) }).body,
  };
  const page = render(App, { props: { data, params, geometry, islands: true } });
  return { head: page.head, body: placeIslands(page.body, islands) };
}
