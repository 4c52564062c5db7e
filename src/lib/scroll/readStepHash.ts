/**
 * The step id in a URL fragment (`#past-45-million`), or '' when there is
 * none. A malformed escape (`#%E0%A4%A`) is read as text rather than
 * thrown: a bad link must not stop the story from starting.
 */
export function readStepHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
