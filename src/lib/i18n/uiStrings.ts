/**
 * The reader-facing UI strings of one language: data/ui/en.json for
 * English, data/translations/<tag>/ui.json for the others, with the same
 * keys. The type comes from the English file, so a key the code uses and
 * the catalogue lacks is a type error; check:data reports a translated
 * catalogue with a missing or extra key (checkUiCatalogue.ts).
 */
import type enCatalogue from '../../../data/ui/en.json';
import { fillIn } from './fillIn.ts';

export type UiKey = keyof (typeof enCatalogue)['strings'];
export type UiStrings = Record<UiKey, string>;

/** Looks a string up and fills its placeholders: `t('page.allSteps', { n: 9 })`. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function translator(strings: UiStrings): Translate {
  return (key, values) => (values ? fillIn(strings[key], values) : strings[key]);
}
