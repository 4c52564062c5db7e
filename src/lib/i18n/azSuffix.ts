/**
 * Azerbaijani case endings after a figure, by vowel harmony: "45 milyon
 * dollardan çox" (more than), "5 generatora qədər" (up to). After digits
 * the ending follows a hyphen and the number as it is spoken ("27-dən",
 * "6-ya": altı). Used by qualify.ts for the {abl} and {dat} markers in the
 * az-Latn qualifier templates.
 */
const BACK = 'aıou';
const VOWELS = 'aıoueəiöü';

/** The last spoken word of a number's final digits, e.g. "120" → "iyirmi". */
const UNITS = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
const TENS = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];

function spokenEnd(digits: string): string {
  const last = Number(digits.at(-1) ?? '0');
  if (last) return UNITS[last] ?? '';
  const tens = Number(digits.at(-2) ?? '0');
  if (tens) return TENS[tens] ?? '';
  if (/[1-9]00$/.test(digits)) return 'yüz';
  if (/000000$/.test(digits)) return 'milyon';
  if (/000$/.test(digits)) return 'min';
  return digits === '0' ? 'sıfır' : 'yüz';
}

export type AzCase = 'abl' | 'dat';

/**
 * The phrase with its case ending.
 * @example azSuffix('45 milyon dollar', 'abl') // '45 milyon dollardan'
 * @example azSuffix('27.000', 'abl') // '27.000-dən'
 * @example azSuffix('5 generator', 'dat') // '5 generatora'
 * @example azSuffix('14 yük maşını', 'abl') // '14 yük maşınından'
 */
export function azSuffix(phrase: string, kind: AzCase): string {
  const trailingDigits = /(\d[\d.,\u00a0 ]*)$/.exec(phrase)?.[1];
  const spoken = trailingDigits ? spokenEnd(trailingDigits.replace(/\D/g, '')) : phrase;
  const letters = spoken.toLocaleLowerCase('az');
  const vowelsIn = [...letters].filter((c) => VOWELS.includes(c));
  const lastVowel = vowelsIn.at(-1);
  // An abbreviation without vowels (km, m) is read as its word: kilometr, metr (front).
  const back = lastVowel !== undefined && BACK.includes(lastVowel);
  const hyphen = trailingDigits !== undefined || lastVowel === undefined ? '-' : '';
  const endsInVowel = VOWELS.includes(letters.at(-1) ?? '');
  // A noun of two words whose last carries the possessive ending (yük
  // maşın-ı, transformator yarımstansiya-sı) takes -n- before a case ending:
  // maşınından, maşınına. An adjective before a noun that ends in ı, i, u or
  // ü (dəmir qapı) would be taken for one; the catalogue has no such noun.
  const possessive =
    !trailingDigits && /\S+\s+\S*[ıiuü]$/.test(letters.replace(/^[\d.,\u00a0 ]+/, ''));
  const buffer = possessive ? 'n' : kind === 'dat' && endsInVowel ? 'y' : '';
  const ending = kind === 'abl' ? (back ? 'dan' : 'dən') : back ? 'a' : 'ə';
  return `${phrase}${hyphen}${buffer}${ending}`;
}
