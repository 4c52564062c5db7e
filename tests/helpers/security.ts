/**
 * Browser-side probes for the security and robustness tests: CSP violation
 * events, elements or attributes that data text must never create, dialogs,
 * horizontal overflow, layout shifts, and a slow-network profile; and the
 * real data/ the built site in dist/ was made from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { AidEvent, Source, Step } from '../../src/data/schema.ts';
import { watchPage } from './browser.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
    __layoutShifts?: { value: number; hadRecentInput: boolean }[];
  }
}

/** The steps, events and sources of the real data/, as the built site in dist/ shows them. */
export function readRealData(): { steps: Step[]; events: AidEvent[]; sources: Source[] } {
  const read = <T>(file: string): T =>
    JSON.parse(readFileSync(path.resolve('data', file), 'utf8')) as T;
  return {
    steps: read<{ steps: Step[] }>('steps.json').steps,
    events: read<{ events: AidEvent[] }>('events.json').events,
    sources: read<{ sources: Source[] }>('sources.json').sources,
  };
}

/** Runs of white space as one space, trimmed: text compared as a reader sees it. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Records every `securitypolicyviolation` event, in every page and frame of
 * the context (install before the first navigation); read with readViolations.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
}

/** The violations recorded in the page and all its frames. */
export async function readViolations(page: Page): Promise<string[]> {
  const all = await Promise.all(
    page
      .frames()
      .map((frame) => frame.evaluate(() => window.__cspViolations ?? ['(not recording)'])),
  );
  return all.flat();
}

/** Dismisses and records every alert, confirm, prompt or beforeunload dialog. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** A new page of `size` (JavaScript off when asked), not yet navigated, recording dialogs, console errors and requests beyond `origin`. */
export async function openWatchedPage(
  context: BrowserContext,
  origin: string,
  size: { width: number; height: number },
  { javaScript = true } = {},
): Promise<{ page: Page; dialogs: string[]; watch: ReturnType<typeof watchPage> }> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  if (!javaScript) await disableJavaScript(context, page);
  const dialogs = recordDialogs(page);
  const watch = watchPage(page, [origin]);
  return { page, dialogs, watch };
}

/**
 * What data text could have created if it were ever parsed as HTML: the
 * marker attributes of tests/fixtures/hostile-strings.ts, event-handler
 * attributes (the app attaches listeners in code, never as attributes),
 * elements the story never uses, scripts other than its own (the page's, the views script, the shapes, the slim and full data), and SVG
 * or MathML inside the text of steps, notes or the table.
 */
export async function findInjected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
    for (const el of document.querySelectorAll('[data-xss], #xss'))
      found.push(`marker on ${describe(el)}`);
    if (document.body.dataset.xss !== undefined) found.push('body[data-xss] set by a script');
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`${attr} attribute on ${describe(el)}`);
      }
      const href =
        el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('src');
      if (el.tagName !== 'LINK' && href && /^\s*(javascript|data|vbscript):/i.test(href)) {
        found.push(`${href} on ${describe(el)}`);
      }
    }
    const never = 'img, iframe, object, embed, math, base, form, style, meta[http-equiv]';
    for (const el of document.querySelectorAll(never)) found.push(describe(el));
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src') ?? '';
      if (!/^(\.\/)?(assets\/[\w.-]+\.js|geo\/region\.js|data\/story(-full)?\.js)$/.test(src))
        found.push(`script ${src || '(inline)'}`);
    }
    const textAreas = '[data-step-id], #notes, #all-events, header';
    for (const el of document.querySelectorAll(`:is(${textAreas}) :is(svg, math)`)) {
      if (!el.closest('svg.map, svg.timeline')) found.push(`${describe(el)} in text`);
    }
    return found;
  });
}

/** How far the page is wider than its viewport, in CSS pixels (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Sums layout shifts from the very first paint (install before navigation); read with readLayoutShift. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
        window.__layoutShifts?.push({ value: shift.value, hadRecentInput: shift.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Cumulative layout shift so far, not counting shifts right after input (as CLS does). */
export async function readLayoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window.__layoutShifts ?? []).filter((s) => !s.hadRecentInput).reduce((a, s) => a + s.value, 0),
  );
}

/** Chrome DevTools' "Slow 3G" profile: 2 s round trip, 400 kbit/s each way. */
export async function emulateSlow3G(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 2000,
    downloadThroughput: (500 * 1000 * 0.8) / 8,
    uploadThroughput: (500 * 1000 * 0.8) / 8,
  });
}

/**
 * Turns JavaScript off for one page (as DevTools' "Disable JavaScript"
 * does), before it navigates: cheaper than a second browser launched with
 * `javaScriptEnabled: false`. Playwright's own evaluate still works.
 */
export async function disableJavaScript(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
}

/** The normalized text content of each `[data-step-id]` element, by id (the first one of each). */
export async function readStepTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const texts: Record<string, string> = {};
    for (const el of document.querySelectorAll('[data-step-id]')) {
      const id = el.getAttribute('data-step-id') ?? '';
      texts[id] ??= (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return texts;
  });
}
