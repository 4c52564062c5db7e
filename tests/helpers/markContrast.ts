/**
 * What a reader compares on the graphic of the step on screen, measured as
 * painted: markers and arcs against the land or sea under them, the outline
 * of a highlighted country against its fill and the plain land, timeline
 * marks against the page with the translucent bands behind them. Returns
 * one line per pair under 3:1, and how many pairs it compared. The page
 * reports the colours; the ratios are computed here, by the one copy of the
 * contrast maths (src/lib/theme/contrastRatio.ts).
 */
import type { Page } from 'playwright-core';
import { contrastRatio, flattenColours, parseColour } from '../../src/lib/theme/contrastRatio.ts';

/** A colour painted on layers (the first opaque, at the bottom), each with the opacity it is painted at. */
interface MarkPair {
  label: string;
  suffix: string;
  front: string;
  back: { colour: string; opacity: number }[];
}

/** `colour` with its alpha multiplied by `opacity`, as rgba(). */
function withOpacity(colour: string, opacity: number): string {
  const parsed = parseColour(colour);
  if (!parsed) throw new Error(`not a colour: ${colour}`);
  const [r, g, b, a] = parsed;
  return `rgba(${r}, ${g}, ${b}, ${a * opacity})`;
}

export async function findLowContrastMarks(
  page: Page,
): Promise<{ out: string[]; compared: number }> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const pairs: MarkPair[] = [];
    const opaque = (colour: string) => [{ colour, opacity: 1 }];
    // What is painted under a point of the map, ignoring the mark itself.
    const groundAt = (x: number, y: number, self: Element) => {
      const under = document
        .elementsFromPoint(x, y)
        .find(
          (e) => e !== self && (e.matches('svg.map [data-country]') || e.matches('svg.map .sea')),
        );
      return under ? getComputedStyle(under).fill : null;
    };
    for (const m of document.querySelectorAll('svg.map [data-place]')) {
      const r = m.getBoundingClientRect();
      const ground = groundAt(r.left + r.width / 2, r.top + r.height / 2, m);
      const label = `marker ${m.getAttribute('data-place')}`;
      if (!ground) out.push(`${label}: no land or sea under it`);
      else pairs.push({ label, suffix: '', front: getComputedStyle(m).fill, back: opaque(ground) });
    }
    for (const a of document.querySelectorAll<SVGPathElement>('svg.map [data-flow]')) {
      const length = a.getTotalLength();
      const p = a.getPointAtLength(length / 2);
      const point = new DOMPoint(p.x, p.y).matrixTransform(a.getScreenCTM()!);
      const ground = groundAt(point.x, point.y, a);
      const label = `arc ${a.getAttribute('data-flow')}`;
      if (!ground) out.push(`${label}: no land or sea under it`);
      else
        pairs.push({ label, suffix: '', front: getComputedStyle(a).stroke, back: opaque(ground) });
    }
    // A highlighted country is told from its neighbours by its outline:
    // at least 3:1 against its own fill and against the plain land.
    const plainLand = document.querySelector('svg.map [data-country].recede');
    for (const c of document.querySelectorAll('svg.map [data-country]:not(.recede)')) {
      const id = c.getAttribute('data-country');
      const outline = document.querySelector(`svg.map [data-outline="${id}"]`);
      if (!outline || !plainLand) {
        out.push(`country ${id}: no outline, or no plain land to compare with`);
        continue;
      }
      const stroke = getComputedStyle(outline).stroke;
      const width = Number.parseFloat(getComputedStyle(outline).strokeWidth);
      if (width < 1) out.push(`country ${id}: outline ${width} px, thinner than 1 px`);
      for (const [what, ground] of [
        ['its fill', getComputedStyle(c).fill],
        ['the land beside it', getComputedStyle(plainLand).fill],
      ] as const) {
        pairs.push({
          label: `country ${id}: outline`,
          suffix: ` against ${what}, ${width} px`,
          front: stroke,
          back: opaque(ground),
        });
      }
    }
    // The page's colour: the body's, else the root's (the theme paints <html>), else white.
    const pageColour =
      [document.body, document.documentElement]
        .map((e) => getComputedStyle(e).backgroundColor)
        .find((c) => c !== 'rgba(0, 0, 0, 0)') ?? 'rgb(255, 255, 255)';
    // What is painted behind a timeline mark: the page, with every
    // translucent band under the mark's centre laid over it in paint
    // order (a fuzzy date's range, the tint of the selected event).
    for (const s of document.querySelectorAll('svg.timeline [data-event-id] .shape')) {
      const r = s.getBoundingClientRect();
      const bands = document
        .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        .filter((e) => e.matches('svg.timeline .range, svg.timeline .hit'))
        .reverse()
        .map((band) => getComputedStyle(band))
        .filter((style) => style.fill !== 'none' && style.fill !== 'transparent')
        .map((style) => ({ colour: style.fill, opacity: Number(style.opacity || 1) }));
      pairs.push({
        label: `timeline mark ${s.parentElement?.getAttribute('data-event-id')}`,
        suffix: '',
        front: getComputedStyle(s).stroke,
        back: [{ colour: pageColour, opacity: 1 }, ...bands],
      });
    }
    return { out, pairs };
  });
  const out = [...found.out];
  for (const { label, suffix, front, back } of found.pairs) {
    try {
      const behind = flattenColours(back.map((l) => withOpacity(l.colour, l.opacity)));
      const ratio = contrastRatio(front, behind);
      const against = back.length > 1 ? ` against ${behind}` : '';
      if (ratio < 3) out.push(`${label} ${ratio.toFixed(2)}${suffix}${against}`);
    } catch (error) {
      // A colour the test cannot read is a failure, never black by default.
      out.push(`${label}: ${(error as Error).message}`);
    }
  }
  return { out, compared: found.pairs.length };
}
