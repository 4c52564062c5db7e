/**
 * Fills `{name}` placeholders in a catalogue string; a placeholder without
 * a value stays as it is, so a mistake shows instead of vanishing.
 * A value that ends a sentence of its own (a Ukrainian date ends in "р.",
 * a title may ask a question, a shortened text ends in "…") takes the
 * place of a full stop right after its placeholder: a sentence ends once.
 * @example fillIn('Step {n} of {total}', { n: 2, total: 9 }) // 'Step 2 of 9'
 * @example fillIn('Оновлено {date}.', { date: '2 грудня 2026 р.' }) // 'Оновлено 2 грудня 2026 р.'
 * @example fillIn('Copied: {title}.', { title: 'Why Sumgait?' }) // 'Copied: Why Sumgait?'
 */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}(\.?)/g, (all, name: string, stop: string) => {
    if (!Object.hasOwn(values, name)) return all;
    const value = String(values[name]);
    return /[.?!…]$/.test(value) ? value : value + stop;
  });
}

/**
 * The text before and after one placeholder, for a template whose value is
 * markup of its own (a link): the page puts the link between the two.
 * Without the placeholder, the whole template comes before, followed by a space.
 * @example splitAtPlaceholder('крок «{label}»', 'label') // ['крок «', '»']
 * @example splitAtPlaceholder('step', 'label') // ['step ', '']
 */
export function splitAtPlaceholder(template: string, name: string): [string, string] {
  const at = template.indexOf(`{${name}}`);
  if (at < 0) return [`${template} `, ''];
  return [template.slice(0, at), template.slice(at + name.length + 2)];
}
