/**
 * The story page runs islands, not an app: its text is pre-rendered HTML
 * that no script re-renders, the first visit loads only the page's own
 * script and the slim data (not the mounted app, not the full data, not
 * the embed panel's script, which loads as the reader nears it), an
 * event's details load the full data when first opened, and `?step=`
 * opens the story at that step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollToStep, waitForStory } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { openStory, readSteps, startLateIsland, waitForActiveStep } from '../helpers/story.ts';
import { ROWS_PER_GROUP } from '../../src/lib/model/pageRows.ts';

const steps = readSteps();
const site = useSite({ browser: { reducedMotion: 'reduce' } });

describe('the story page', () => {
  const loaded: string[] = [];
  const tab = openStory(site, {
    load: false,
    async onPage(page) {
      page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
      // Counts every change to the text's nodes from the moment the document exists.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __textChanges: string[] }).__textChanges = seen;
        const linkWrites: string[] = [];
        (window as unknown as { __linkWrites: string[] }).__linkWrites = linkWrites;
        let counting = false;
        const observer = new MutationObserver((records) => {
          if (!counting) return;
          for (const r of records) {
            const el = r.target instanceof Element ? r.target : r.target.parentElement;
            if (!el?.closest('.steps, #notes, #all-events, .masthead, .colophon')) continue;
            // The tracker marks the active step; that is the one change it may make.
            if (r.type === 'attributes' && r.attributeName === 'aria-current') continue;
            // Parts laid out after the first paint lose their mark (layOutLater.ts): no text changes.
            if (r.type === 'attributes' && r.attributeName === 'data-lay-out-later') continue;
            // The language links follow the reader's step (followStepInLanguageLinks.ts): counted apart.
            if (
              r.type === 'attributes' &&
              r.attributeName === 'href' &&
              el.matches('a[data-language]')
            ) {
              linkWrites.push(el.getAttribute('hreflang') ?? '');
              continue;
            }
            seen.push(`${r.type} ${el.tagName}.${el.className}`);
          }
        });
        observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        // The parser's own insertions end when the document is parsed, before any script of the page runs.
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          observer.takeRecords();
          counting = true;
        });
      });
    },
  });

  it('starts its islands and re-renders none of its text', async () => {
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    await scrollToStep(tab.page, steps[1]!.id);
    await scrollToStep(tab.page, steps[0]!.id);
    const changes = await tab.page.evaluate(
      () => (window as unknown as { __textChanges: string[] }).__textChanges,
    );
    expect(changes).toEqual([]);
    // Two step changes (to the second step, back to the first): each link written at most
    // twice, not at every scroll change the tracker reports.
    const linkWrites = await tab.page.evaluate(
      () => (window as unknown as { __linkWrites: string[] }).__linkWrites,
    );
    const links = await tab.page.locator('a[data-language]').count();
    expect(links).toBeGreaterThan(0);
    expect(linkWrites.length).toBeLessThanOrEqual(2 * links);
    expect(
      await tab.page.evaluate(
        () =>
          [...document.querySelectorAll('section[data-step-id]')].filter((s) =>
            s.hasAttribute('aria-current'),
          ).length,
      ),
    ).toBe(1);
  });

  it('loaded its own script and the slim data, not the mounted app or the full data', () => {
    expect(loaded).toEqual(expect.arrayContaining(['/data/story.js', '/geo/region.js']));
    expect(loaded.some((p) => /^\/assets\/index-.+\.js$/.test(p))).toBe(true);
    expect(loaded.filter((p) => /views-|story-full/.test(p))).toEqual([]);
    // The embed panel's script waits for the reader to near the page's far end.
    expect(loaded.filter((p) => /late-islands-/.test(p))).toEqual([]);
  });

  const GRAPHIC_SCRIPTS = /\/(geo\/region|data\/story|assets\/index-[^/]+)\.js$/;

  /** A fresh visit, loaded and quiet, that the reader has not touched yet: no script but boot has run. */
  async function openUntouched(prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await site.browser.context.newPage();
    await prepare?.(page);
    await page.goto(site.server.url);
    await page.waitForLoadState('networkidle');
    return page;
  }

  it('on a first visit that does not move, loads no script but the boot script; the first scroll loads the shapes, data and islands, after the first paint', async () => {
    // A page of its own: the performance timeline of one fresh visit.
    const page = await openUntouched();
    // Past the boot script's 3 s fallback for a first paint that never reports.
    await page.waitForTimeout(3500);
    const scriptsBefore = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(scriptsBefore.filter((p) => GRAPHIC_SCRIPTS.test(p))).toEqual([]);
    expect(scriptsBefore.some((p) => /\/assets\/boot-[^/]+\.js$/.test(p))).toBe(true);
    // The reader scrolls: the graphic's code arrives and the story follows the steps.
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
    const timing = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      loaded: performance
        .getEntriesByType('resource')
        .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
    }));
    await page.close();
    const scripts = timing.loaded.filter((e) => GRAPHIC_SCRIPTS.test(e.name));
    expect(scripts).toHaveLength(3);
    for (const script of scripts)
      expect({ ...script, afterFirstPaint: script.start >= timing.firstPaint }).toEqual({
        ...script,
        afterFirstPaint: true,
      });
  });

  // What the browser lays out after the first paint (layOutLater.ts), as each visit sees it.
  async function watchLaterLayout(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const marks = () => document.querySelectorAll('[data-lay-out-later]').length;
      const seen = {
        atParsed: -1,
        rowsWaiting: '',
        removedAt: [] as number[],
        atScroll: [] as [number, number][],
      };
      (window as unknown as { __later: typeof seen }).__later = seen;
      // One time per batch of records: parts removed in one go share it.
      new MutationObserver((records) => {
        const now = performance.now();
        for (const r of records)
          if (r.attributeName === 'data-lay-out-later') seen.removedAt.push(now);
      }).observe(document, { subtree: true, attributeFilter: ['data-lay-out-later'] });
      // Before the boot script's listener and after it (added once it has run).
      let before = -1;
      addEventListener('scroll', () => (before = marks()), { passive: true });
      document.addEventListener('DOMContentLoaded', () => {
        seen.atParsed = marks();
        // A group of rows waiting to be laid out is hidden (rows cannot skip layout, Story.svelte).
        const rows = document.querySelector('#all-events tbody[data-lay-out-later]');
        seen.rowsWaiting = rows ? getComputedStyle(rows).display : 'none found';
        addEventListener('scroll', () => seen.atScroll.push([before, marks()]), { passive: true });
      });
    });
  }
  const laterLayout = (page: Page) =>
    page.evaluate(() => ({
      ...(
        window as unknown as {
          __later: {
            atParsed: number;
            rowsWaiting: string;
            removedAt: number[];
            atScroll: [number, number][];
          };
        }
      ).__later,
      left: document.querySelectorAll('[data-lay-out-later]').length,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));

  it('a first visit lays out the parts below the first step after the first paint, one a frame, with no help from the reader', async () => {
    const page = await openUntouched(watchLaterLayout);
    await page.waitForFunction(() => !document.querySelector('[data-lay-out-later]'));
    const later = await laterLayout(page);
    // The other steps; the notes, the corrections and the table, and in them each note,
    // disagreement and correction and each group of rows: no part is long.
    const parts = await page.evaluate(
      () =>
        document.querySelectorAll('[data-step-id]').length -
        1 +
        3 +
        document.querySelectorAll('#notes h3[id^="note-"] + p, #notes .disagreement').length +
        document.querySelectorAll('#corrections li[id^="correction-"]').length +
        document.querySelectorAll('#all-events tbody').length,
    );
    const rowGroups = await page.$$eval('#all-events tbody', (groups) =>
      groups.map((g) => (g as HTMLTableSectionElement).rows.length),
    );
    await page.close();
    expect(later.atParsed).toBe(parts);
    expect(later.rowsWaiting).toBe('none');
    expect(parts).toBeGreaterThan(steps.length - 1 + 3 + rowGroups.length);
    expect(Math.max(...rowGroups)).toBeLessThanOrEqual(ROWS_PER_GROUP);
    expect(later.removedAt).toHaveLength(later.atParsed);
    expect(later.removedAt.every((t) => t >= later.firstPaint)).toBe(true);
    // Each in a frame of its own.
    expect(new Set(later.removedAt).size).toBe(later.removedAt.length);
  });

  it('a reader who scrolls before they are laid out has the whole page laid out first', async () => {
    const page = await openUntouched(async (p) => {
      await watchLaterLayout(p);
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // At once, before the parts can all have been laid out one a frame.
      await p.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => scrollBy(0, 400)),
      );
    });
    await page.waitForFunction(
      () => (window as unknown as { __later: { atScroll: unknown[] } }).__later.atScroll.length > 0,
    );
    const later = await laterLayout(page);
    await page.close();
    expect(later.atScroll[0]![0]).toBeGreaterThan(0);
    expect(later.atScroll[0]![1]).toBe(0);
  });

  it('a phone reader who jumps far down before then stays where they jumped to', async () => {
    const target = steps[steps.length - 3]!.id;
    const page = await openUntouched(async (p) => {
      await p.setViewportSize({ width: 360, height: 640 });
      // A scroll bar dragged at once: the parts above the target still hold guessed heights.
      await p.addInitScript((id) => {
        document.addEventListener('DOMContentLoaded', () => {
          const step = document.querySelector(`[data-step-id="${id}"]`)!;
          (window as unknown as { __marksAtJump: number }).__marksAtJump =
            document.querySelectorAll('[data-lay-out-later]').length;
          scrollTo({ top: step.getBoundingClientRect().top + scrollY - 100, behavior: 'instant' });
        });
      }, target);
    });
    await page.waitForFunction(() => !document.querySelector('[data-lay-out-later]'));
    await page.waitForTimeout(200);
    const seen = await page.evaluate(
      (id) => ({
        marksAtJump: (window as unknown as { __marksAtJump: number }).__marksAtJump,
        top: Math.round(
          document.querySelector(`[data-step-id="${id}"]`)!.getBoundingClientRect().top,
        ),
      }),
      target,
    );
    await page.close();
    expect(seen.top).toBe(100);
    expect(seen.marksAtJump).toBeGreaterThan(steps.length - 1 + 3);
  });

  it.each([
    ['a reload', ''],
    ['a deep link', `#${steps[4]!.id}`],
  ])('%s lays the whole page out before the browser places the reader', async (name, hash) => {
    const page = await site.browser.context.newPage();
    await watchLaterLayout(page);
    await page.goto(site.server.url + hash);
    if (name === 'a reload') await page.reload();
    await page.waitForLoadState('load');
    const later = await laterLayout(page);
    await page.close();
    expect(later.atParsed).toBe(0);
  });

  it('at 4x CPU, a reader who scrolls straight to the third step gets its map once the scripts have run', async () => {
    const page = await openUntouched(async (p) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    });
    const target = steps[2]!.id;
    // One jump, as a fling on a phone: the only scroll event the boot script sees.
    await scrollToStep(page, target);
    await expect
      .poll(() => page.locator('svg.map').getAttribute('aria-labelledby'))
      .toContain(target);
    await page.close();
  });

  it('a mouse resting on a timeline mark before the scripts have run shows its details once they have', async () => {
    const page = await openUntouched();
    const mark = page.locator('svg.timeline [data-event-id][role="button"]').first();
    const id = await mark.getAttribute('data-event-id');
    // The pointer over the graphic starts the scripts; its mouseenter finds no handler yet.
    await mark.hover();
    await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
    await expect
      .poll(() => page.locator(`svg.timeline [data-event-id="${id}"]`).getAttribute('aria-pressed'))
      .toBe('true');
    await page.close();
  });

  it('a timeline mark pressed before the scripts have run opens its details once they have (the press is held, then replayed)', async () => {
    // A slow connection: the islands' script arrives only after the reader has pressed the
    // key (on a fast one it can run between the focus and the key, and nothing is held).
    let deliver = () => {};
    const keyPressed = new Promise<void>((resolve) => (deliver = resolve));
    const page = await openUntouched((p) =>
      p.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await keyPressed;
        await route.continue();
      }),
    );
    const mark = page.locator('svg.timeline [data-event-id][role="button"]').first();
    const id = await mark.getAttribute('data-event-id');
    // Focus starts the scripts loading; the key arrives before they run.
    await mark.focus();
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => document.documentElement.dataset.activeStep),
      'the scripts had not run yet when the key was pressed',
    ).toBeUndefined();
    deliver();
    const details = page.locator('.details');
    await details.locator('a[href^="http"]').first().waitFor();
    // Opened by the Enter (focus alone shows details but leaves focus on the mark).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('.details .title') ?? false))
      .toBe(true);
    // The details are the pressed mark's: it is the one shown as pressed.
    await expect
      .poll(() => page.locator(`svg.timeline [data-event-id="${id}"]`).getAttribute('aria-pressed'))
      .toBe('true');
    await page.close();
  });

  it('an event’s details load the full data and show the event’s text and sources', async () => {
    const step = steps.find((s) => s.timeline.highlight.length > 0)!;
    await scrollToStep(tab.page, step.id);
    const id = step.timeline.highlight[0]!;
    await tab.page.locator(`svg.timeline [data-event-id="${id}"]`).focus();
    await tab.page.keyboard.press('Enter');
    const details = tab.page.locator('.details');
    await details.locator('a[href^="http"]').first().waitFor();
    expect(loaded).toContain('/data/story-full.js');
    expect((await details.innerText()).length).toBeGreaterThan(80);
    expect(tab.watched.errors).toEqual([]);
  });

  it('nearing the embed panel loads its script, which starts the panel once', async () => {
    const panel = tab.page.locator('[data-island="embed-panel"]');
    expect(await panel.getAttribute('data-island-started')).toBeNull();
    // Until then the page holds no form control: Chrome styles and lays out every one
    // when it has parsed the page, however far down and however hidden (EmbedPanel.svelte).
    const controls = 'input, select, textarea';
    expect(await tab.page.locator(controls).count()).toBe(0);
    expect(await panel.locator('[data-snippet="pym"] pre').textContent()).toContain(
      'embed.html?view=story',
    );
    await startLateIsland(tab.page, 'embed-panel');
    // Started: it knows the page's own address now (the static HTML has a relative one).
    expect(await panel.locator('[data-snippet="pym"] textarea').inputValue()).toContain(
      `${site.server.url}embed.html?view=story`,
    );
    expect(await panel.locator(controls).count()).toBeGreaterThan(4);
    expect(await panel.locator('pre').count()).toBe(0);
    await scrollToStep(tab.page, steps[0]!.id);
    await startLateIsland(tab.page, 'embed-panel');
    expect(loaded.filter((p) => /late-islands-/.test(p))).toHaveLength(1);
    // Its words come in data/story-late.js; the full data is not needed for it.
    expect(loaded.filter((p) => p === '/data/story-late.js')).toHaveLength(1);
    expect(await tab.page.locator('#embed').count()).toBe(1);
    expect(tab.watched.errors).toEqual([]);
  });
});

describe('the story page at ?step=', () => {
  const tab = openStory(site, { load: false });

  it.each([steps[2]!.id, steps[steps.length - 1]!.id])(
    '?step=%s opens the story at that step',
    async (id) => {
      await tab.page.goto(`${site.server.url}?step=${id}`);
      // No input: a deep link starts the scripts at once (startsBeforeReaderActs.ts).
      await waitForActiveStep(tab.page, id);
      expect(tab.watched.errors).toEqual([]);
    },
  );
});
