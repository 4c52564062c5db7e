/**
 * The whole story on a newsroom page of another site (host on
 * `localhost`, story on `127.0.0.1`): Chromium runs the story's frame in a
 * process of its own, whose viewport follows the host's resizes late. With
 * the CPU slowed 4x in both processes, for each host kind the reader scrolls
 * the host down to a step and up to another at 320, 768 and 1280 px (one
 * page, resized): the step at the trigger line is active, the map is inside
 * the host's viewport, the step's title is on screen, and the iframe is as
 * tall as the drawn document, the same height in every protocol.
 *
 * Every step in turn is scrolled to once here (the host with its own CSP),
 * and at every step on a phone and a desktop by embed-scrolling (same-site)
 * and story-scrolling: what differs between host kinds is how the frame
 * learns the host's size and scroll, which each width tests both ways.
 */
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { readSteps } from '../helpers/story.ts';
import {
  findStoryFrame,
  measureFit,
  readLastHeights,
  recordHeightMessages,
  serveNewsroomPage,
  throttleCpu,
  readEmbeddedStory,
  scrollHostToStep,
  useEmbedSite,
  type NewsroomKind,
  type NewsroomOptions,
} from '../helpers/embedHosts.ts';

const steps = readSteps();
const site = useEmbedSite();
const WIDTHS = [320, 768, 1280] as const;
const HOST_HEIGHT = 760;
const middle = steps[Math.floor(steps.length / 2)]!;
const [first, second] = steps;
const last = steps.at(-1)!;
// Fewer steps would make a route stand still (its two steps the same).
if (steps.length < 4 || !first || !second) throw new Error('these routes need four steps or more');
/**
 * The steps the host is scrolled to at each width: one down the page and one
 * up it (at 768 px, up first, right after the resize), so every width is
 * tested in both directions, and the first and last steps at two widths.
 */
const ROUTES = {
  320: [last, second],
  768: [first, middle],
  1280: [last, first],
};

async function openNewsroom(kind: NewsroomKind, width: number, options: NewsroomOptions) {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width, height: HOST_HEIGHT });
  await throttleCpu(page, 4);
  await recordHeightMessages(page);
  // Blocked loads and scripts, on either side of the frame.
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(serveNewsroomPage(site.servers, kind, options));
  const { iframe, frame } = await findStoryFrame(page, site.servers);
  return { page, iframe, frame, cspViolations };
}

/** The frame is as tall as its document, nothing overflows it, and every protocol last reported that height. */
async function expectHeightReported(
  page: Page,
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  label: string,
) {
  await expect
    .poll(
      async () => {
        const fit = await measureFit(iframe, frame);
        const sent = await readLastHeights(page);
        return {
          ...fit,
          sent,
          heightsMatch: Math.abs(fit.frameHeight - fit.documentHeight) <= 2,
          nothingCutOff: fit.overflow <= 2,
          // At least one protocol spoke, and every one that did sent the drawn height.
          sentWhatIsDrawn:
            Object.values(sent).some((h) => h !== undefined) &&
            Object.values(sent).every(
              (h) => h === undefined || Math.abs(h - fit.documentHeight) <= 2,
            ),
        };
      },
      { timeout: 15_000, interval: 150, message: label },
    )
    .toMatchObject({ heightsMatch: true, nothingCutOff: true, sentWhatIsDrawn: true });
}

/** What the reader sees of the story at step `id`, from the host's side. */
async function readStepOnHost(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, id: string) {
  const seen = await readEmbeddedStory(iframe, frame, id);
  const onScreen = (b: { top: number; bottom: number } | null) =>
    !!b && b.top >= -1 && b.bottom <= seen.viewportHeight + 1;
  return {
    active: seen.active,
    atTrigger: seen.atTrigger,
    mapInHostViewport: !!seen.map && seen.map.height > 100 && onScreen(seen.map),
    titleOnScreen: onScreen(seen.title),
  };
}

/** Scrolls the host to each step of `route` in turn: each is active, with the map and the step's title on the host's screen. */
async function expectStepsFollow(
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  label: string,
  route: readonly (typeof steps)[number][],
) {
  for (const step of route) {
    await scrollHostToStep(iframe, frame, step.id);
    await expect
      .poll(() => readStepOnHost(iframe, frame, step.id), {
        timeout: 15_000,
        message: `${label}, step ${step.id}`,
      })
      .toEqual({
        active: step.id,
        atTrigger: step.id,
        mapInHostViewport: true,
        titleOnScreen: true,
      });
  }
}

