/**
 * A short fingerprint of a record's English texts: translations store the
 * one they were made from (`from`), and check:data warns when the English
 * has changed since. cyrb53, a small non-cryptographic hash: it only has
 * to notice edits, and needs no Node module.
 */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * @example fingerprint({ title: 'First convoy', text: '…' }) // '0a3f9c21d4e7'
 */
export function fingerprint(texts: Record<string, string>): string {
  const canonical = JSON.stringify(
    Object.keys(texts)
      .sort()
      .map((k) => [k, texts[k]]),
  );
  return cyrb53(canonical).toString(16).padStart(14, '0').slice(-12);
}
