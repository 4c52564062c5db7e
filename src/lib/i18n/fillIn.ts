/**
 * Fills `{name}` placeholders in a catalogue string; a placeholder without
 * a value stays as it is, so a mistake shows instead of vanishing.
 * @example fillIn('Step {n} of {total}', { n: 2, total: 9 }) // 'Step 2 of 9'
 */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (all, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : all,
  );
}