describe('the story grows into its frame however late the host grows it', () => {
  it('an AMP-style host that postpones the resize 3.5 s: the story follows the host down and up, no blank rectangle', async () => {
    const { page, iframe, frame } = await openNewsroom('amp', 1280, {
      view: 'story',
      resizeDelay: 3500,
    });
    // Shorter than the story for 2.5 s, the frame gets the stepper; grown, the story comes back.
    await frame.waitForFunction(() => document.documentElement.dataset.frame === 'fixed');
    await frame.waitForFunction(
      () => document.documentElement.dataset.frame === 'host-scroll',
      null,
      {
        timeout: 15_000,
      },
    );
    await expectHeightReported(page, iframe, frame, 'postponed resize');
    await expectStepsFollow(iframe, frame, 'postponed resize', ROUTES[1280]);
    await page.close();
  });
});

describe('hosts that constrain the story', () => {
  it('a host that never grows the frame: after 2.5 s the stepper fills it, map inside the frame', async () => {
    const { page, iframe, frame } = await openNewsroom('amp', 375, {
      view: 'story',
      resizeDelay: 600_000,
    });
    await frame.waitForFunction(() => document.documentElement.dataset.frame === 'fixed');
    const seen = await frame.evaluate(() => {
      const map = document.querySelector('svg.map')?.getBoundingClientRect();
      return {
        frameHeight: window.innerHeight,
        documentHeight: document.documentElement.getBoundingClientRect().height,
        map: map ? { top: map.top, bottom: map.bottom, height: map.height } : null,
        next: !!document.querySelector('.stepper button'),
      };
    });
    expect(seen.frameHeight).toBe(await iframe.evaluate((el) => el.clientHeight));
    expect(Math.abs(seen.documentHeight - seen.frameHeight)).toBeLessThanOrEqual(2);
    expect(seen.next).toBe(true);
    expect(seen.map?.top).toBeGreaterThanOrEqual(0);
    expect(seen.map?.bottom).toBeLessThanOrEqual(seen.frameHeight);
    expect(seen.map?.height).toBeGreaterThanOrEqual(seen.frameHeight / 4);
    await page.close();
  });

  it('a deep link into the embed (the plain snippet at a step) opens that step, and steps on from it', async () => {
    const middle = steps[Math.floor(steps.length / 2)]!;
    const { page, frame } = await openNewsroom('plain', 768, { view: 'stepper', step: middle.id });
    const current = () =>
      frame.locator('[data-step-id][aria-current="step"]').getAttribute('data-step-id');
    await expect.poll(current).toBe(middle.id);
    expect(await frame.locator(`#title-${middle.id}`).isVisible()).toBe(true);
    await frame.getByRole('button', { name: /next/i }).click();
    await expect.poll(current).toBe(steps[steps.indexOf(middle) + 1]!.id);
    await page.close();
  });

  it('a host page with its own strict CSP (frames only from the story, scripts only its own): the pym story follows the host through every step', async () => {
    const csp = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src ${site.servers.child.origin}; object-src 'none'; base-uri 'self'`;
    const { page, iframe, frame, cspViolations } = await openNewsroom('pym-snippet', 1280, {
      view: 'story',
      csp,
    });
    await frame.waitForFunction(() => document.documentElement.dataset.frame === 'host-scroll');
    await expectHeightReported(page, iframe, frame, 'host with its own CSP');
    await expectStepsFollow(iframe, frame, 'host with its own CSP', steps);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});

const KINDS: [NewsroomKind, NewsroomOptions][] = [
  // pym.js loaded late, 2 s and 6 s after the host page (pym.js on time: the CSP host above).
  ['pym-snippet', { view: 'story', pymDelay: 6000 }],
  ['pym-bare', { view: 'story', pymDelay: 2000 }],
  ['pym-bare-trackscroll', { view: 'story', pymDelay: 6000 }],
  ['frames', { view: 'story' }],
  ['amp', { view: 'story' }],
  ['datawrapper', { view: 'story' }],
];

describe.each(KINDS)('%s host on another site, 4x slower CPU (%j)', (kind, options) => {
  it('at 320 → 768 → 1280 px: a step down and a step up follow the host, the frame fits what is drawn', async () => {
    const { page, iframe, frame } = await openNewsroom(kind, WIDTHS[0], options);
    for (const width of WIDTHS) {
      if (width !== WIDTHS[0]) {
        await page.setViewportSize({ width, height: HOST_HEIGHT });
        await frame.waitForFunction((w) => window.innerWidth > w, width - 200);
      }
      const label = `${kind} ${width}px`;
      await frame.waitForFunction(() => document.documentElement.dataset.frame === 'host-scroll');
      await expectHeightReported(page, iframe, frame, `${label} after load or resize`);
      await expectStepsFollow(iframe, frame, label, ROUTES[width]);
      await expectHeightReported(page, iframe, frame, `${label} after the steps`);
    }
    await page.close();
  });
});
