/**
 * Fills `{name}` placeholders in a catalogue string; a placeholder without
 * a value stays as it is, so a mistake shows instead of vanishing.
 * A value that ends in a full stop (a Ukrainian date ends in "р.") takes
 * the place of a full stop right after its placeholder: a sentence that
 * ends with it ends once.
 * @example fillIn('Step {n} of {total}', { n: 2, total: 9 }) // 'Step 2 of 9'
 * @example fillIn('Оновлено {date}.', { date: '2 грудня 2026 р.' }) // 'Оновлено 2 грудня 2026 р.'
 */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}(\.?)/g, (all, name: string, stop: string) => {
    if (!Object.hasOwn(values, name)) return all;
    const value = String(values[name]);
    return value.endsWith('.') ? value : value + stop;
  });
}
