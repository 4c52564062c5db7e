/**
 * Whatever an editor types, the validator answers: it never throws, and it
 * either returns a dataset with no errors or at least one located error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../../src/data/locateJson.ts';
import { DATA_FILES, type DataFileName } from '../../src/data/schema.ts';
import { validateDataset, type ValidationResult } from '../../src/data/validateDataset.ts';
import { toFiles, validDataset } from './fixtures/validDataset.ts';

const FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];
const ZOD_INTERNALS =
  /Invalid input|Invalid option|Unrecognized key|Too (big|small)|expected \w+, received/;

function expectSound(result: ValidationResult, files: Record<string, string | undefined>): void {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.dataset) expect(errors).toEqual([]);
  else expect(errors.length).toBeGreaterThanOrEqual(1);
  for (const p of result.problems) {
    expect(p.code).not.toBe('internal-error');
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
    const lines = (files[p.file] ?? '').split(/\r\n|\r|\n/);
    expect(p.line).toBeLessThanOrEqual(lines.length);
    expect(p.message).not.toMatch(ZOD_INTERNALS);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** Every path to a value inside parsed JSON. */
function allPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...allPaths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths.push(...allPaths(v, [...prefix, k]));
  }
  return paths;
}

function replaceAt(root: unknown, path: JsonPath, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

const baseFiles = toFiles(validDataset());
const parsedBase = Object.fromEntries(
  FILE_NAMES.map((f) => [f, JSON.parse(baseFiles[f])]),
) as Record<DataFileName, unknown>;
const fileArb = fc.constantFrom(...FILE_NAMES);

describe('validateDataset properties', () => {
  it('validateDataset({[file]: JSON.stringify(fc.jsonValue())}) never throws and locates every problem', () => {
    fc.assert(
      fc.property(fileArb, fc.jsonValue(), (file, value) => {
        const files = { ...baseFiles, [file]: JSON.stringify(value, null, 2) };
        expectSound(validateDataset(files), files);
      }),
      { numRuns: 300 },
    );
  });

  it('validateDataset(fixture with one field replaced or removed) never throws and locates every problem', () => {
    fc.assert(
      fc.property(fileArb, fc.nat(), fc.jsonValue(), fc.boolean(), (file, pick, value, remove) => {
        const paths = allPaths(parsedBase[file]);
        const path = paths[pick % paths.length]!;
        const mutated = replaceAt(parsedBase[file], path, value, remove);
        const files = { ...baseFiles, [file]: JSON.stringify(mutated, null, 2) };
        expectSound(validateDataset(files), files);
      }),
      { numRuns: 500 },
    );
  });

  it('validateDataset(fixture text with characters cut or inserted) never throws and locates every problem', () => {
    fc.assert(
      fc.property(
        fileArb,
        fc.nat(),
        fc.nat({ max: 5 }),
        fc.string({ maxLength: 4, unit: 'binary' }),
        (file, at, cut, insert) => {
          const text = baseFiles[file];
          const i = at % (text.length + 1);
          const files = { ...baseFiles, [file]: text.slice(0, i) + insert + text.slice(i + cut) };
          expectSound(validateDataset(files), files);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('validateDataset({[file]: fc.string()}) never throws for arbitrary text', () => {
    fc.assert(
      fc.property(fileArb, fc.string({ unit: 'binary' }), (file, text) => {
        const files = { ...baseFiles, [file]: text };
        expectSound(validateDataset(files), files);
      }),
      { numRuns: 300 },
    );
  });
});
