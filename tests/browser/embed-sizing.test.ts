/**
 * The iframe is exactly as tall as the document inside it, on host pages
 * of another origin running the real pym.js (data-pym-src auto-init) and
 * @newswire/frames (autoInitFrames), and for the plain iframe of fixed
 * height, where the view fills the frame instead. Checked at 320, 768 and
 * 1280 px host widths, again after a step change, and again after the host
 * page is resized.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_HEIGHTS } from '../../src/lib/embedSnippets.ts';
import type { View } from '../../src/lib/readEmbedParams.ts';
import { readSteps } from '../helpers/story.ts';
import {
  expectFrameFitsDocument,
  openHostPage,
  scrollHostToStep,
  useEmbedSite,
  type HostKind,
} from '../helpers/embedHosts.ts';

const steps = readSteps();
const WIDTHS = [320, 768, 1280] as const;
/** Each width is resized to the next, so every resize changes the layout. */
const RESIZED: Record<(typeof WIDTHS)[number], number> = { 320: 768, 768: 1280, 1280: 320 };

const site = useEmbedSite();

/** A new page `width` px wide (800 high) on the host page for `kind`, with the story's frame started. */
async function openHostAt(kind: HostKind, width: number, view: View) {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  return { page, ...(await openHostPage(page, site.servers, kind, { view })) };
}

describe.each(['pym', 'frames', 'plain'] as const)('%s host', (kind) => {
  it.each(WIDTHS)(
    'the stepper at %i px: the frame fits its document, after a step change and after a host resize',
    async (width) => {
      const { page, iframe, frame } = await openHostAt(kind, width, 'stepper');
      await frame.waitForSelector('[data-step-id][aria-current="step"]');
      expect(await frame.evaluate(() => document.documentElement.dataset.frame)).toBe(
        kind === 'plain' ? 'fixed' : 'auto',
      );
      const first = await expectFrameFitsDocument(iframe, frame, `${kind} ${width}px`);

      // Steps have texts of different lengths: step on until one changes the
      // document's height, so the frame is seen to follow a change.
      const next = frame.getByRole('button', { name: /next/i });
      let changed: Awaited<ReturnType<typeof expectFrameFitsDocument>> | null = null;
      const fixedHeights: number[] = [first.frameHeight];
      for (const step of steps.slice(1)) {
        await next.click();
        await frame.waitForFunction(
          (id) =>
            document.querySelector('[aria-current="step"]')?.getAttribute('data-step-id') === id,
          step.id,
        );
        const fit = await expectFrameFitsDocument(
          iframe,
          frame,
          `${kind} ${width}px at step ${step.id}`,
        );
        fixedHeights.push(fit.frameHeight);
        if (kind !== 'plain' && Math.abs(fit.documentHeight - first.documentHeight) > 2) {
          changed = fit;
          break;
        }
      }
      // An auto-sized frame grows and shrinks with its document; a fixed one keeps its height.
      // A fixed frame is walked through every step: each time it keeps the
      // snippet's height, and the view (which fits it, above) fills it.
      if (kind === 'plain') expect(fixedHeights).toEqual(steps.map(() => FIXED_HEIGHTS.stepper));
      else expect(changed, `${kind} ${width}px: no step changed the height`).not.toBeNull();

      await page.setViewportSize({ width: RESIZED[width], height: 800 });
      await frame.waitForFunction((w) => Math.abs(window.innerWidth - w) > 40, width - 24);
      const resized = await expectFrameFitsDocument(
        iframe,
        frame,
        `${kind} resized to ${RESIZED[width]}px`,
      );
      if (kind === 'plain') expect(resized.frameHeight).toBe(FIXED_HEIGHTS.stepper);
      await page.close();
    },
  );
});

describe.each(['pym', 'frames'] as const)('%s host with the whole story', (kind) => {
  it.each(WIDTHS)(
    'at %i px: the frame fits its document, after a step change and after a host resize',
    async (width) => {
      const { page, iframe, frame } = await openHostAt(kind, width, 'story');
      await expectFrameFitsDocument(iframe, frame, `${kind} story ${width}px`);
      const step = steps[2]!;
      await scrollHostToStep(page, iframe, frame, step.id);
      await frame.waitForFunction(
        (id) => document.documentElement.dataset.activeStep === id,
        step.id,
      );
      await expectFrameFitsDocument(iframe, frame, `${kind} story ${width}px at step ${step.id}`);
      await page.setViewportSize({ width: RESIZED[width], height: 700 });
      await frame.waitForFunction((w) => Math.abs(window.innerWidth - w) > 40, width - 24);
      await expectFrameFitsDocument(iframe, frame, `${kind} story resized to ${RESIZED[width]}px`);
      await page.close();
    },
  );
});
