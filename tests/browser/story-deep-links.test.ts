/**
 * Arriving in the middle of the story: a deep link `#step-id`, a jump from
 * the step list, and a reload mid-page must each show the right step with
 * its map and timeline, the step's text on screen, and nothing from an
 * earlier step left behind. Motion is reduced: where the page lands is the
 * subject here; how it scrolls there is story-reduced-motion's.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollToStep, waitForStory } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { ROWS_PER_GROUP } from '../../src/lib/model/pageRows.ts';
import {
  VIEWPORTS,
  expectStepShown,
  jumpBy,
  openStory,
  readSteps,
  stepAtTriggerLine,
  waitForActiveStep,
  waitForGraphicToSettle,
  waitForScrollToSettle,
} from '../helpers/story.ts';

const steps = readSteps();

const site = useSite({ browser: { reducedMotion: 'reduce' } });

let visits = 0;
/**
 * The story's address with `hash`, as a new document: `/` and `/index.html`
 * (the same page) alternate, so that the browser loads the page instead of
 * only moving to a fragment of the one it shows, without a detour through
 * about:blank.
 */
function freshUrl(hash: string): string {
  visits += 1;
  return `${site.server.url}${visits % 2 ? 'index.html' : ''}${hash}`;
}

/** The step's heading is inside the viewport and not hidden under the sticky graphic. */
async function expectTitleReadable(page: Page, id: string) {
  const hit = await page.evaluate((stepId) => {
    const title = document.getElementById(`title-${stepId}`);
    if (!title) return 'no title';
    const r = title.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight)
      return `title off screen (${r.top}–${r.bottom})`;
    const under = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
    return under && title.contains(under)
      ? 'readable'
      : `covered by ${under?.outerHTML.slice(0, 80)}`;
  }, id);
  expect(hit, id).toBe('readable');
}

