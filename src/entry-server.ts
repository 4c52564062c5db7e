/**
 * Build-time renderer: the story's HTML, with the first map and timeline
 * as SVG, so it paints before any script and reads with JavaScript off.
 * Used by scripts/prerender.ts; never shipped to readers.
 */
import { render } from 'svelte/server';
import { byLocale } from 'virtual:story-data';
import type { Locale } from './lib/i18n/locales.ts';
import App from './App.svelte';
import { readGeometry } from './lib/map/readGeometry.ts';
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';

/** The languages with a page (English always). */
export const publishedLocales = Object.keys(byLocale) as Locale[];

export function renderStory(topology: unknown, tag: Locale = 'en'): { head: string; body: string } {
  const data = byLocale[tag] ?? byLocale.en!;
  return render(App, {
    props: { data, params: readEmbedParams(''), geometry: readGeometry(topology) },
  });
}
