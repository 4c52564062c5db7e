/**
 * The benchmark's synthetic data sets (tests/bench/generateDataset.ts) must
 * build as the real data does: the bench's growth runs build each one. They
 * once lacked data/ui/en.json, which the build came to need with the
 * languages, and the bench stopped at its first growth build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generateDataset.ts';
import { loadDataDir } from '../../src/build/readDataDir.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateDataset', () => {
  it('writes a data directory the build accepts (no error from loadDataDir)', () => {
    const generated = generateDataset({ events: 60, steps: 4, into: dir });
    const { dataset, problems } = loadDataDir(generated.dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset?.events.length).toBe(60);
    expect(dataset?.steps.length).toBe(4);
  });
});
