/** Escaping for text the build writes into HTML it assembles as strings. */

/** @example escapeAttribute('a "b" & <c>') // 'a &quot;b&quot; &amp; &lt;c&gt;' */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** @example escapeText('a < b & c') // 'a &lt; b &amp; c' */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
