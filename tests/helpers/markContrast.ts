/**
 * What a reader compares on the graphic of the step on screen, measured as
 * painted: markers and arcs against the land or sea under them, the outline
 * of a highlighted country against its fill and the plain land, timeline
 * marks against the page with the translucent bands behind them. Returns
 * one line per pair under 3:1, and how many pairs it compared.
 */
import type { Page } from 'playwright-core';

export async function findLowContrastMarks(
  page: Page,
): Promise<{ out: string[]; compared: number }> {
  return page.evaluate(() => {
    const out: string[] = [];
    let compared = 0;
    // A colour the test cannot read is a failure, never black by default.
    const rgb = (c: string) => {
      const m = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(c);
      if (!m) {
        out.push(`unreadable colour "${c}"`);
        return [0, 0, 0];
      }
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      compared++;
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
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
      const fill = getComputedStyle(m).fill;
      if (!ground) out.push(`marker ${m.getAttribute('data-place')}: no land or sea under it`);
      else if (ratio(fill, ground) < 3)
        out.push(`marker ${m.getAttribute('data-place')} ${ratio(fill, ground).toFixed(2)}`);
    }
    for (const a of document.querySelectorAll<SVGPathElement>('svg.map [data-flow]')) {
      const length = a.getTotalLength();
      const p = a.getPointAtLength(length / 2);
      const point = new DOMPoint(p.x, p.y).matrixTransform(a.getScreenCTM()!);
      const ground = groundAt(point.x, point.y, a);
      const stroke = getComputedStyle(a).stroke;
      if (!ground) out.push(`arc ${a.getAttribute('data-flow')}: no land or sea under it`);
      else if (ratio(stroke, ground) < 3)
        out.push(`arc ${a.getAttribute('data-flow')} ${ratio(stroke, ground).toFixed(2)}`);
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
      for (const [what, ground] of [
        ['its fill', getComputedStyle(c).fill],
        ['the land beside it', getComputedStyle(plainLand).fill],
      ]) {
        if (ratio(stroke, ground!) < 3 || width < 1)
          out.push(
            `country ${id}: outline ${ratio(stroke, ground!).toFixed(2)} against ${what}, ${width} px`,
          );
      }
    }
    // The page's colour: the body's, else the root's (the theme paints <html>), else white.
    const page =
      [document.body, document.documentElement]
        .map((e) => getComputedStyle(e).backgroundColor)
        .find((c) => c !== 'rgba(0, 0, 0, 0)') ?? 'rgb(255, 255, 255)';
    // What is painted behind a timeline mark: the page, with every
    // translucent band under the mark's centre laid over it in paint
    // order (a fuzzy date's range, the tint of the selected event).
    const alphaOf = (c: string) => {
      const m = /^rgba\([^)]*[, /] ?([\d.]+)\)$/.exec(c);
      return m ? Number(m[1]) : 1;
    };
    const behindMark = (shape: Element) => {
      const r = shape.getBoundingClientRect();
      const bands = document
        .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        .filter((e) => e.matches('svg.timeline .range, svg.timeline .hit'))
        .reverse();
      let [red, green, blue] = rgb(page);
      for (const band of bands) {
        const style = getComputedStyle(band);
        if (style.fill === 'none' || style.fill === 'transparent') continue;
        const a = alphaOf(style.fill) * Number(style.opacity || 1);
        const [br, bgc, bb] = rgb(style.fill);
        red = red! * (1 - a) + br! * a;
        green = green! * (1 - a) + bgc! * a;
        blue = blue! * (1 - a) + bb! * a;
      }
      return `rgb(${Math.round(red!)}, ${Math.round(green!)}, ${Math.round(blue!)})`;
    };
    for (const s of document.querySelectorAll('svg.timeline [data-event-id] .shape')) {
      const stroke = getComputedStyle(s).stroke;
      const behind = behindMark(s);
      if (ratio(stroke, behind) < 3)
        out.push(
          `timeline mark ${s.parentElement?.getAttribute('data-event-id')} ${ratio(stroke, behind).toFixed(2)} against ${behind}`,
        );
    }
    return { out, compared };
  });
}
