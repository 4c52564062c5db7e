/**
 * The folder rules in eslint.config.js (each folder's README.md states its
 * rule) must fire: a wrong import placed, virtually, in each shipped folder
 * is an error, and the import the folder is meant to use passes. Without
 * this, a typo in a pattern would silently let Zod or Node into the
 * reader's bundle.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath` (relative to the project). */
async function ruleErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const IMPORT = '@typescript-eslint/no-restricted-imports';

// One file per shipped folder, and what it must never import (as a value).
const SHIPPED = [
  {
    file: 'src/lib/model/probe.ts',
    data: '../../data/schema.ts',
    build: '../../build/canonicalLink.ts',
  },
  {
    file: 'src/lib/format/probe.ts',
    data: '../../data/schema.ts',
    build: '../../build/canonicalLink.ts',
  },
  {
    file: 'src/lib/map/probe.ts',
    data: '../../data/schema.ts',
    build: '../../build/cutTopology.ts',
  },
  {
    file: 'src/lib/timeline/probe.ts',
    data: '../../data/schema.ts',
    build: '../../build/canonicalLink.ts',
  },
  {
    file: 'src/lib/scroll/probe.ts',
    data: '../../data/schema.ts',
    build: '../../build/canonicalLink.ts',
  },
  {
    file: 'src/lib/embed/probe.ts',
    data: '../../data/schema.ts',
    build: '../../build/canonicalLink.ts',
  },
  { file: 'src/dom/probe.ts', data: '../data/schema.ts', build: '../build/storyDataPlugin.ts' },
  {
    file: 'src/components/probe.svelte.ts',
    data: '../data/schema.ts',
    build: '../build/storyDataPlugin.ts',
  },
  { file: 'src/main.ts', data: './data/schema.ts', build: './build/storyDataPlugin.ts' },
  { file: 'src/views.ts', data: './data/schema.ts', build: './build/storyDataPlugin.ts' },
  {
    file: 'src/lateIslands.ts',
    data: './data/schema.ts',
    build: './build/storyDataPlugin.ts',
  },
  { file: 'src/boot.ts', data: './data/schema.ts', build: './build/storyDataPlugin.ts' },
  { file: 'src/embedHead.ts', data: './data/schema.ts', build: './build/storyDataPlugin.ts' },
];

describe('folder import rules', () => {
  describe.each(SHIPPED)('$file', ({ file, data, build }) => {
    it.each([
      ['zod', "import { z } from 'zod';\nexport const s = z.string();\n"],
      ['node:fs', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
      ['a bare Node builtin', "import path from 'path';\nexport const j = path.join;\n"],
      [
        'a value from src/data',
        `import { amountSchema } from '${data}';\nexport const s = amountSchema;\n`,
      ],
      ['src/build', `import * as build from '${build}';\nexport const b = build;\n`],
      // The map's shapes are projected at build: d3-geo and topojson-client stay there.
      ['d3-geo', "import { geoPath } from 'd3-geo';\nexport const g = geoPath;\n"],
      [
        'topojson-client',
        "import { feature } from 'topojson-client';\nexport const f = feature;\n",
      ],
    ])('refuses %s', async (_label, code) => {
      expect(await ruleErrors(code, file)).toContain(IMPORT);
    });

    it('allows a type from src/data', async () => {
      const code = `import type { Dataset } from '${data}';\nexport type D = Dataset;\n`;
      expect(await ruleErrors(code, file)).toEqual([]);
    });
  });

  describe.each(SHIPPED.filter((s) => s.file.startsWith('src/lib/')))(
    '$file (pure TypeScript)',
    ({ file }) => {
      it.each([
        ['svelte', "import { tick } from 'svelte';\nexport const t = tick;\n"],
        [
          'a component',
          "import Markup from '../../components/Markup.svelte';\nexport const m = Markup;\n",
        ],
        [
          'src/dom',
          "import { trackSteps } from '../../dom/trackSteps.ts';\nexport const t = trackSteps;\n",
        ],
      ])('refuses %s', async (_label, code) => {
        expect(await ruleErrors(code, file)).toContain(IMPORT);
      });

      it('refuses the page itself (window, document)', async () => {
        expect(await ruleErrors('export const w = window.innerWidth;\n', file)).toContain(
          'no-restricted-globals',
        );
        expect(await ruleErrors("export const d = document.querySelector('p');\n", file)).toContain(
          'no-restricted-globals',
        );
      });

      it('allows its neighbours in src/lib', async () => {
        const code =
          "import { PAGE_IDS } from '../model/pageIds.ts';\nexport const x = [PAGE_IDS];\n";
        expect(await ruleErrors(code, file)).toEqual([]);
      });
    },
  );

  it('src/dom refuses svelte and components', async () => {
    for (const code of [
      "import { tick } from 'svelte';\nexport const t = tick;\n",
      "import Markup from '../components/Markup.svelte';\nexport const m = Markup;\n",
    ]) {
      expect(await ruleErrors(code, 'src/dom/probe.ts')).toContain(IMPORT);
    }
    const allowed =
      "import { pickActiveStep } from '../lib/scroll/pickActiveStep.ts';\nexport const p = pickActiveStep;\n";
    expect(await ruleErrors(allowed, 'src/dom/probe.ts')).toEqual([]);
  });

  it('src/data refuses svelte and the page code, and may use zod and Node', async () => {
    for (const code of [
      "import { tick } from 'svelte';\nexport const t = tick;\n",
      "import { trackSteps } from '../dom/trackSteps.ts';\nexport const t = trackSteps;\n",
    ]) {
      expect(await ruleErrors(code, 'src/data/probe.ts')).toContain(IMPORT);
    }
    const allowed =
      "import { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nimport { formatMoney } from '../lib/format/formatAmount.ts';\nexport const x = [z, readFileSync, formatMoney];\n";
    expect(await ruleErrors(allowed, 'src/data/probe.ts')).toEqual([]);
  });
});
