/**
 * Build-time renderer: the story's HTML, with the first map and timeline
 * as SVG, so it paints before any script and reads with JavaScript off.
 * Used by scripts/prerender.ts; never shipped to readers.
 */
import { render } from 'svelte/server';
import data from 'virtual:story-data';
import App from './App.svelte';
import { readGeometry } from './lib/map/readGeometry.ts';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';

export function renderStory(topology: unknown): { head: string; body: string } {
  return render(App, {
    props: { data, params: readEmbedParams(''), geometry: readGeometry(topology) },
  });
}
