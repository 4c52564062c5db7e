/**
 * axe-core cannot judge the contrast of text drawn in SVG or over other
 * layers and returns it as "incomplete", which a test that reads only the
 * violations throws away. This measures those nodes the way a reader's eye
 * compares them: SVG text against the halo drawn under it (map labels) or
 * the page behind the SVG (timeline and chart labels), HTML text against
 * the nearest painted background. Returns one line per node below the
 * WCAG AA ratio (4.5:1, 3:1 for large text), and one per incomplete result
 * it does not know how to measure, so nothing is silently skipped. The page
 * reports the colours; the ratio is computed here, by the one copy of the
 * contrast maths (src/lib/theme/contrastRatio.ts).
 */
import type { Page } from 'playwright-core';
import { injectAxe } from './browser.ts';
import { contrastRatio } from '../../src/lib/theme/contrastRatio.ts';

/** A text the page could not judge, with the colours a reader compares. */
interface TextPair {
  name: string;
  text: string;
  behind: string;
  needed: number;
  what: string;
}

export async function checkIncompleteContrast(
  page: Page,
  context: string | null = null,
): Promise<{ measured: number; problems: string[] }> {
  await injectAxe(page);
  const found = await page.evaluate(async (ctx) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ incomplete: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(ctx ?? document, {
      resultTypes: ['incomplete'],
      runOnly: ['color-contrast'],
    });
    const problems: string[] = [];
    const pairs: TextPair[] = [];
    const alphaOf = (c: string) => {
      const m = /^rgba\(.*[, /] ?([\d.]+)\)$/.exec(c);
      return m ? Number(m[1]) : 1;
    };
    /** The nearest opaque background colour of an HTML element (the page's when none is set). */
    const backgroundOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (alphaOf(c) > 0.99 && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    for (const rule of result.incomplete) {
      for (const node of rule.nodes) {
        const selector = node.target.at(-1);
        const el = typeof selector === 'string' ? document.querySelector(selector) : null;
        const name = JSON.stringify(node.target);
        if (!el) {
          problems.push(`${name}: incomplete and not found to measure`);
          continue;
        }
        const style = getComputedStyle(el);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        const needed = large ? 3 : 4.5;
        let text: string | null;
        let behind: string;
        let what: string;
        if (el instanceof SVGElement) {
          // A map label's halo is drawn under it: the text is read against the halo.
          const halo =
            el.classList.contains('halo') || el.previousElementSibling?.classList.contains('halo')
              ? (el.classList.contains('halo') ? el : el.previousElementSibling)!
              : null;
          if (halo && el === halo) continue; // the halo itself carries no text to read
          text = style.fill.startsWith('rgb') ? style.fill : null;
          behind = halo ? getComputedStyle(halo).stroke : backgroundOf(el.closest('svg'));
          what = halo ? 'against its halo' : 'against the page behind the SVG';
        } else {
          text = style.color;
          behind = backgroundOf(el);
          what = 'against its background';
        }
        if (!text) {
          problems.push(`${name}: unreadable colour`);
          continue;
        }
        pairs.push({ name, text, behind, needed, what });
      }
    }
    return { pairs, problems };
  }, context);
  const problems = [...found.problems];
  for (const { name, text, behind, needed, what } of found.pairs) {
    let ratio: number;
    try {
      ratio = contrastRatio(text, behind);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    if (ratio < needed) problems.push(`${name}: ${ratio.toFixed(2)} ${what}, needs ${needed}`);
  }
  return { measured: found.pairs.length, problems };
}
