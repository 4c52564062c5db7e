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
import { embedPanelProps, type IslandHtml } from './components/islandHtml.ts';
import { buildStoryModel } from './lib/model/buildStoryModel.ts';
import { readGeometry } from './lib/map/readGeometry.ts';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';

export function renderStory(topology: unknown): { head: string; body: string } {
  const geometry = readGeometry(topology);
  const params = readEmbedParams('');
  // A build with invalid data stops before this (storyDataPlugin.ts).
  if (!data.ok) throw new Error('prerender: the story data has errors');
  const model = buildStoryModel(data.dataset, data.warnings);
  const islands: IslandHtml = {
    graphic: render(Graphic, { context: storyContextMap(new StoryState(model, geometry)) }).body,
    eventTable: render(EventTable, { props: { model } }).body,
    embedPanel: render(EmbedPanel, { props: embedPanelProps(model) }).body,
  };
  return render(App, { props: { data, params, geometry, islands } });
}
