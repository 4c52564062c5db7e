import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .svelte file under src/. */
function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(file);
    return entry.name.endsWith('.svelte') ? [file] : [];
  });
}

describe('components never write raw HTML', () => {
  it('no {@html} in src/: data text must never become markup (islands are placed by data-island at build)', () => {
    const found = svelteFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.includes('{@html') ? [`${file}:${i + 1}`] : [])),
    );
    expect(svelteFiles('src').length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
});
