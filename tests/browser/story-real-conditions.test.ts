/**
 * The story under conditions readers have and the other files do not
 * simulate: a real phone (touch, a mobile viewport, an address bar that
 * changes the height), a reader in another time zone, and a browser that
 * will not copy to the clipboard.
 */
import { describe, expect, it } from 'vitest';
import { scrollToStep } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import {
  expectStepShown,
  openStory,
  readDrawing,
  readSteps,
  startLateIsland,
  stepAtTriggerLine,
  waitForGraphicToSettle,
  waitForScrollToSettle,
} from '../helpers/story.ts';

const steps = readSteps();

describe('on a phone (touch, mobile viewport)', () => {
  const site = useSite({
    browser: {
      reducedMotion: 'reduce',
      viewport: { width: 390, height: 664 },
      screen: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
  });
  const tab = openStory(site);

  it('is a touch device with a mobile viewport, as a phone is', async () => {
    expect(
      await tab.page.evaluate(() => ({
        touch: matchMedia('(pointer: coarse)').matches,
        points: navigator.maxTouchPoints > 0,
        width: window.innerWidth,
      })),
    ).toEqual({ touch: true, points: true, width: 390 });
  });

  it('a tap on a timeline mark opens that event’s details', async () => {
    const step = steps.find((s) => s.timeline.highlight.length > 0)!;
    await scrollToStep(tab.page, step.id);
    await waitForGraphicToSettle(tab.page);
    const id = step.timeline.highlight[0]!;
    const mark = tab.page.locator(`[data-event-id="${id}"]`);
    await mark.tap();
    await expect.poll(() => mark.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    const title = await tab.page.locator('.details .title').textContent();
    // The details name the tapped event: its title is in that event's own table row.
    expect(title?.trim()).toBeTruthy();
    expect(await tab.page.locator(`[id="event-${id}"]`).textContent()).toContain(title!.trim());
  });

  it('a height-only resize (the address bar hiding) leaves the reading position alone', async () => {
    const step = steps[Math.floor(steps.length / 2)]!;
    await scrollToStep(tab.page, step.id);
    await waitForGraphicToSettle(tab.page);
    // Part-way into the step, so a re-anchoring scroll would have something to move.
    await tab.page.evaluate(() => window.scrollBy({ top: 60, behavior: 'instant' }));
    await waitForGraphicToSettle(tab.page);
    const before = await tab.page.evaluate(() => window.scrollY);
    for (const height of [720, 664, 600]) {
      await tab.page.setViewportSize({ width: 390, height });
      await tab.page.waitForFunction((h) => window.innerHeight === h, height);
      // Two frames: the tracker measures in the frame after the resize event.
      await tab.page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      await waitForScrollToSettle(tab.page);
      expect({ height, scrollY: await tab.page.evaluate(() => window.scrollY) }).toEqual({
        height,
        scrollY: before,
      });
      await waitForGraphicToSettle(tab.page);
      const at = await stepAtTriggerLine(tab.page);
      await expectStepShown(tab.page, at!);
    }
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});

describe('in time zones far from UTC', () => {
  const site = useSite({ browser: { reducedMotion: 'reduce' } });

  /** What a reader sees of every date at one step: axis, marks, step text, table and details. */
  async function readDatesAt(timezoneId: string, stepId: string) {
    const context = await site.browser.newContext({
      timezoneId,
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}#${stepId}`);
      await page.waitForFunction(
        (id) => document.documentElement.dataset.activeStep === id,
        stepId,
      );
      await waitForGraphicToSettle(page);
      const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      const step = steps.find((s) => s.id === stepId)!;
      const first = step.timeline.highlight[0];
      if (first) await page.locator(`[data-event-id="${first}"]`).focus();
      if (first) await page.locator('.details .when').waitFor();
      const text = await page.evaluate(() => ({
        timeline: document.querySelector('figure:has(svg.timeline)')?.textContent ?? '',
        table: [...document.querySelectorAll('#all-events tbody tr')].map((r) => r.textContent),
        step: document.querySelector('[aria-current="step"]')?.textContent ?? '',
      }));
      return { zone, text, drawing: await readDrawing(page) };
    } finally {
      await context.close();
    }
  }

  // The first step, and the first two that open an event's details (with its date).
  const sample = [
    ...new Set([steps[0]!, ...steps.filter((s) => s.timeline.highlight.length > 0).slice(0, 2)]),
  ];

  it.each(sample.map((s) => [s.id]))(
    'at step %s, Honolulu (UTC−10) and Kiritimati (UTC+14) see the same dates and drawing as UTC',
    async (id) => {
      const utc = await readDatesAt('UTC', id);
      expect(utc.zone).toBe('UTC');
      expect(utc.text.table.length).toBeGreaterThan(0);
      for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
        const there = await readDatesAt(zone, id);
        expect(there.zone).toBe(zone);
        expect({ zone, ...there.text }).toEqual({ zone, ...utc.text });
        expect(there.drawing).toEqual(utc.drawing);
      }
    },
  );
});

describe('when the browser will not write to the clipboard', () => {
  const site = useSite({ browser: { reducedMotion: 'reduce' } });
  const tab = openStory(site, {
    // No Clipboard API, as outside a secure context: the panel must fall back.
    onPage: (page) =>
      page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      }),
  });

  it('Copy selects the whole snippet, keeps focus on it, and asks the reader to press Ctrl+C', async () => {
    await startLateIsland(tab.page, 'embed-panel');
    const snippet = tab.page.locator('#embed [data-snippet="plain"]');
    await snippet.getByRole('button', { name: 'Copy' }).click();
    const status = tab.page.locator('#embed [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/press Ctrl\+C/);
    const selection = await snippet.locator('textarea').evaluate((area: HTMLTextAreaElement) => ({
      focused: document.activeElement === area,
      start: area.selectionStart,
      end: area.selectionEnd,
      length: area.value.length,
    }));
    expect(selection.length).toBeGreaterThan(0);
    expect(selection).toEqual({
      focused: true,
      start: 0,
      end: selection.length,
      length: selection.length,
    });
    // Ctrl+C copies what is selected: the snippet, as a reader would paste it.
    expect(await tab.page.evaluate(() => getSelection()?.toString() ?? '')).toBe(
      await snippet.locator('textarea').inputValue(),
    );
  });
});
