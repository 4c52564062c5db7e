/**
 * What the embed browser tests share: three origins (the built story as
 * the child, a newsroom host page, and an unrelated window on that page),
 * host pages made from tests/fixtures/hosts/article.html with the very
 * snippet the "Embed this" panel writes (loading the real pym.js and
 * @newswire/frames from node_modules), and measurements taken on both
 * sides of the frame.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ElementHandle, Frame, Page } from 'playwright-core';
import {
  EMBED_SANDBOX,
  FIXED_HEIGHTS,
  buildEmbedSnippets,
  buildEmbedUrl,
} from '../../src/lib/embed/embedSnippets.ts';
import type { View } from '../../src/lib/embed/readEmbedParams.ts';
import type { Browser } from './browser.ts';
import { useSite } from './site.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';
import { DIST } from './story.ts';

export const HOSTS_DIR = path.resolve('tests/fixtures/hosts');
export const PYM_PATH = '/vendor/pym.js/dist/pym.v1.min.js';
export const FRAMES_PATH = '/vendor/@newswire/frames/dist/frames.umd.js';

export type HostKind = 'pym' | 'frames' | 'plain';

export interface EmbedServers {
  child: StaticServer;
  host: StaticServer;
  /** A third origin: an unrelated frame on the host page (an ad, say). */
  other: StaticServer;
  close(): Promise<void>;
}

/** The host origin (article pages, with node_modules under /vendor/) and the unrelated third origin. */
async function startHostServers(): Promise<Omit<EmbedServers, 'child'>> {
  const host = await startStaticServer(HOSTS_DIR, {
    mounts: { '/vendor/': path.resolve('node_modules') },
  });
  const other = await startStaticServer(HOSTS_DIR);
  return {
    host,
    other,
    close: async () => {
      await Promise.all([host.close(), other.close()]);
    },
  };
}

export async function startEmbedServers(
  childOptions: Parameters<typeof startStaticServer>[1] = {},
): Promise<EmbedServers> {
  const child = await startStaticServer(DIST, childOptions);
  const { host, other } = await startHostServers();
  return {
    child,
    host,
    other,
    close: async () => {
      await Promise.all([child.close(), host.close(), other.close()]);
    },
  };
}

export interface EmbedSite {
  readonly servers: EmbedServers;
  readonly browser: Browser;
}

/** useSite for the embed tests: the built story as the child origin (with `headers`), plus the host and other origins, read once the hooks have run. */
export function useEmbedSite(headers?: Record<string, string>): EmbedSite {
  let hosts: Omit<EmbedServers, 'child'> | undefined;
  // Registered first, so its afterAll runs last: the browser closes before any server.
  beforeAll(async () => {
    hosts = await startHostServers();
  });
  afterAll(async () => {
    await hosts?.close();
  });
  const site = useSite({ headers });
  let servers: EmbedServers | undefined;
  return {
    get servers() {
      if (!hosts) throw new Error('useEmbedSite: the servers start in beforeAll');
      servers ??= {
        child: site.server,
        host: hosts.host,
        other: hosts.other,
        close: async () => {
          await Promise.all([site.server.close(), hosts?.close()]);
        },
      };
      return servers;
    },
    get browser() {
      return site.browser;
    },
  };
}

export interface HostPageOptions {
  view: View;
  step?: string | null;
  /** Replaces the snippet's sandbox value (e.g. 'allow-scripts' for an opaque origin). */
  sandbox?: string;
  /** Any other change to the snippet (a host that drops an attribute, say). */
  edit?: (snippet: string) => string;
  /** Puts an unrelated frame from the third origin on the page. */
  withOtherWindow?: boolean;
  /** The iframe's title (the snippet's default otherwise). */
  title?: string;
}

let served = 0;

/**
 * Serves a host page with the panel's snippet for `kind` and returns its
 * URL. The page lives on the host origin; the snippet points at the child.
 */
