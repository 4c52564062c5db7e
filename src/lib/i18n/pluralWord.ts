import type { LocaleFormat, PluralWords } from './localeFormat.ts';

const rules = new Map<string, Intl.PluralRules>();

/**
 * The noun's form for a count, by the language's plural rules (built into
 * every browser and Node: no locale data is shipped for it).
 * @example pluralWord(5, { one: 'генератор', few: 'генератори', many: 'генераторів', other: 'генератора' }, ukFormat) // 'генераторів'
 */
export function pluralWord(count: number, words: PluralWords, fmt: LocaleFormat): string {
  if (fmt.tag === 'en') return count === 1 ? words.one : words.other;
  let rule = rules.get(fmt.tag);
  if (!rule) rules.set(fmt.tag, (rule = new Intl.PluralRules(fmt.tag)));
  const category = rule.select(count);
  return category in words ? words[category as keyof PluralWords] : words.other;
}
