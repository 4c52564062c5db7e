/**
 * Vite plugin that turns data/ into the module `virtual:story-data`.
 *
 * - Build: invalid data fails the build with every located problem and
 *   nothing else (no stack trace), so nothing invalid reaches a reader. The
 *   downloads (CSV, JSON) are emitted.
 * - Dev: the module carries the problems instead, and the page shows them
 *   in an overlay (DataProblems.svelte); saving a file in data/ reloads it.
 *   The downloads are served from the current data.
 *
 * Only validated data reaches the page: Zod and the checks run here, in
 * Node, never in the reader's browser. The browser gets the data as
 * `data/story.js` (dataScript), the build-time renderer as the module.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadDataDir } from './readDataDir.ts';
import { refuseBuild } from './refuseBuild.ts';
import { slimStoryData } from './slimStoryData.ts';
import { lateIslandStrings } from './islandStrings.ts';
import { formatReport } from '../data/formatProblem.ts';
import { toCsv, toEventRows, toJsonExport } from '../data/exportEvents.ts';
import type { Dataset } from '../data/schema.ts';
import type { Problem } from '../lib/model/problem.ts';
import type { StoryDataModule } from '../lib/model/storyDataModule.ts';
import { localizeStory } from './i18n/buildLocalePack.ts';
import { devLanguagePages } from './i18n/devLanguagePages.ts';
import type { LoadedTranslations } from './i18n/loadTranslations.ts';
import type { Locale } from '../lib/i18n/locales.ts';

type Loaded = { dataset: Dataset | null; problems: Problem[] } & Pick<
  LoadedTranslations,
  'translations' | 'catalogues'
>;
import { projectShapes } from './projectShapes.ts';
import type { Topology } from 'topojson-specification';

const PUBLIC_ID = 'virtual:story-data';
const RESOLVED_ID = '\0' + PUBLIC_ID;

/**
 * The country shapes, projected (projectShapes.ts), as a classic script that sets one global: unlike
 * fetch() or a module, it loads in a sandboxed iframe with an opaque origin
 * and under `script-src 'self'`. main.ts checks what it finds.
 */
export function geometryScript(topologyFile: string): string {
  const json = JSON.stringify(
    projectShapes(JSON.parse(readFileSync(topologyFile, 'utf8')) as Topology),
  );
  return `self.__storyRegionGeo=${json};\n`;
}

/**
 * The data as the bundle carries it: without the `$schema` pointers, which
 * only editors' tools read.
 */
export function toBundledJson(
  payload: StoryDataModule | Partial<Record<Locale, StoryDataModule>>,
): string {
  return JSON.stringify(payload, (key, value: unknown) => (key === '$schema' ? undefined : value));
}

/** Characters beyond Latin-1: one of them makes the engine hold the whole text two bytes a character. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/g;

/**
 * A JSON text as a single-quoted JavaScript string. The bundle parses it
 * with JSON.parse, which browsers do much faster than the same object as a
 * literal, and single quotes keep JSON's many double quotes unescaped.
 *
 * Rare characters beyond Latin-1 (14 "’", "€"… in the 3 MB of English
 * with 10,000 events) are written as JSON escapes (\u2019): V8 keeps a
 * text of Latin-1 characters one byte a character, so the script and the
 * JSON are then read as such, about a quarter faster, where a single "’"
 * would make all of both two bytes a character. Only where they are under
 * one in 10,000 characters, so the escapes' five more bytes each cost at
 * most one byte in 2,000: a page in Ukrainian, or a small data set, whose
 * parsing takes little time anyway, stays as it is.
 * @example toJsStringLiteral(`{"a":"it’s","b":"${'x'.repeat(20_000)}"}`) // '{"a":"it\\u2019s","b":"xx…"}'
 */
