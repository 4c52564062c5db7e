/**
 * Bytes of a first visit: opens a page in a fresh browser profile, records
 * every response until the network has been quiet for 2 s (so scripts the
 * page starts on its own after first paint count, whatever its HTML names;
 * watchNetwork.ts), and sizes each body as
 * gzip -9 sends it (the body as the page received it, compressed here
 * whatever the server did, so our site and the peer are counted the same way).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newProbedContext } from './launchChromium.ts';
import { waitForQuiet } from './pageProbes.ts';
import { watchNetwork } from './watchNetwork.ts';

export type ByteKind = 'html' | 'css' | 'js' | 'geometry' | 'data' | 'font' | 'image' | 'other';

export interface LoadedFile {
  path: string;
  kind: ByteKind;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstVisitBytes {
  url: string;
  files: LoadedFile[];
  totalGzip: number;
  /** gzip bytes per kind. */
  byKind: Record<ByteKind, number>;
}

/**
 * What kind of file a response is. The country shapes (geo/region.js) and
 * the story data (data/story.js, and data/story-full.js that embed.html and
 * event details load) are scripts only as carriers (one global
 * each, set from JSON), so they count as geometry and data, not JavaScript.
 */
export function classifyFile(pathname: string, contentType: string): ByteKind {
  if (/\/geo\/|topo|geojson/i.test(pathname)) return 'geometry';
  if (/\/data\/story(-full)?\.js$/.test(pathname)) return 'data';
  if (/font|woff2?|ttf|otf|eot/i.test(contentType) || /\.(woff2?|ttf|otf|eot)$/i.test(pathname))
    return 'font';
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (/json|csv/.test(contentType)) return 'data';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * Loads `url` once in a fresh browser context (nothing cached) and sizes
 * what it fetched. With `thenScroll`, the reader then turns the wheel by
 * that many pixels and what that loads counts too: the story loads its
 * graphic's scripts at the reader's first scroll (src/boot.ts), so this is
 * what a reader who reads on has downloaded.
 */
export async function measureFirstVisit(
  browser: Browser,
  url: string,
  options: { thenScroll?: number } = {},
): Promise<FirstVisitBytes> {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  const pending: Promise<LoadedFile | null>[] = [];
  const failed: string[] = [];
  page.on('response', (response) => {
    const responseUrl = new URL(response.url());
    if (!responseUrl.protocol.startsWith('http')) return;
    // A missing file's error page is not part of a first visit: the page is broken.
    if (response.status() >= 400) failed.push(`${response.status()} ${responseUrl.pathname}`);
    pending.push(
      response
        .body()
        .then((body) => ({
          path: responseUrl.pathname + responseUrl.search,
          kind: classifyFile(responseUrl.pathname, response.headers()['content-type'] ?? ''),
          rawBytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => null),
    );
  });
  const network = watchNetwork(page);
  await page.goto(url);
  await waitForQuiet(page);
  await network.silence();
  if (options.thenScroll) {
    await page.mouse.wheel(0, options.thenScroll);
    await waitForQuiet(page);
    await network.silence();
  }
  network.stop();
  const files = (await Promise.all(pending)).filter((f): f is LoadedFile => f !== null);
  await context.close();
  if (failed.length) throw new Error(`first visit of ${url}: ${failed.join(', ')}`);
  const byKind: Record<ByteKind, number> = {
    html: 0,
    css: 0,
    js: 0,
    geometry: 0,
    data: 0,
    font: 0,
    image: 0,
    other: 0,
  };
  for (const f of files) byKind[f.kind] += f.gzipBytes;
  return {
    url,
    files,
    totalGzip: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    byKind,
  };
}
