/**
 * The plain iframe keeps the snippet's height: each view must then show
 * its graphic inside the frame at every width from 300 px: the map (and
 * the timeline, where the view has one) inside the frame and seen, the map
 * taking at least a quarter of the frame (the timeline, in the view that
 * has no map), with the step's text in its own scrolling box. One host
 * page per view, on another site, CPU slowed 4x, its iframe resized
 * through the widths; a screenshot of each in tests/artifacts/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { FIXED_HEIGHTS } from '../../src/lib/embed/embedSnippets.ts';
import type { View } from '../../src/lib/embed/readEmbedParams.ts';
import {
  findStoryFrame,
  serveNewsroomPage,
  throttleCpu,
  useEmbedSite,
} from '../helpers/embedHosts.ts';

const SHOTS = path.resolve('tests/artifacts/screenshots');
const WIDTHS = [320, 375, 768, 1000] as const;
/** The host article's side padding: the iframe is the page's width less this. */
const HOST_PADDING = 24;
const site = useEmbedSite();

type Part = 'map' | 'timeline';
/** What a view must show, and which part of it takes a quarter of the frame or more. */
const PARTS: Record<Exclude<View, 'story'>, { shows: Part[]; quarter: Part }> = {
  map: { shows: ['map'], quarter: 'map' },
  timeline: { shows: ['timeline'], quarter: 'timeline' },
  card: { shows: ['map', 'timeline'], quarter: 'map' },
  stepper: { shows: ['map', 'timeline'], quarter: 'map' },
};

/** Where each part is in the frame, and whether it is what the reader sees at its centre (not hidden under another box or scrolled away). */
function readParts(frame: Frame) {
  return frame.evaluate(() => {
    const seen = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        top: Math.round(r.top),
        bottom: Math.round(r.bottom),
        height: Math.round(r.height),
        visibleAtCentre: !!hit && (el === hit || el.contains(hit)),
      };
    };
    return {
      frameHeight: window.innerHeight,
      frameWidth: window.innerWidth,
      overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      map: seen('svg.map'),
      timeline: seen('svg.timeline'),
    };
  });
}

describe.each(Object.keys(PARTS) as (keyof typeof PARTS)[])(
  'the %s view in a fixed frame',
  (view) => {
    it(`at ${WIDTHS.join(', ')} px wide and the snippet's height: every part inside the frame, a quarter of it or more`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const page = await site.browser.context.newPage();
      await page.setViewportSize({ width: WIDTHS[0] + HOST_PADDING, height: 900 });
      await throttleCpu(page, 4);
      await page.goto(serveNewsroomPage(site.servers, 'plain', { view }));
      const { iframe, frame } = await findStoryFrame(page, site.servers);
      expect(await iframe.evaluate((el) => el.clientHeight)).toBe(FIXED_HEIGHTS[view]);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width: width + HOST_PADDING, height: 900 });
        await frame.waitForFunction((w) => window.innerWidth === w, width);
        let last: Awaited<ReturnType<typeof readParts>> | null = null;
        await expect
          .poll(
            async () => {
              last = await readParts(frame);
              const fits = (part: Part) => {
                const box = last?.[part];
                return (
                  !!box &&
                  box.visibleAtCentre &&
                  box.top >= -1 &&
                  box.bottom <= last!.frameHeight + 1 &&
                  (part !== PARTS[view].quarter || box.height >= last!.frameHeight / 4)
                );
              };
              return {
                ...last,
                nothingCutOff: last.overflow <= 1,
                partsFit: PARTS[view].shows.map(
                  (part) => `${part} ${fits(part) ? 'fits' : 'does not fit'}`,
                ),
              };
            },
            { timeout: 10_000, message: `${view} at ${width} px` },
          )
          .toMatchObject({
            nothingCutOff: true,
            partsFit: PARTS[view].shows.map((part) => `${part} fits`),
          });
        await iframe.screenshot({ path: path.join(SHOTS, `embed-fixed-${view}-${width}.png`) });
      }
      await page.close();
    });
  },
);
