import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelInput } from '../../src/lib/map/placeLabels.ts';

function boxes(labels: ReturnType<typeof placeLabels>) {
  return labels
    .filter((l) => l.visible)
    .map((l) => {
      const w = l.text.length * 13 * 0.56;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x0, x1: x0 + w, y0: l.y - 13, y1: l.y };
    });
}

describe('placeLabels', () => {
  it('placeLabels([Baku]) puts a lone label on its preferred side', () => {
    const [label] = placeLabels(
      [{ id: 'baku', text: 'Baku', x: 100, y: 100, prefer: 'below' }],
      [400, 300],
    );
    expect(label).toMatchObject({ side: 'below', visible: true, anchor: 'middle' });
  });

  it('placeLabels(Sumgait and Baku 10 px apart) keeps both labels apart', () => {
    const input: LabelInput[] = [
      { id: 'sumgait', text: 'Sumgait Technology Park', x: 300, y: 150 },
      { id: 'baku', text: 'Baku', x: 306, y: 160 },
    ];
    const copy = structuredClone(input);
    const placed = placeLabels(input, [600, 400]);
    expect(placed.every((l) => l.visible)).toBe(true);
    const [a, b] = boxes(placed);
    const overlap = a!.x0 < b!.x1 && b!.x0 < a!.x1 && a!.y0 < b!.y1 && b!.y0 < a!.y1;
    expect(overlap).toBe(false);
    expect(input).toEqual(copy);
  });

  it('placeLabels(Tbilisi above, Sumgait above 14 px lower) keeps 0.2 em between the stacked labels', () => {
    // The layout of the Gaza/Georgia step at 1280 px: one-em boxes 1 px apart
    // touched on screen, where descenders reach past the box.
    const placed = placeLabels(
      [
        { id: 'tbilisi', text: 'Tbilisi', x: 977, y: 239, prefer: 'above' },
        { id: 'sumgait', text: 'Sumgait Technology Park', x: 1080, y: 253, prefer: 'above' },
      ],
      [1280, 600],
    );
    const [a, b] = boxes(placed);
    const apartInX = a!.x1 <= b!.x0 || b!.x1 <= a!.x0;
    const gapInY = Math.max(b!.y0 - a!.y1, a!.y0 - b!.y1);
    expect(apartInX || gapInY >= 13 * 0.2).toBe(true);
  });

  it('a label at the right edge flips to the left instead of leaving the panel', () => {
    const [label] = placeLabels([{ id: 'x', text: 'Kyiv', x: 395, y: 100 }], [400, 300]);
    expect(label!.side).toBe('left');
  });

  it('a label with nowhere to go is hidden, not drawn over another', () => {
    const crowd: LabelInput[] = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      text: 'A very long place name',
      x: 50 + i,
      y: 20,
    }));
    const placed = placeLabels(crowd, [420, 80]);
    expect(placed.some((l) => !l.visible)).toBe(true);
    const shown = boxes(placed);
    expect(shown.length).toBeGreaterThan(0);
    // Boxes here are estimated from the baseline, so allow 2 px of slack for descenders.
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) {
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 + 2 < b.y1 && b.y0 + 2 < a.y1;
        expect(overlap).toBe(false);
      }
    }
  });

  it('placeLabels(Sumgait, arc passing on its preferred side) moves the label off the arc', () => {
    // An arc arriving from the west along the marker's row.
    const arc: [number, number][] = Array.from({ length: 20 }, (_, i) => [300 - i * 10, 150]);
    const [label] = placeLabels(
      [{ id: 'sumgait', text: 'Sumgait', x: 300, y: 150, prefer: 'left' }],
      [600, 400],
      13,
      7,
      arc,
    );
    expect(label).toMatchObject({ visible: true });
    expect(label!.side).not.toBe('left');
  });

  it('a label with only arcs around it is drawn over an arc rather than hidden', () => {
    const everywhere: [number, number][] = [];
    for (let x = 0; x <= 200; x += 4) for (let y = 0; y <= 100; y += 4) everywhere.push([x, y]);
    const [label] = placeLabels(
      [{ id: 'kyiv', text: 'Kyiv', x: 100, y: 50, prefer: 'right' }],
      [200, 100],
      13,
      7,
      everywhere,
    );
    expect(label).toMatchObject({ visible: true, side: 'right' });
  });

  it('a label above a marker near the right edge slides inward, staying over its marker', () => {
    const [label] = placeLabels(
      [{ id: 'sumgait', text: 'Sumgait Technology Park', x: 380, y: 100, prefer: 'above' }],
      [400, 300],
    );
    expect(label).toMatchObject({ side: 'above', visible: true, anchor: 'middle' });
    const [box] = boxes([label!]);
    expect(box!.x1).toBeLessThanOrEqual(400);
    expect(box!.x0).toBeLessThan(380);
  });
});