export function serveHostPage(
  servers: EmbedServers,
  kind: HostKind,
  options: HostPageOptions,
): string {
  const snippets = buildEmbedSnippets({
    embedPage: `${servers.child.url}embed.html`,
    view: options.view,
    step: options.step ?? null,
    title: options.title ?? 'Energy aid to Ukraine: the story',
    pymScript: PYM_PATH,
    framesScript: FRAMES_PATH,
  });
  let snippet = snippets[kind];
  if (options.sandbox !== undefined) {
    snippet = snippet.replace(/(sandbox=")[^"]*"/, `$1${options.sandbox}"`);
  }
  if (options.edit) snippet = options.edit(snippet);
  const other = options.withOtherWindow
    ? `<iframe src="${servers.other.url}other-window.html" title="Advertisement" width="300" height="120"></iframe>`
    : '';
  const template = readFileSync(path.join(HOSTS_DIR, 'article.html'), 'utf8');
  const body = template.replace('<!--embed-->', snippet).replace('<!--extra-->', other);
  const pathname = `/host-${kind}-${++served}.html`;
  servers.host.override(pathname, { body, type: 'text/html; charset=utf-8' });
  return servers.host.origin + pathname;
}

/** The story's iframe on the host page and the frame inside it, once the child has started. */
export async function findStoryFrame(
  page: Page,
  servers: EmbedServers,
): Promise<{ iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
  const iframe = (await page.waitForSelector(`iframe[src^="${servers.child.origin}/"]`, {
    state: 'attached',
  })) as ElementHandle<HTMLIFrameElement>;
  await iframe.scrollIntoViewIfNeeded();
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('the story iframe has no frame');
  // A lazy iframe starts as about:blank and loads the story once near the screen.
  await frame.waitForURL((url) => url.origin === servers.child.origin);
  await frame.waitForLoadState('load');
  await frame.waitForFunction(() => document.documentElement.dataset.frame !== undefined);
  return { iframe, frame };
}

/** Serves a host page for `kind`, opens it in `page` and waits for the story's frame to start. */
export async function openHostPage(
  page: Page,
  servers: EmbedServers,
  kind: HostKind,
  options: HostPageOptions,
): Promise<{ url: string; iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
  const url = serveHostPage(servers, kind, options);
  await page.goto(url);
  return { url, ...(await findStoryFrame(page, servers)) };
}

export interface Fit {
  /** The iframe's inner height on the host page. */
  frameHeight: number;
  /** The embedded document's own height (its root element's box). */
  documentHeight: number;
  /** How far the document's content reaches past the frame (0 when nothing is cut off). */
  overflow: number;
}

export async function measureFit(
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
): Promise<Fit> {
  const frameHeight = await iframe.evaluate((el) => el.clientHeight);
  const inside = await frame.evaluate(() => ({
    documentHeight: document.documentElement.getBoundingClientRect().height,
    overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  return { frameHeight, ...inside };
}

/** Waits until the iframe's height equals the embedded document's, within 2 px, with nothing cut off. */
export async function expectFrameFitsDocument(
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  label: string,
): Promise<Fit> {
  let last: Fit | null = null;
  await expect
    .poll(
      async () => {
        last = await measureFit(iframe, frame);
        // The heights ride along so that a failure shows them.
        return {
          ...last,
          heightsMatch: Math.abs(last.frameHeight - last.documentHeight) <= 2,
          nothingCutOff: last.overflow <= 2,
        };
      },
      { timeout: 10_000, interval: 100, message: label },
    )
    .toMatchObject({ heightsMatch: true, nothingCutOff: true });
  if (!last) throw new Error(label);
  return last;
}

/** Where the trigger line sits for the child, as on its own page: lower on narrow layouts. */
export function triggerRatioFor(childWidth: number): number {
  return childWidth < 760 ? 0.75 : 0.5;
}

/**
 * Scrolls the host page so that step `id` has just crossed the reader's
 * trigger line: one read in the frame, one scroll on the host (each
 * cross-process call counts on a slow machine).
 */
export async function scrollHostToStep(
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  id: string,
): Promise<void> {
  const inside = await frame.evaluate((stepId) => {
    const el = document.querySelector(`[data-step-id="${stepId}"]`);
    if (!el) throw new Error(`no step ${stepId}`);
    return { top: el.getBoundingClientRect().top, width: window.innerWidth };
  }, id);
  await iframe.evaluate(
    (el, { stepTop, ratio }) => {
      const frameTop = el.getBoundingClientRect().top + el.clientTop;
      const by = frameTop + stepTop - window.innerHeight * ratio + 40;
      window.scrollBy({ top: by, behavior: 'instant' });
    },
    { stepTop: inside.top, ratio: triggerRatioFor(inside.width) },
  );
}

/**
 * Reads, from the host's side, which step is at the trigger line (the
 * last whose top has passed it), the step the child marks active, and
 * where the map (and, given `titleOf`, that step's title) is in the host's
 * viewport. Two reads: one in the frame, one on the host.
 */
export async function readEmbeddedStory(
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  titleOf: string | null = null,
) {
  const inside = await frame.evaluate((stepId) => {
    const box = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, height: r.height } : null;
    };
    return {
      width: window.innerWidth,
      active: document.documentElement.dataset.activeStep,
      current: [...document.querySelectorAll('[data-step-id][aria-current="step"]')].map((e) =>
        e.getAttribute('data-step-id'),
      ),
      steps: [...document.querySelectorAll<HTMLElement>('.step[data-step-id]')].map((e) => ({
        id: e.dataset.stepId,
        top: e.getBoundingClientRect().top,
      })),
      map: box(document.querySelector('svg.map')),
      title: stepId ? box(document.getElementById(`title-${stepId}`)) : null,
    };
  }, titleOf);
  const host = await iframe.evaluate((el) => ({
    frameTop: el.getBoundingClientRect().top + el.clientTop,
    viewportHeight: window.innerHeight,
  }));
  const trigger = host.viewportHeight * triggerRatioFor(inside.width);
  let atTrigger = inside.steps[0]?.id;
  for (const s of inside.steps) if (host.frameTop + s.top <= trigger) atTrigger = s.id;
  const onHost = (b: { top: number; bottom: number; height: number } | null) =>
    b ? { top: host.frameTop + b.top, bottom: host.frameTop + b.bottom, height: b.height } : null;
  return {
    active: inside.active,
    current: inside.current,
    atTrigger,
    map: onHost(inside.map),
    title: onHost(inside.title),
    viewportHeight: host.viewportHeight,
  };
}

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the host page and, through axe's own frame messaging,
 * inside every frame on it (axe is injected by evaluation into each, so
 * neither origin's CSP blocks it). One line per violation.
 */
export async function runAxeAcrossFrames(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    await frame.evaluate(AXE_SOURCE);
    // axe only talks to frames of its own origin unless told otherwise.
    await frame.evaluate(() =>
      (window as unknown as { axe: { configure: (o: unknown) => void } }).axe.configure({
        allowedOrigins: ['<unsafe_all_origins>'],
      }),
    );
  }
  return page.evaluate(async () => {
    type Rule = { id: string; impact: string; help: string; nodes: { target: unknown }[] };
    type Result = { violations: Rule[]; passes: Rule[] };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } })
      .axe;
    const result = await axe.run(document, { iframes: true });
    // Proof that the frame's content was checked, not skipped.
    const framesChecked = result.passes.some((p) =>
      p.nodes.some((n) => Array.isArray(n.target) && n.target.length > 1),
    );
    if (!framesChecked) return ['axe did not reach into the iframe'];
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
}

/**
 * The host kinds of a newsroom page: the panel's pym snippet, the bare
 * `data-pym-src` markup CMS plugins write (with and without
 * `data-pym-trackscroll`), @newswire/frames, an AMP-style and a
 * Datawrapper-style resizer around a plain iframe (size-listener.js), and
 * the plain fixed-height iframe.
 */
export type NewsroomKind =
  'pym-snippet' | 'pym-bare' | 'pym-bare-trackscroll' | 'frames' | 'amp' | 'datawrapper' | 'plain';

export interface NewsroomOptions {
  view: View;
  /** Loads pym.js this many ms after the host page (pym kinds). */
  pymDelay?: number;
  /** Postpones each resize by this many ms (AMP and Datawrapper kinds), as AMP may. */
  resizeDelay?: number;
  /** A step to open at (a deep link into the embed; views other than the story). */
  step?: string;
  /** The host page's own Content-Security-Policy, as a meta element. */
  csp?: string;
}

/**
 * Serves a newsroom page for `kind` on the host server and returns its URL
 * on `localhost`, another site than the story's `127.0.0.1`: Chromium then
 * runs the story's frame in a process of its own, as for a syndicated
 * graphic on a partner's page.
 */
export function serveNewsroomPage(
  servers: EmbedServers,
  kind: NewsroomKind,
  options: NewsroomOptions,
): string {
  const title = 'Energy aid to Ukraine: the story';
  const step = options.step ?? null;
  const src = buildEmbedUrl(`${servers.child.url}embed.html`, options.view, step, false);
  const pymScript = options.pymDelay
    ? `<script src="load-later.js" data-load="${PYM_PATH}" data-delay="${options.pymDelay}"></script>`
    : `<script src="${PYM_PATH}"></script>`;
  let snippet: string;
  if (kind === 'pym-snippet' || kind === 'frames' || kind === 'plain') {
    snippet = buildEmbedSnippets({
      embedPage: `${servers.child.url}embed.html`,
      view: options.view,
      step,
      title,
      pymScript: PYM_PATH,
      framesScript: FRAMES_PATH,
    })[kind === 'pym-snippet' ? 'pym' : kind];
    if (kind === 'pym-snippet')
      snippet = snippet.replace(/<script src="[^"]*"><\/script>/, pymScript);
  } else if (kind === 'pym-bare' || kind === 'pym-bare-trackscroll') {
    const track = kind === 'pym-bare-trackscroll' ? ' data-pym-trackscroll' : '';
    snippet = `<div id="story" data-pym-src="${src.replaceAll('&', '&amp;')}"${track}></div>\n${pymScript}`;
  } else {
    const delay = options.resizeDelay ? ` data-resize-delay="${options.resizeDelay}"` : '';
    snippet =
      `<iframe src="${src.replaceAll('&', '&amp;')}" title="${title}" width="100%" height="${FIXED_HEIGHTS[options.view]}"` +
      ` frameborder="0" sandbox="${EMBED_SANDBOX}" data-size-listener="${kind}"${delay}></iframe>\n` +
      '<script src="size-listener.js"></script>';
  }
  const template = readFileSync(path.join(HOSTS_DIR, 'article.html'), 'utf8');
  let body = template.replace('<!--embed-->', snippet).replace('<!--extra-->', '');
  if (options.csp) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${options.csp}" />`;
    body = body.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
  }
  const pathname = `/newsroom-${kind}-${++served}.html`;
  servers.host.override(pathname, { body, type: 'text/html; charset=utf-8' });
  return servers.host.origin.replace('127.0.0.1', 'localhost') + pathname;
}

/**
 * Slows the page's CPU `rate` times, and that of every frame that runs in
 * a process of its own (a cross-site iframe), as on a mid-range phone.
 * Call before navigating.
 */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const context = page.context();
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  const throttled = new WeakSet<Frame>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() || throttled.has(frame)) return;
    context
      .newCDPSession(frame)
      .then((child) => {
        throttled.add(frame);
        return child.send('Emulation.setCPUThrottlingRate', { rate });
      })
      // A same-process frame has no session of its own: the page's throttle covers it.
      .catch(() => undefined);
  });
}

/** Records, on the host page, every height the story's frame sends, by protocol. */
export async function recordHeightMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Record<string, number[]> = { pym: [], amp: [], datawrapper: [] };
    (window as unknown as { __storyHeights: typeof seen }).__storyHeights = seen;
    window.addEventListener('message', (event) => {
      const data: unknown = event.data;
      if (typeof data === 'string') {
        const parts = data.split('xPYMx');
        if (parts[0] === 'pym' && parts[2] === 'height') seen.pym!.push(Number(parts[3]));
      } else if (data && typeof data === 'object') {
        const record = data as Record<string, unknown>;
        if (record.sentinel === 'amp' && record.type === 'embed-size')
          seen.amp!.push(Number(record.height));
        const dw = record['datawrapper-height'];
        if (dw && typeof dw === 'object')
          for (const px of Object.values(dw)) seen.datawrapper!.push(Number(px));
      }
    });
  });
}

/** The last height the frame sent in each protocol (pym only when pym gave it an id). */
export async function readLastHeights(page: Page): Promise<Record<string, number | undefined>> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __storyHeights: Record<string, number[]> }).__storyHeights;
    return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.at(-1)]));
  });
}
