/**
 * axe-core cannot judge the contrast of text drawn in SVG or over other
 * layers and returns it as "incomplete", which a test that reads only the
 * violations throws away. This measures those nodes the way a reader's eye
 * compares them: SVG text against the halo drawn under it (map labels) or
 * the page behind the SVG (timeline and chart labels), HTML text against
 * the nearest painted background. Returns one line per node below the
 * WCAG AA ratio (4.5:1, 3:1 for large text), and one per incomplete result
 * it does not know how to measure, so nothing is silently skipped.
 */
import type { Page } from 'playwright-core';
import { injectAxe } from './browser.ts';

export async function checkIncompleteContrast(
  page: Page,
  context: string | null = null,
): Promise<{ measured: number; problems: string[] }> {
  await injectAxe(page);
  return page.evaluate(async (ctx) => {
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
    let measured = 0;
    const rgba = (c: string): [number, number, number, number] | null => {
      const m = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : 1] : null;
    };
    const lum = ([r, g, b]: number[]) => {
      const [x, y, z] = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * x! + 0.7152 * y! + 0.0722 * z!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    /** The nearest opaque background colour of an HTML element (the page's when none is set). */
    const backgroundOf = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.99) return c;
      }
      return [255, 255, 255];
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
        let text: number[] | null;
        let behind: number[];
        let what: string;
        if (el instanceof SVGElement) {
          // A map label's halo is drawn under it: the text is read against the halo.
          const halo =
            el.classList.contains('halo') || el.previousElementSibling?.classList.contains('halo')
              ? (el.classList.contains('halo') ? el : el.previousElementSibling)!
              : null;
          if (halo && el === halo) continue; // the halo itself carries no text to read
          text = rgba(style.fill);
          behind = halo
            ? (rgba(getComputedStyle(halo).stroke) ?? [0, 0, 0])
            : backgroundOf(el.closest('svg'));
          what = halo ? 'against its halo' : 'against the page behind the SVG';
        } else {
          text = rgba(style.color);
          behind = backgroundOf(el);
          what = 'against its background';
        }
        if (!text || !behind) {
          problems.push(`${name}: unreadable colour`);
          continue;
        }
        measured++;
        const r = ratio(text, behind);
        if (r < needed) problems.push(`${name}: ${r.toFixed(2)} ${what}, needs ${needed}`);
      }
    }
    return { measured, problems };
  }, context);
}
