import { shorten } from '../lib/format/shorten.ts';
import type { JsonPath } from './locateJson.ts';

/** The value at `path` inside parsed JSON, own properties only. */
export function valueAt(root: unknown, path: JsonPath): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** How a value reads to an editor: `the text "1,000"`, `the number 5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value === '' ? 'empty text' : `the text ${JSON.stringify(shorten(value))}`;
  if (typeof value === 'number')
    return Number.isFinite(value) ? `the number ${value}` : 'an infinite number';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return 'nothing';
}

/** 1000000000000 → "1,000,000,000,000": a bound an editor can count the zeros of. */
export function describeLimit(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 10_000 && Math.abs(value) < 1e21
    ? value.toLocaleString('en-US')
    : String(value);
}
