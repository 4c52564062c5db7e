/**
 * Hostile text in every text field of a copy of data/ (each field packed
 * with as many of the corpus strings as fit, all the ones the validator
 * lets through), built like the real site and served without any CSP, so
 * an injection would really run. In Chromium, at 320 px and on a desktop,
 * with JavaScript on and off, through every step and every embed view: no
 * dialog, no injected element or attribute, no request beyond the site, no
 * console error, no horizontal overflow, and the text shown as typed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkString } from '../../src/data/checkText.ts';
import { markupToPlainText } from '../../src/lib/format/markup.ts';
import { markupToShownText } from '../../src/lib/format/markupToShownText.ts';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.ts';
import { scrollToStep, waitForStory, type watchPage } from '../helpers/browser.ts';
import { requireDist, useBuildWithData } from '../helpers/buildCopy.ts';
import {
  findInjected,
  horizontalOverflow,
  normalizeSpace,
  openWatchedPage,
  readStepTexts,
} from '../helpers/security.ts';
import { useSite } from '../helpers/site.ts';
import { listTextFields, setAt } from '../helpers/textFields.ts';

/** The corpus strings that are warnings at most: the ones that can reach a reader. */
const ALLOWED = HOSTILE_STRINGS.filter((h) =>
  checkString(h.text, 'text').every((f) => f.severity === 'warning'),
).map((h) => h.text);

/** As many allowed strings as fit in `max` characters, starting at `start`, one per line. */
function pack(start: number, max: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; k < ALLOWED.length; k++) {
    const text = ALLOWED[(start + k) % ALLOWED.length]!;
    const size = [...text].length + (parts.length ? 1 : 0);
    if (length + size > max) continue;
    parts.push(text);
    length += size;
  }
  return parts.join('\n');
}

interface Step {
  id: string;
  title: string;
  text: string;
}

let steps: Step[] = [];
let headline = '';
let standfirst = '';
/** For each allowed string, the kinds of field it was put in ("events.json:events[].title"). */
const placedIn = new Map<string, Set<string>>();

const build = useBuildWithData((files) => {
  // One correction, so that its texts (and the "Corrected on" links) carry hostile strings too.
  files['corrections.json'].corrections.push({
    id: 'hostile-test',
    date: files['story.json'].lastUpdated,
    wrong: 'x',
    now: 'x',
    records: {
      steps: [files['steps.json'].steps[0]!.id],
      events: [files['events.json'].events[0]!.id],
    },
  });
  listTextFields(files).forEach((field, i) => {
    // A different starting string for each field, so every string lands in many kinds of field.
    const value = pack(i * 7, Math.min(field.maxLength, 1500));
    setAt(files[field.file], field.path, value);
    const kind = `${field.file}:${field.path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.')}`;
    for (const hostile of ALLOWED.filter((h) => value.includes(h))) {
      placedIn.set(hostile, (placedIn.get(hostile) ?? new Set()).add(kind));
    }
  });
  steps = files['steps.json'].steps.map(({ id, title, text }) => ({ id, title, text }));
  headline = files['story.json'].headline;
  standfirst = files['story.json'].standfirst;
});
const site = useSite({ root: () => requireDist(build) });

/** Everything a hostile string could have done to the page, empty when nothing happened. */
async function expectInert(page: Page, dialogs: string[], watch: ReturnType<typeof watchPage>) {
  expect(dialogs).toEqual([]);
  expect(await findInjected(page)).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

/** Each step shows its hostile title and text as the literal characters typed. */
async function expectTextShownAsTyped(page: Page) {
  const texts = await readStepTexts(page);
  for (const step of steps) {
    const shown = texts[step.id] ?? '';
    const title = [normalizeSpace(step.title), normalizeSpace(markupToPlainText(step.title))];
    expect(
      title.some((t) => shown.includes(t)),
      `title of ${step.id}`,
    ).toBe(true);
    // Outside links show their host after them (issue 17).
    expect(shown, `text of ${step.id}`).toContain(normalizeSpace(markupToShownText(step.text)));
  }
  expect(normalizeSpace(await page.title())).toBe(normalizeSpace(markupToPlainText(headline)));
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(normalizeSpace(description ?? '')).toBe(normalizeSpace(markupToPlainText(standfirst)));
}

it('the copy of data/ carries the hostile strings in every text field, with warnings only', () => {
  expect(ALLOWED.length).toBeGreaterThanOrEqual(40);
  expect(ALLOWED).toEqual(expect.arrayContaining([expect.stringContaining('<script>')]));
  expect(build.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(build.problems.some((p) => p.code === 'html-tag')).toBe(true);
  for (const hostile of ALLOWED) {
    expect(placedIn.get(hostile)?.size ?? 0, hostile).toBeGreaterThanOrEqual(3);
  }
});

describe.each([
  { name: 'phone', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
])('the story on a $name ($width px)', ({ width, height }) => {
  it('scrolling through every step and opening every timeline mark runs nothing and breaks no layout', async () => {
    const { page, dialogs, watch } = await openWatchedPage(
      site.browser.context,
      site.server.origin,
      { width, height },
    );
    await page.goto(site.server.url);
    await waitForStory(page);
    await expectInert(page, dialogs, watch);
    // Every step on a phone, where space is short; the last one on a desktop.
    for (const step of width < 760 ? steps : steps.slice(-1)) {
      await scrollToStep(page, step.id);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    }
    for (const mark of await page.locator('[data-event-id]').all()) await mark.focus();
    await expectTextShownAsTyped(page);
    await expectInert(page, dialogs, watch);
    await page.close();
  });
});

it('every embed view at 320 px, stepping through every step, and the debug view run nothing and fit', async () => {
  const { page, dialogs, watch } = await openWatchedPage(site.browser.context, site.server.origin, {
    width: 320,
    height: 640,
  });
  await page.goto(`${site.server.url}embed.html?view=stepper`);
  const next = page.getByRole('button', { name: /^next/i });
  for (const step of steps.slice(1)) {
    await next.click();
    await page.locator(`[data-step-id="${step.id}"]`).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  }
  for (const mark of await page.locator('[data-event-id]').all()) await mark.focus();
  await expectInert(page, dialogs, watch);
  const last = steps[steps.length - 1]!;
  for (const view of ['card', 'map', 'timeline']) {
    await page.goto(`${site.server.url}embed.html?view=${view}&step=${last.id}`);
    // The mounted view, not the pre-rendered story it replaces after the first paint.
    await page.locator(`main[data-view="${view}"] [data-step-id="${last.id}"]`).waitFor();
    await expectInert(page, dialogs, watch);
  }
  // The debug view lists the data warnings, which quote the hostile text.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site.server.url}?debug`);
  await waitForStory(page);
  await expectInert(page, dialogs, watch);
  await page.close();
});

it('with JavaScript off, the pre-rendered page at 320 px shows the text as typed and nothing else', async () => {
  const { page, dialogs, watch } = await openWatchedPage(
    site.browser.context,
    site.server.origin,
    { width: 320, height: 640 },
    { javaScript: false },
  );
  await page.goto(site.server.url);
  expect(await page.evaluate(() => window.__storyRegionGeo)).toBeUndefined();
  expect(await page.locator('svg.map path').count()).toBeGreaterThan(0);
  await expectTextShownAsTyped(page);
  await expectInert(page, dialogs, watch);
  await page.close();
});
