/**
 * Each published language's page data: the dataset with its translation
 * applied, and the LocalePack (UI strings, format, country names, the
 * languages for the switcher). English is always published; another
 * language once data/translations/<tag>/ holds its content files.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../data/schema.ts';
import { applyTranslation } from '../../data/translations/applyTranslation.ts';
import { quoteKey, type LocalePack, type LanguageLink } from '../../lib/i18n/localePack.ts';
import { LOCALES, LOCALE_FOLDERS, LOCALE_NAMES, type Locale } from '../../lib/i18n/locales.ts';
import type { LoadedTranslations } from './loadTranslations.ts';
import { buildLocaleFormat } from './buildLocaleFormat.ts';
import { countryNamesFor } from './countryNamesFor.ts';

export interface LocalizedStory {
  dataset: Dataset;
  locale: LocalePack;
}

/** The country codes the story's text names: places, steps' countries, and the occupied areas' parties. */
export function countryCodesUsed(dataset: Dataset, topologyFile: string): string[] {
  const codes = new Set<string>();
  for (const place of dataset.places) codes.add(place.country);
  for (const step of dataset.steps) for (const code of step.map.countries) codes.add(code);
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8')) as {
    objects?: { overlays?: { geometries?: { properties?: Record<string, unknown> }[] } };
  };
  for (const geometry of topology.objects?.overlays?.geometries ?? []) {
    for (const key of ['partOf', 'heldBy']) {
      const code = geometry.properties?.[key];
      if (typeof code === 'string') codes.add(code);
    }
  }
  return [...codes].sort();
}

/** The languages with a page: English and every language whose translation was found. */
export function publishedLocales(loaded: Pick<LoadedTranslations, 'translations'>): Locale[] {
  return LOCALES.filter((tag) => tag === 'en' || loaded.translations[tag] !== undefined);
}

/**
 * @example localizeStory(dataset, loaded, 'data/…/region.topo.json').uk?.locale.strings['page.notes'] // 'Примітки до даних'
 */
export function localizeStory(
  dataset: Dataset,
  loaded: Pick<LoadedTranslations, 'translations' | 'catalogues'>,
  topologyFile: string,
): Partial<Record<Locale, LocalizedStory>> {
  const tags = publishedLocales(loaded);
  const languages: LanguageLink[] = tags.map((tag) => ({
    tag,
    folder: LOCALE_FOLDERS[tag],
    name: LOCALE_NAMES[tag],
  }));
  const codes = countryCodesUsed(dataset, topologyFile);
  const out: Partial<Record<Locale, LocalizedStory>> = {};
  for (const tag of tags) {
    const translation = loaded.translations[tag];
    const strings = loaded.catalogues[tag];
    const quotes: Record<string, string> = {};
    for (const event of translation?.extras?.excerpts ?? []) {
      for (const q of event.sources) quotes[quoteKey(q.source, q.excerpt)] = q.translation;
    }
    out[tag] = {
      dataset: translation ? applyTranslation(dataset, translation, tag) : dataset,
      locale: {
        tag,
        folder: LOCALE_FOLDERS[tag],
        format: buildLocaleFormat(tag, strings),
        strings,
        countryNames: countryNamesFor(tag, codes),
        quotes,
        languages,
      },
    };
  }
  return out;
}
