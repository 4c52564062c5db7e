/**
 * The page's language for every component: its UI strings (`t`), its
 * number and date format and its country names, from the LocalePack the
 * build put in the page's data. Set once by App.svelte.
 */
import { getContext, setContext } from 'svelte';
import { speechOf, type LocalePack, type Speech } from '../lib/i18n/localePack.ts';

export interface PageLocale extends Speech {
  pack: LocalePack;
}

const KEY = Symbol('locale');

export function setLocaleContext(pack: LocalePack): PageLocale {
  return setContext(KEY, { pack, ...speechOf(pack) });
}

/** The same context as a map, for svelte/server's render (the build's share images). */
export function localeContextMap(pack: LocalePack): Map<symbol, PageLocale> {
  return new Map([[KEY, { pack, ...speechOf(pack) }]]);
}

export function getLocaleContext(): PageLocale {
  return getContext<PageLocale>(KEY);
}
