/**
 * The story's published languages. `tag` is the BCP 47 tag used for
 * `<html lang>` and Intl; `folder` is where its pages live in dist/ (""
 * for English at the root), also the form URLs and the switcher show.
 */
export const LOCALES = ['en', 'uk', 'az-Latn'] as const;
export type Locale = (typeof LOCALES)[number];

/** The English text is the original; the others are translations of it. */
export const SOURCE_LOCALE: Locale = 'en';

export const LOCALE_FOLDERS: Record<Locale, string> = { en: '', uk: 'uk', 'az-Latn': 'az' };

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  uk: 'Українська',
  'az-Latn': 'Azərbaycanca',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
