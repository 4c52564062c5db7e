import type { JsonPath } from './locateJson.ts';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way an editor reads it.
 * @example formatPath(['events', 3, 'amount']) // 'events[3].amount'
 * @example formatPath(['notes', 0, 'odd key']) // 'notes[0]["odd key"]'
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
