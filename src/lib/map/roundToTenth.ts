/**
 * The map writes its path data to a tenth of a pixel: finer than any
 * screen shows, and short. One rule for the arcs (arcPath.ts, roundToTenth)
 * and the country shapes (clipShapes.ts, which counts in whole tenths,
 * toTenths, and writes them with tenthsText and joinPathNumbers).
 */

/**
 * `n` in whole tenths, rounded to the nearest.
 * @example toTenths(12.345) // 123
 */
export function toTenths(n: number): number {
  return Math.round(n * 10);
}

/**
 * @example roundToTenth(12.345) // 12.3
 */
export function roundToTenth(n: number): number {
  return toTenths(n) / 10;
}

/**
 * A whole number of tenths as the shortest decimal SVG reads: no leading
 * zero, no trailing ".0". Integer tenths keep relative path data exact: a
 * difference of two rounded points is itself whole tenths, so a long ring
 * does not drift the way sums of rounded decimals would.
 * @example tenthsText(-5) // '-.5'
 * @example tenthsText(123) // '12.3'
 * @example tenthsText(30) // '3'
 */
export function tenthsText(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(tenths) / 10);
  const tenth = Math.abs(tenths) % 10;
  if (tenth === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${tenth}`;
}

/**
 * Numbers of SVG path data joined as tightly as the grammar allows: a
 * minus sign starts a new number, and so does a point after a number that
 * already has one (".5.3" is .5 then .3); anything else needs a space.
 * @example joinPathNumbers(['1.2', '-3', '.5', '.4', '7']) // '1.2-3 .5.4 7'
 */
export function joinPathNumbers(numbers: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const n of numbers) {
    const startsNew = n.startsWith('-') || (n.startsWith('.') && previous.includes('.'));
    out += previous === '' || startsNew ? n : ` ${n}`;
    previous = n;
  }
  return out;
}
