/**
 * The timeline's line for events that no source dates: they get no mark on
 * the time axis, and this line names them instead.
 */

/**
 * @example describeUndated(['The column draws a parallel with Georgia']) // 'No date given, so not on the time axis: The column draws a parallel with Georgia.'
 */
export function describeUndated(titles: readonly string[]): string {
  if (!titles.length) return '';
  return `No date given, so not on the time axis: ${titles.join('; ')}.`;
}
