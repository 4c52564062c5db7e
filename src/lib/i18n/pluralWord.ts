import type { Qualifier } from '../../data/schema.ts';
import type { LocaleFormat, PluralWords } from './localeFormat.ts';

const rules = new Map<string, Intl.PluralRules>();

/**
 * After a word that governs the genitive, the nominative forms give way:
 * a catalogue's "one" (генератор) to "other", its genitive singular
 * (генератора, as after 2,5), and "few" (генератори) to "many", the
 * genitive plural (генераторів).
 */
const GENITIVE: Partial<Record<string, keyof PluralWords>> = { one: 'other', few: 'many' };

/**
 * The noun's form for a count, by the language's plural rules (built into
 * every browser and Node: no locale data is shipped for it), and after the
 * figure's qualifier where the language's word for it governs a case
 * (`fmt.genitiveAfter`: "близько 21 генератора").
 * @example pluralWord(5, { one: 'генератор', few: 'генератори', many: 'генераторів', other: 'генератора' }, ukFormat) // 'генераторів'
 * @example pluralWord(22, { one: 'генератор', few: 'генератори', many: 'генераторів', other: 'генератора' }, ukFormat, 'about') // 'генераторів'
 */
export function pluralWord(
  count: number,
  words: PluralWords,
  fmt: LocaleFormat,
  qualifier: Qualifier = 'exact',
): string {
  if (fmt.tag === 'en') return count === 1 ? words.one : words.other;
  let rule = rules.get(fmt.tag);
  if (!rule) rules.set(fmt.tag, (rule = new Intl.PluralRules(fmt.tag)));
  let category = rule.select(count);
  if (qualifier !== 'exact' && fmt.genitiveAfter.includes(qualifier))
    category = GENITIVE[category] ?? category;
  return category in words ? words[category as keyof PluralWords] : words.other;
}
