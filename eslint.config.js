import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { builtinModules } from 'node:module';

/*
 * What may import what (each folder's README.md states its rule in one line).
 * Shipped code — src/lib, src/dom, src/components, the entries — must never
 * pull build-only code or Node into the reader's bundle: src/data (zod
 * schema, checks) only as `import type`, never src/build, zod, node:* or a
 * build-only package. src/lib is pure TypeScript on top of that: no svelte,
 * no src/dom, no components. src/dom touches the page but is no component.
 * src/data runs at build and in check:data, and never needs svelte or the page.
 * tests/unit/importRules.test.ts checks that each rule fires.
 */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
const nodeAndBuildPackages = {
  group: ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `${name}/*`)],
  message: 'Node modules never ship: move this code to src/data or src/build.',
};
const zodAndBuildPackages = {
  group: [
    'zod',
    'zod/*',
    'vite',
    'jsonc-parser',
    'topojson-server',
    'topojson-simplify',
    // The shapes are projected at build (src/build/projectShapes.ts); the page projects places itself.
    'd3-geo',
    'topojson-client',
    'papaparse',
  ],
  message:
    'Build-only package: shipped code must not import it (it would reach the reader’s bundle).',
};
const dataValues = {
  regex: '(^|/)data/',
  allowTypeImports: true,
  message: 'src/data is build only: shipped code may use its types (`import type`) but no values.',
};
const buildFolder = {
  regex: '(^|/)build/',
  message: 'src/build is build only: shipped code never imports it.',
};
const svelteAnything = {
  regex: '^svelte($|/)|\\.svelte(\\.ts)?$|(^|/)components/',
  message: 'This folder never imports svelte or components: keep Svelte in src/components.',
};
const domFolder = {
  regex: '(^|/)dom/',
  message:
    'src/lib is pure TypeScript: code that touches the page lives in src/dom and imports src/lib, not the other way.',
};
const PAGE_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'fetch',
]
  .concat([
    'requestAnimationFrame',
    'getComputedStyle',
    'matchMedia',
    'ResizeObserver',
    'IntersectionObserver',
  ])
  .map((name) => ({
    name,
    message: 'src/lib never touches the page: read it in src/dom and pass the value in.',
  }));
const restrict = (...patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});
export const importRules = [
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      ...restrict(
        nodeAndBuildPackages,
        zodAndBuildPackages,
        dataValues,
        buildFolder,
        svelteAnything,
        domFolder,
      ),
      // No DOM here either: the page is read in src/dom, and its values are passed in.
      'no-restricted-globals': ['error', ...PAGE_GLOBALS],
    },
  },
  {
    files: ['src/dom/**/*.ts'],
    rules: restrict(
      nodeAndBuildPackages,
      zodAndBuildPackages,
      dataValues,
      buildFolder,
      svelteAnything,
    ),
  },
  {
    files: [
      'src/components/**/*.{svelte,ts}',
      'src/App.svelte',
      'src/main.ts',
      'src/views.ts',
      'src/lateIslands.ts',
      'src/boot.ts',
      'src/embedHead.ts',
    ],
    rules: restrict(nodeAndBuildPackages, zodAndBuildPackages, dataValues, buildFolder),
  },
  {
    files: ['src/data/**/*.ts'],
    rules: restrict(
      {
        ...svelteAnything,
        message: 'src/data runs in Node at build: it never imports svelte or components.',
      },
      {
        ...domFolder,
        regex: '(^|/)dom/',
        message: 'src/data runs in Node at build: it never imports the page code in src/dom.',
      },
    ),
  },
];

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      // Data text must never become markup: see src/lib/format/markup.ts.
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...importRules,
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.ssr/',
      '.ssr-share/',
      'static/',
      'tests/artifacts/',
      'tests/bench/tmp/',
    ],
  },
);
