/**
 * The catalogue values that are grammar the formatters read, not words to
 * translate (`grammar.` keys of ui.json): how each is read, once, for the
 * build (buildLocaleFormat.ts) and for check:data (checkUiCatalogue.ts),
 * which refuses what the build could not read.
 */
import { QUALIFIERS, type Qualifier } from '../schema.ts';
import { PLURAL_FORMS, type PluralWords } from '../../lib/i18n/localeFormat.ts';

type Reading<T> = { value: T } | { refused: string };

const QUALIFYING = QUALIFIERS.filter((q) => q !== 'exact') as Exclude<Qualifier, 'exact'>[];

/**
 * `grammar.nounAfterMillion`: the noun's plural form after "million".
 * @example readNounAfterMillion('many') // { value: 'many' }
 */
export function readNounAfterMillion(text: string): Reading<keyof PluralWords> {
  const value = text.trim();
  return (PLURAL_FORMS as readonly string[]).includes(value)
    ? { value: value as keyof PluralWords }
    : {
        refused: `write the noun's form after "million" in this language, one of: ${PLURAL_FORMS.join(', ')} (a value the code reads, not a translation)`,
      };
}

/**
 * `grammar.genitiveAfter`: the qualifiers whose word takes the genitive.
 * @example readGenitiveAfter('about up-to') // { value: ['about', 'up-to'] }
 * @example readGenitiveAfter('none') // { value: [] }
 */
export function readGenitiveAfter(text: string): Reading<Exclude<Qualifier, 'exact'>[]> {
  const words = text.trim().split(/\s+/);
  if (words.length === 1 && words[0] === 'none') return { value: [] };
  if (words.every((w) => (QUALIFYING as string[]).includes(w)))
    return { value: QUALIFYING.filter((q) => words.includes(q)) };
  return {
    refused: `write "none", or the qualifiers whose word takes the genitive, separated by spaces: ${QUALIFYING.join(', ')} (a value the code reads, not a translation)`,
  };
}

/** Each grammar key and how it is read. */
export const GRAMMAR_KEYS = {
  'grammar.nounAfterMillion': readNounAfterMillion,
  'grammar.genitiveAfter': readGenitiveAfter,
} as const;