export function toJsStringLiteral(json: string): string {
  const beyond = json.match(BEYOND_LATIN1)?.length ?? 0;
  const text =
    beyond > 0 && beyond * 10_000 < json.length
      ? json.replace(BEYOND_LATIN1, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      : json;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The data as a classic script that sets one global (main.ts reads it with
 * readStoryData): loaded before the app's bundle, cached apart from it.
 * `__storyData` is data/story.js (slim), `__storyDataFull` data/story-full.js.
 */
export function dataScript(
  payload: StoryDataModule,
  global: '__storyData' | '__storyDataFull' = '__storyData',
): string {
  return `self.${global}=JSON.parse(${toJsStringLiteral(toBundledJson(payload))});\n`;
}

/**
 * data/story-late.js: the words only the late islands read (lateIslandStrings),
 * as a classic script that sets `__storyDataLate`.
 */
export function lateDataScript(payload: StoryDataModule): string {
  const strings = payload.ok ? lateIslandStrings(payload.locale.strings) : {};
  return `self.__storyDataLate=JSON.parse(${toJsStringLiteral(JSON.stringify({ strings }))});\n`;
}

/**
 * What each published language's page gets: the data in its language, its
 * LocalePack and the warnings, or (dev only) the problems that stop it.
 * English is always there.
 */
function payloadsOf(
  loaded: Loaded,
  topologyFile: string,
): Partial<Record<Locale, StoryDataModule>> & { en: StoryDataModule } {
  const { dataset, problems } = loaded;
  if (!dataset) return { en: { ok: false, problems } };
  const warnings = problems.filter((p) => p.severity === 'warning');
  const out: Partial<Record<Locale, StoryDataModule>> = {};
  for (const [tag, story] of Object.entries(localizeStory(dataset, loaded, topologyFile))) {
    out[tag as Locale] = { ok: true, dataset: story.dataset, locale: story.locale, warnings };
  }
  return out as Partial<Record<Locale, StoryDataModule>> & { en: StoryDataModule };
}

/** Where a language's files go in dist/: "" for English, "uk/" for Ukrainian. */
function folderOf(payload: StoryDataModule): string {
  return payload.ok && payload.locale.folder ? `${payload.locale.folder}/` : '';
}

export function storyData(options: { dir: string; topology: string }): Plugin {
  const dataDir = path.resolve(options.dir);
  const topologyFile = path.resolve(options.topology);
  let isBuild = false;
  let latest: Loaded | null = null;

  const load = () => (latest ??= loadDataDir(dataDir));
  const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

  return {
    name: 'story-data',
    config(_config, { command }) {
      // Refused here, before rolldown runs: its wrapper of a plugin error prints a stack trace.
      if (command !== 'build') return;
      const { problems } = load();
      if (errorsOf(problems).length) {
        throw refuseBuild(`data/ has errors; nothing was built.\n\n${formatReport(problems)}`);
      }
    },
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      latest = null;
      const { problems } = load();
      this.addWatchFile(dataDir);
      // Only a rebuild in watch mode gets here with errors (config refuses the first build).
      if (isBuild && errorsOf(problems).length) {
        this.error(`data/ has errors; nothing was built.\n\n${formatReport(problems)}`);
      }
    },
    transformIndexHtml: {
      // After Vite's asset handling, which would try to resolve these as files.
      order: 'post',
      handler: () => [
        // Classic scripts: they load in sandboxed, opaque-origin iframes without CORS headers.
        // Deferred scripts run in order: both globals are set before the app starts.
        { tag: 'script', attrs: { defer: true, src: 'geo/region.js' }, injectTo: 'head-prepend' },
        { tag: 'script', attrs: { defer: true, src: 'data/story.js' }, injectTo: 'head-prepend' },
      ],
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Only the build-time renderer imports the data; the browser reads data/story.js.
      const payloads = payloadsOf(load(), topologyFile);
      return `export const byLocale = JSON.parse(${toJsStringLiteral(toBundledJson(payloads))});`;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dataDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(dataDir + path.sep)) return;
        latest = null;
        const { problems } = load();
        if (problems.length) server.config.logger.warn(formatReport(problems));
        else server.config.logger.info('data/ checked: no problems', { timestamp: true });
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      // The downloads, made from the data as it is now, so the preview's links work as the site's do.
      const downloads: [string, string, (dataset: Dataset) => string][] = [
        ['/data/aid-events.csv', 'text/csv', (d) => toCsv(toEventRows(d))],
        ['/data/aid-events.json', 'application/json', toJsonExport],
      ];
      for (const [url, type, render] of downloads) {
        server.middlewares.use(url, (_req, res) => {
          const { dataset, problems } = load();
          res.statusCode = dataset ? 200 : 503;
          res.setHeader('Content-Type', `${dataset ? type : 'text/plain'}; charset=utf-8`);
          res.end(
            dataset
              ? render(dataset)
              : `data/ has errors; the downloads are made once they are fixed.\n\n${formatReport(problems)}\n`,
          );
        });
      }
      server.middlewares.use(
        devLanguagePages(server, () => payloadsOf(load(), topologyFile), {
          data: (payload, full) => dataScript(payload, full ? '__storyDataFull' : '__storyData'),
          geometry: () => geometryScript(topologyFile),
        }),
      );
      // The data as it is now: never cached, since saving a file reloads the page to show it.
      // Nothing is pre-rendered in dev, so the page mounts the app, which reads the full data.
      for (const [url, global] of [
        ['/data/story.js', '__storyData'],
        ['/data/story-full.js', '__storyDataFull'],
      ] as const) {
        server.middlewares.use(url, (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(dataScript(payloadsOf(load(), topologyFile).en, global));
        });
      }
      server.middlewares.use('/geo/region.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(geometryScript(topologyFile));
      });
    },
    generateBundle() {
      // The SSR build writes to .ssr/; the downloads belong to the site.
      if (this.environment?.config.consumer === 'server') return;
      const loaded = load();
      this.emitFile({
        type: 'asset',
        fileName: 'geo/region.js',
        source: geometryScript(topologyFile),
      });
      if (!loaded.dataset) return;
      // Each language's data and downloads beside its page (uk/data/…): English
      // column names, the language's titles and texts. data/story.js holds
      // only what the islands draw; data/story-late.js the late islands' words;
      // data/story-full.js everything.
      for (const payload of Object.values(payloadsOf(loaded, topologyFile))) {
        if (!payload.ok) continue;
        const dir = `${folderOf(payload)}data/`;
        this.emitFile({
          type: 'asset',
          fileName: `${dir}story.js`,
          source: dataScript(slimStoryData(payload)),
        });
        this.emitFile({
          type: 'asset',
          fileName: `${dir}story-late.js`,
          source: lateDataScript(payload),
        });
        this.emitFile({
          type: 'asset',
          fileName: `${dir}story-full.js`,
          source: dataScript(payload, '__storyDataFull'),
        });
        const rows = toEventRows(payload.dataset);
        this.emitFile({ type: 'asset', fileName: `${dir}aid-events.csv`, source: toCsv(rows) });
        this.emitFile({
          type: 'asset',
          fileName: `${dir}aid-events.json`,
          source: toJsonExport(payload.dataset),
        });
      }
    },
  };
}
