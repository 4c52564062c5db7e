import type { Qualifier } from '../../data/schema.ts';
import type { LocaleFormat } from './localeFormat.ts';
import { azSuffix } from './azSuffix.ts';

/**
 * A figure with the source's qualifier in the page's language: the
 * qualifier's template around the figure, e.g. "more than {x}" or, in
 * Azerbaijani, "{x}{abl} çox" (the case ending goes on the figure's last
 * word: azSuffix.ts).
 * @example qualify('$45 million', 'more-than', EN_FORMAT) // 'more than $45 million'
 */
export function qualify(phrase: string, qualifier: Qualifier, fmt: LocaleFormat): string {
  if (qualifier === 'exact') return phrase;
  const template = fmt.qualifiers[qualifier];
  const marker = /\{x\}\{(abl|dat)\}/.exec(template);
  if (marker) return template.replace(marker[0], azSuffix(phrase, marker[1] as 'abl' | 'dat'));
  return template.replace('{x}', phrase);
}