describe.each(VIEWPORTS)('on a $name ($width px)', ({ width, height }) => {
  const tab = openStory(site, { viewport: { width, height }, load: false });

  it.each(steps.map((s) => [s.id]))(
    'a deep link to #%s opens the story at that step, with its map and timeline and its text on screen',
    async (id) => {
      await tab.page.goto(freshUrl(`#${id}`));
      await waitForStory(tab.page);
      await waitForActiveStep(tab.page, id);
      await expectStepShown(tab.page, id);
      await expectTitleReadable(tab.page, id);
    },
  );

  it.each(['#%E0%A4%A', '#%', '#no-such-step'])(
    'a fragment that names no step (%s) opens the story at its first step, without an error',
    async (hash) => {
      const errorsBefore = tab.watched.errors.length;
      await tab.page.goto(freshUrl(hash));
      await waitForStory(tab.page);
      await waitForActiveStep(tab.page, steps[0]!.id);
      await expectStepShown(tab.page, steps[0]!.id);
      expect(tab.watched.errors.slice(errorsBefore)).toEqual([]);
    },
  );

  it('the step list jumps to the step a reader picks, and to the notes', async () => {
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    const target = steps[steps.length - 2]!;
    await tab.page.locator('.step-list summary').click();
    await tab.page.locator(`.step-list a[href="#${target.id}"]`).click();
    await waitForActiveStep(tab.page, target.id);
    await expectStepShown(tab.page, target.id);
    await expectTitleReadable(tab.page, target.id);
    await tab.page.locator('.step-list summary').scrollIntoViewIfNeeded();
    await tab.page.locator('.step-list a[href="#notes"]').click();
    await waitForScrollToSettle(tab.page);
    const notes = await tab.page.evaluate(() => {
      const r = document.getElementById('notes')?.getBoundingClientRect();
      return { hash: location.hash, top: r ? Math.round(r.top) : null };
    });
    // The notes' heading is at the top of the screen (in its upper half).
    expect(notes.hash).toBe('#notes');
    expect(notes.top).not.toBeNull();
    expect(notes.top!).toBeGreaterThanOrEqual(-1);
    expect(notes.top!).toBeLessThan(height / 2);
  });

  it('going back in history after a jump returns to the step the reader came from', async () => {
    const from = steps[1]!;
    const to = steps[steps.length - 1]!;
    await tab.page.goto(`${site.server.url}#${from.id}`);
    await waitForStory(tab.page);
    await waitForActiveStep(tab.page, from.id);
    await tab.page.evaluate((id) => (location.hash = id), to.id);
    await waitForActiveStep(tab.page, to.id);
    await tab.page.goBack();
    await waitForActiveStep(tab.page, from.id);
    await expectStepShown(tab.page, from.id);
  });

  it.each([
    ['at a step', 0],
    ['part-way through a step', 0.3],
  ])(
    'a reload in the middle of the page (%s) activates the step at the trigger line',
    async (_, extra) => {
      await tab.page.goto(site.server.url);
      await waitForStory(tab.page);
      const middle = steps[Math.floor(steps.length / 2)]!;
      await scrollToStep(tab.page, middle.id);
      await jumpBy(tab.page, height * extra);
      await waitForGraphicToSettle(tab.page);
      const before = await tab.page.evaluate(() => window.scrollY);
      await tab.page.reload();
      await waitForStory(tab.page);
      // The browser restores the reading position after the reload.
      await tab.page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, before);
      await waitForGraphicToSettle(tab.page);
      const at = await stepAtTriggerLine(tab.page);
      expect(at).toBeDefined();
      await expectStepShown(tab.page, at!);
    },
  );

  // The table's rows come in groups (EventTable.svelte): its twelfth row.
  const twelfthRow = `#all-events tbody:nth-of-type(${Math.floor(11 / ROWS_PER_GROUP) + 1}) > tr:nth-child(${(11 % ROWS_PER_GROUP) + 1})`;
  // Below the steps: the table (in the flow) and the embed panel (laid out
  // only as the reader nears it, with a guessed height until then, Story.svelte).
  it.each([
    ['a row of the table of all events', twelfthRow],
    ['the last snippet of the embed panel', '#snippet-plain'],
  ])('a reload with %s on screen brings the reader back to it', async (_, selector) => {
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    // Where the target is, read before scrolling to it: only once the page is laid out
    // (layOutLater.ts). Until then a group of the table's rows has no box at all, and a
    // reader who scrolls has the page laid out first anyway.
    await tab.page.waitForFunction(() => !document.querySelector('[data-lay-out-later]'));
    const topOf = (sel: string) =>
      tab.page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().top ?? null, sel);
    await tab.page.evaluate((s) => {
      const target = document.querySelector(s)!;
      window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - innerHeight / 3);
    }, selector);
    await waitForScrollToSettle(tab.page);
    const before = await topOf(selector);
    expect(before).not.toBeNull();
    await tab.page.reload();
    await waitForStory(tab.page);
    await waitForScrollToSettle(tab.page);
    // Where the element sits once the page has settled: a restore that landed
    // elsewhere (a guessed height above it, a page still too short) shows here.
    await tab.page
      .waitForFunction(
        ([s, y]) =>
          Math.abs((document.querySelector(s)?.getBoundingClientRect().top ?? 1e9) - y) < 2,
        [selector, before!] as const,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    expect(Math.round((await topOf(selector))!)).toBeCloseTo(Math.round(before!), -1);
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});

// Its own page: the tests above expect each visit to load a new document (freshUrl).
describe('a step’s share page', () => {
  const tab = openStory(site, { load: false });

  it('s/<step-id>.html opens the story at that step', async () => {
    const step = steps[Math.floor(steps.length / 2)]!;
    const errorsBefore = tab.watched.errors.length;
    await tab.page.goto(`${site.server.url}s/${step.id}.html`);
    await tab.page.waitForURL((url) => url.pathname.endsWith('/index.html'));
    expect(new URL(tab.page.url()).hash).toBe(`#${step.id}`);
    await waitForStory(tab.page);
    await waitForActiveStep(tab.page, step.id);
    await expectStepShown(tab.page, step.id);
    await expectTitleReadable(tab.page, step.id);
    expect(tab.watched.errors.slice(errorsBefore)).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});
