/**
 * The benchmark's "first visit" is what the page actually requests on its
 * own, not what its HTML names: scripts that the page starts after first
 * paint (islands loaded when the browser is idle, or a moment later) count
 * too. A fixture page loads one chunk when idle after the load event and
 * one 1.5 s after it (longer than Playwright's 500 ms "network idle").
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../bench/launchChromium.ts';
import { measureFirstVisit } from '../bench/measureBytes.ts';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.ts';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>late chunks</title>
<script type="module" src="/assets/entry.js"></script></head>
<body><p>Text first.</p></body></html>`;

const ENTRY = `
const load = (src) => { const s = document.createElement('script'); s.src = src; document.head.append(s); };
addEventListener('load', () => {
  requestIdleCallback(() => load('/assets/idle-island.js'));
  setTimeout(() => load('/assets/late-island.js'), 1500);
});`;

describe('measureFirstVisit: every script the page requests on its own', () => {
  let folder: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'bench-late-chunks-'));
    const assets = path.join(folder, 'assets');
    writeFileSync(path.join(folder, 'index.html'), PAGE);
    mkdirSync(assets);
    writeFileSync(path.join(assets, 'entry.js'), ENTRY);
    writeFileSync(path.join(assets, 'idle-island.js'), 'window.idleIsland = true;');
    writeFileSync(path.join(assets, 'late-island.js'), 'window.lateIsland = true;');
    server = await startStaticServer(folder);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a page that asks for a missing file (its error page is no first visit)', async () => {
    writeFileSync(
      path.join(folder, 'broken.html'),
      PAGE.replace('/assets/entry.js', '/assets/missing.js'),
    );
    await expect(measureFirstVisit(browser, `${server.url}broken.html`)).rejects.toThrow(
      /404 \/assets\/missing\.js/,
    );
  });

  it('counts chunks started after first paint, when idle and 1.5 s later', async () => {
    const visit = await measureFirstVisit(browser, server.url);
    expect(visit.files.map((f) => f.path).sort()).toEqual([
      '/',
      '/assets/entry.js',
      '/assets/idle-island.js',
      '/assets/late-island.js',
    ]);
    expect(visit.byKind.js).toBe(
      visit.files.filter((f) => f.kind === 'js').reduce((sum, f) => sum + f.gzipBytes, 0),
    );
  });
});
