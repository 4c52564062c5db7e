/**
 * The dev server (`npm run dev`) started from a test, on a copy of data/
 * that the test may break and fix as an editor would:
 *
 *   const dev = await startDevServer();
 *   await page.goto(dev.url);
 *   dev.edit('events.json', (text) => text.replace('…', '…'));
 *   await dev.close();
 *
 * It uses the project's vite.config.ts, pointed at the copy by
 * STORY_DATA_DIR, on a free port, with its own dependency cache so it never
 * disturbs a dev server someone else is running. The real data/ is only
 * ever read.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import type { DataFileName } from '../../src/data/schema.ts';
import { PUBLISHED_FILE } from '../../src/data/publishedSchema.ts';
import { finishesWithin } from './finishesWithin.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface DevServer {
  url: string;
  /** The copy of data/ the server reads. */
  dataDir: string;
  read(file: DataFileName): string;
  /** Saves a data file with new text, as an editor's "save" would. */
  write(file: DataFileName, text: string): void;
  edit(file: DataFileName, change: (text: string) => string): void;
  close(): Promise<void>;
}

const CLOSE_WITHIN_MS = 20_000;

export async function startDevServer(): Promise<DevServer> {
  // Not under node_modules/: Vite's file watcher ignores it.
  const work = mkdtempSync(path.join(tmpdir(), 'story-dev-'));
  const dataDir = path.join(work, 'data');
  cpSync(path.join(ROOT, 'data'), dataDir, { recursive: true });
  // Without the published snapshot: an edit made by a test is not a correction to explain.
  rmSync(path.join(dataDir, PUBLISHED_FILE), { force: true });

  // vite.config.ts reads STORY_DATA_DIR while the config loads; put it back afterwards.
  const previous = process.env.STORY_DATA_DIR;
  process.env.STORY_DATA_DIR = dataDir;
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer({
      configFile: path.join(ROOT, 'vite.config.ts'),
      root: ROOT,
      mode: 'development',
      cacheDir: path.join(work, 'vite-cache'),
      logLevel: 'silent',
      clearScreen: false,
      server: { host: '127.0.0.1', port: 0, strictPort: true },
    });
  } finally {
    if (previous === undefined) delete process.env.STORY_DATA_DIR;
    else process.env.STORY_DATA_DIR = previous;
  }
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server did not report its address');

  const file = (name: DataFileName) => path.join(dataDir, name);
  return {
    url,
    dataDir,
    read: (name) => readFileSync(file(name), 'utf8'),
    write: (name, text) => writeFileSync(file(name), text),
    edit(name, change) {
      const before = readFileSync(file(name), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit changed nothing in ${name}`);
      writeFileSync(file(name), after);
    },
    async close() {
      // Vite's close waits for its file watcher and dependency optimizer; in
      // one full run on a busy machine it did not return for two minutes,
      // after every check had passed, and failed the file in its teardown.
      // Bounded: a slow close is reported, and the test process ends it.
      if (!(await finishesWithin(() => server.close(), CLOSE_WITHIN_MS))) {
        console.warn(
          `the dev server failed to close, or did not within ${CLOSE_WITHIN_MS / 1000} s`,
        );
      }
      rmSync(work, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
