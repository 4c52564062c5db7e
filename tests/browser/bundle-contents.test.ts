/**
 * The reader's scripts carry no build-only code: no Zod (the schema and
 * checks run at build, in src/data) and no Node module (node:*, require,
 * process, __dirname). ESLint's folder rules stop a wrong import in the
 * source (tests/unit/importRules.test.ts); this checks the result, so a
 * path around the rules (a re-export, a plugin, a package that pulls Node
 * in) fails too. Reads dist/ as `npm run build` left it (npm test builds
 * first), so it lives with the browser files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  entryNames,
  LATE_ISLANDS_ONLY,
  NOT_READ_BY_ISLANDS,
  READ_BY_ISLANDS,
} from '../../src/build/islandStrings.ts';
import { keepScopedRules, scopeClasses } from '../../src/build/storyStylesheet.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every script a reader may load: the bundle's chunks, and the classic scripts beside them. */
function readerScripts(): { file: string; text: string }[] {
  const files = [
    ...readdirSync(path.join(DIST, 'assets')).map((name) => path.join('assets', name)),
    'data/story.js',
    'geo/region.js',
  ].filter((file) => file.endsWith('.js'));
  return files.map((file) => ({ file, text: readFileSync(path.join(DIST, file), 'utf8') }));
}

// What Zod 4 leaves in a bundle however it is minified: its class and
// issue names, and the `_zod` internals every schema object carries.
const ZOD_MARKERS = [
  /\bZod[A-Z]\w*/,
  /\$Zod\w+/,
  /\b_zod\b/,
  /\binvalid_type\b/,
  /\bsuperRefine\b/,
];
// What Node code leaves: its module specifiers and globals, and the names
// of the Node APIs the build uses (Vite turns a `node:` import in client
// code into an empty object, so only the names called on it remain).
const NODE_MARKERS = [
  /["'`]node:[a-z_]+/,
  /\brequire\(\s*["'`]/,
  /\bprocess\.(env|cwd|argv|platform|exit|versions?)\b/,
  /\b__dirname\b|\b__filename\b/,
  /\bimport\.meta\.(url|dirname|filename)\b/,
  /\b(readFileSync|writeFileSync|existsSync|readdirSync|mkdirSync|statSync|createRequire|fileURLToPath)\b/,
  /\b(execFileSync|spawnSync|gzipSync|brotliCompressSync|inspect\.custom)\b/,
  /\bBuffer\.(from|alloc|concat|byteLength)\b/,
];

/** The markers found in one script, each with a little context, so a failure says where. */
function findMarkers(text: string, markers: RegExp[]): string[] {
  return markers.flatMap((marker) => {
    const match = marker.exec(text);
    if (!match) return [];
    return [`${marker}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`];
  });
}

describe('the client bundle', () => {
  const scripts = readerScripts();

  it('has the app bundle and the data scripts to check', () => {
    expect(scripts.filter((s) => s.file.startsWith('assets/')).length).toBeGreaterThan(0);
    expect(scripts.map((s) => s.file)).toEqual(
      expect.arrayContaining(['data/story.js', 'geo/region.js']),
    );
  });

  it.each(scripts.map((s) => [s.file, s.text]))('%s carries no Zod', (_file, text) => {
    expect(findMarkers(text, ZOD_MARKERS)).toEqual([]);
  });

  it.each(scripts.map((s) => [s.file, s.text]))('%s carries no Node module', (_file, text) => {
    expect(findMarkers(text, NODE_MARKERS)).toEqual([]);
  });
});

/**
 * Strings in a script that name a key the slim data leaves out (a whole key,
 * or one starting with a prefix it leaves out, READ_BY_ISLANDS aside), with
 * what follows. A computed key (`item.${x}`) counts by its prefix.
 */
function lookUps(text: string, alsoRead: readonly string[] = []): string[] {
  const read = [...READ_BY_ISLANDS, ...alsoRead];
  return NOT_READ_BY_ISLANDS.flatMap((entry) => {
    const key = entry.replaceAll('.', '\\.');
    const pattern = entry.endsWith('.') ? `["'\`](${key}[^"'\`$]*)` : `["'\`](${key})["'\`]`;
    return [...text.matchAll(new RegExp(pattern, 'g'))]
      .filter((m) => !read.some((r) => entryNames(r, m[1]!)))
      .map((m) => text.slice(m.index, m.index + 40));
  });
}

describe("the story page's islands", () => {
  // The script that runs with the slim data/story.js: the islands.
  const islandScript = readerScripts().find((s) => /^assets\/index-/.test(s.file));
  // The late islands (embed panel, "Show more") start from the full data instead.
  const lateScript = readerScripts().find((s) => /^assets\/late-islands-/.test(s.file));

  it('are there to check', () => {
    expect(islandScript).toBeDefined();
    expect(lateScript).toBeDefined();
  });

  it("finds such look-ups where they are: the mounted app's script renders the step cards, the late islands the embed panel", () => {
    const views = readerScripts().find((s) => s.file.startsWith('assets/views-'));
    expect(lookUps(views?.text ?? '')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^.card\./)]),
    );
    expect(lookUps(lateScript?.text ?? '')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^.embed\./)]),
    );
  });

  // islandStrings.ts leaves these keys out of the slim data: an island that
  // looked one up would print nothing. A key is looked up by a string that
  // starts with its prefix ("card.sources", or `item.${x}` for a computed one).
  it('the islands look up no UI string the slim data leaves out', () => {
    expect(lookUps(islandScript?.text ?? '')).toEqual([]);
  });

  // data/story-late.js adds their words to the slim data (lateIslandStrings).
  it('the late islands look up no UI string the slim data and data/story-late.js leave out', () => {
    expect(lookUps(lateScript?.text ?? '', LATE_ISLANDS_ONLY)).toEqual([]);
  });
});

