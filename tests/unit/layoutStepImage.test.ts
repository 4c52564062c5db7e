import { describe, expect, it } from 'vitest';
import { IMAGE_SCALE, layoutStepImage } from '../../src/lib/share/layoutStepImage.ts';
import { layoutShareCard } from '../../src/lib/share/layoutShareCard.ts';
import type { LegendRow } from '../../src/lib/share/legendEntries.ts';

const LEGEND: LegendRow[] = [
  [{ swatch: 'standout', text: 'Azerbaijan, Ukraine' }],
  [{ swatch: 'arc', text: 'Arc width: number of trucks. '.repeat(6) }],
  [
    { swatch: 'order', text: 'Order' },
    { swatch: 'shipment', text: 'Shipment' },
  ],
];

function layout(
  height: number | null,
  timelineHeight: (w: number, max: number) => number,
  legend: LegendRow[] = LEGEND,
) {
  return layoutStepImage({
    width: height ?? 1200,
    height,
    title: 'August 2025: $2 million and 19 trucks',
    source: 'Sources: TASS, Online.ua. From “Aid”, Data desk.',
    legend,
    timelineHeight,
  });
}

/** Top to bottom, nothing overlaps and everything is inside the image. */
function expectStacked(l: ReturnType<typeof layout>) {
  const titleBottom = l.title.y + (l.title.lines.length - 1) * l.title.lineHeight;
  expect(titleBottom).toBeLessThanOrEqual(l.map.y);
  const legendTop = Math.min(...l.legend.map((i) => i.text.y - i.text.fontSize));
  expect(l.map.y + l.map.height).toBeLessThanOrEqual(legendTop);
  const legendBottom = Math.max(
    ...l.legend.map((i) => i.text.y + (i.text.lines.length - 1) * i.text.lineHeight),
  );
  expect(legendBottom).toBeLessThanOrEqual(l.timeline!.y);
  expect(l.timeline!.y + l.timeline!.height).toBeLessThanOrEqual(l.source.y - l.source.fontSize);
  expect(l.source.y + (l.source.lines.length - 1) * l.source.lineHeight).toBeLessThanOrEqual(
    l.height,
  );
}

describe('layoutStepImage', () => {
  it.each([
    ['a short timeline', 1080, 120],
    ['a tall timeline', 1080, 200],
    ['a short timeline, any height', null, 120],
    ['a tall timeline, any height', null, 200],
  ] as const)('%s at %s: stacked, nothing overlapping', (_name, height, timeline) => {
    const l = layout(height, () => timeline);
    if (height !== null) expect(l.height).toBe(height);
    expect(l.map.height).toBeGreaterThanOrEqual(360);
    expectStacked(l);
  });

  it('an auto-height image grows with its timeline; a square gives the map what is left', () => {
    expect(layout(null, () => 200).height - layout(null, () => 100).height).toBe(100 * IMAGE_SCALE);
    expect(layout(1080, () => 100).map.height - layout(1080, () => 200).map.height).toBe(
      100 * IMAGE_SCALE,
    );
  });

  it('a square with a timeline too tall for it asks for a shorter one (cargo charts in words)', () => {
    const asked: number[] = [];
    const crowded: LegendRow[] = [
      ...LEGEND,
      ...Array.from({ length: 5 }, (): LegendRow => [{ swatch: 'hatched', text: 'An area' }]),
    ];
    const l = layout(
      1080,
      (_w, max) => {
        asked.push(max);
        return max;
      },
      crowded,
    );
    expect(asked.length).toBe(2);
    expect(asked[1]).toBeLessThan(asked[0]!);
    expect(l.map.height).toBeGreaterThanOrEqual(360);
    expectStacked(l);
  });

  it('wraps the long legend line and lays the kinds of marks side by side', () => {
    const l = layout(1080, () => 100);
    const arc = l.legend.find((i) => i.swatch === 'arc')!;
    expect(arc.text.lines.length).toBeGreaterThan(1);
    const order = l.legend.find((i) => i.swatch === 'order')!;
    const shipment = l.legend.find((i) => i.swatch === 'shipment')!;
    expect(shipment.y).toBe(order.y);
    expect(shipment.x).toBeGreaterThan(order.x + 40);
  });
});

describe('layoutShareCard', () => {
  it.each([
    ['a short headline', 'A $1 million shipment'],
    ['a long headline', 'Cables, generators, transformers and more: '.repeat(5)],
  ])('%s: text in its column, above the source line, map on the right', (_name, headline) => {
    const l = layoutShareCard('Step 1 of 12', headline, 'Sources: Trend. '.repeat(8));
    expect([l.width, l.height]).toEqual([1200, 630]);
    const headlineBottom = l.headline.y + (l.headline.lines.length - 1) * l.headline.lineHeight;
    expect(headlineBottom).toBeLessThan(l.source.y - l.source.fontSize);
    expect(l.headline.lines.length).toBeLessThanOrEqual(6);
    expect(l.map.x + l.map.width).toBe(1200);
  });
});
