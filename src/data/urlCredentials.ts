/**
 * Addresses with a user name or password ("https://trusted.example@evil.example/")
 * read as one host and lead to another: the browser goes to whatever follows
 * the "@". The story refuses them everywhere (schema, checkText, safeHref).
 */

/** The parsed address when it holds a user name or password, otherwise null. */
function parseWithCredentials(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.username !== '' || url.password !== '' ? url : null;
  } catch {
    return null;
  }
}

/**
 * True when `raw` is an address with a user name or password.
 * @example hasUrlCredentials('https://caucasuswatch.de@evil.example/x') // true
 */
export function hasUrlCredentials(raw: string): boolean {
  return parseWithCredentials(raw) !== null;
}

/**
 * What an editor reads about such an address, or null when it has none:
 * where it really leads, and what to write instead.
 * @example describeUrlCredentials('https://caucasuswatch.de@evil.example/x')
 * // { message: 'the address "…" leads to evil.example, not to caucasuswatch.de: …', hint: … }
 */
export function describeUrlCredentials(raw: string): { message: string; hint: string } | null {
  const url = parseWithCredentials(raw);
  if (!url) return null;
  const shown = raw.length > 80 ? `${raw.slice(0, 79)}…` : raw;
  const seeming = url.username || 'its user name';
  const part = url.password === '' ? 'a user name' : 'a user name and password';
  return {
    message: `the address "${shown}" leads to ${url.host}, not to ${seeming}: the part before "@" is ${part}`,
    hint: `write the address without a user name or password (everything between "${url.protocol}//" and "@" goes); links that hide their real host are refused`,
  };
}