describe("the story pages' stylesheet", () => {
  const linked = (page: string) =>
    /<link rel="stylesheet" href="(?:\.\.?\/)+(assets\/[\w.-]+\.css)"/.exec(
      readFileSync(path.join(DIST, page), 'utf8'),
    )?.[1] ?? '';
  const storySheet = linked('index.html');
  const siteSheet = linked('embed.html');
  const css = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

  it('every story page links the same sheet of its own; embed.html the whole one', () => {
    expect(storySheet).toMatch(/^assets\/story-/);
    expect(siteSheet).toMatch(/^assets\/style-/);
    for (const folder of ['uk', 'az']) {
      expect(linked(`${folder}/index.html`)).toBe(storySheet);
      expect(linked(`${folder}/embed.html`)).toBe(siteSheet);
    }
  });

  it("holds every component style the page's HTML and islands name, and not the mounted app's own", () => {
    const own = scopeClasses(css(storySheet));
    // What the page can draw: its HTML, and what its islands' scripts render.
    const named = new Set([
      ...scopeClasses(readFileSync(path.join(DIST, 'index.html'), 'utf8')),
      ...readerScripts()
        .filter((s) => /^assets\/(index|late-islands)-/.test(s.file))
        .flatMap((s) => [...scopeClasses(s.text)]),
    ]);
    const whole = scopeClasses(css(siteSheet));
    expect([...named].filter((c) => whole.has(c) && !own.has(c))).toEqual([]);
    // The stepper and the debug overlay are drawn only by the mounted app (embeds, ?debug).
    expect(css(siteSheet)).toMatch(/\.stepper\.s-/);
    expect(css(siteSheet)).toMatch(/\.debug-zones\.s-/);
    expect(css(storySheet)).not.toMatch(/\.stepper\.s-|\.debug-zones\.s-/);
    expect(css(storySheet).length).toBeLessThan(css(siteSheet).length);
  });

  it('keepScopedRules reads the real stylesheet whole: keeping every component gives it back unchanged', () => {
    const whole = css(siteSheet);
    expect(keepScopedRules(whole, scopeClasses(whole))).toBe(whole);
  });
});
