/**
 * Greedy label placement: each label tries its preferred side of the
 * marker, then the others, and takes the first spot that overlaps no label
 * already placed, no marker and, where possible, no arc. Labels that fit nowhere are hidden (the
 * text description still names every place).
 */
import { estimateTextWidth, type MeasureText } from '../format/estimateTextWidth.ts';

export type Side = 'right' | 'left' | 'above' | 'below';

export interface LabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  prefer?: Side;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  side: Side;
  visible: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const SIDES: Side[] = ['right', 'left', 'above', 'below'];

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * A box grown by `dy` above and below. Label boxes are one em tall, but the
 * glyphs drawn (descenders, the halo) reach about 0.2 em past them, so two
 * labels stacked closer than that touch on screen.
 */
function padVertically(box: Box, dy: number): Box {
  return { ...box, y0: box.y0 - dy, y1: box.y1 + dy };
}

function candidate(
  label: LabelInput,
  side: Side,
  fontSize: number,
  gap: number,
  panelWidth: number,
  measure: MeasureText,
) {
  // Map labels are semibold.
  const w = measure(label.text, fontSize, true);
  const h = fontSize;
  // Above and below, a label near the panel's side slides inward (still over its marker).
  const centred = Math.max(
    Math.min(label.x - w / 2, panelWidth - w - 2),
    Math.max(2, label.x - w + 4),
  );
  const x0 = Math.min(centred, label.x - 4);
  switch (side) {
    case 'right':
      return {
        x: label.x + gap,
        y: label.y + h * 0.35,
        anchor: 'start' as const,
        box: { x0: label.x + gap, y0: label.y - h / 2, x1: label.x + gap + w, y1: label.y + h / 2 },
      };
    case 'left':
      return {
        x: label.x - gap,
        y: label.y + h * 0.35,
        anchor: 'end' as const,
        box: { x0: label.x - gap - w, y0: label.y - h / 2, x1: label.x - gap, y1: label.y + h / 2 },
      };
    case 'above':
      return {
        x: x0 + w / 2,
        y: label.y - gap,
        anchor: 'middle' as const,
        box: { x0, y0: label.y - gap - h, x1: x0 + w, y1: label.y - gap },
      };
    case 'below':
      return {
        x: x0 + w / 2,
        y: label.y + gap + h * 0.8,
        anchor: 'middle' as const,
        box: { x0, y0: label.y + gap, x1: x0 + w, y1: label.y + gap + h },
      };
  }
}

/** A label at a candidate spot; a hidden one keeps its preferred spot for the transition. */
function placed(
  label: LabelInput,
  c: ReturnType<typeof candidate>,
  side: Side,
  visible: boolean,
): PlacedLabel {
  return { id: label.id, text: label.text, x: c.x, y: c.y, anchor: c.anchor, side, visible };
}

/**
 * Places labels so none overlap each other, a marker, the panel's edge, or
 * any of the `avoid` points (samples along the arcs).
 * @example placeLabels([{id:'baku', text:'Baku', x:100, y:100}], [400, 300])[0].side // 'right'
 */
export function placeLabels(
  labels: readonly LabelInput[],
  size: readonly [number, number],
  fontSize = 13,
  gap = 7,
  avoid: ReadonlyArray<readonly [number, number]> = [],
  /** How wide a label is; in the browser, measured with its real font. */
  measure: MeasureText = estimateTextWidth,
): PlacedLabel[] {
  const [width, height] = size;
  const markers: Box[] = labels.map((l) => ({
    x0: l.x - 4,
    y0: l.y - 4,
    x1: l.x + 4,
    y1: l.y + 4,
  }));
  const taken: Box[] = [];
  return labels.map((label) => {
    const order = label.prefer ? [label.prefer, ...SIDES.filter((s) => s !== label.prefer)] : SIDES;
    // Off the arcs if any side allows it; on an arc (over its halo) rather than hidden.
    const attempts = [true, false].flatMap((offArcs) => order.map((side) => ({ side, offArcs })));
    for (const { side, offArcs } of attempts) {
      const c = candidate(label, side, fontSize, gap, width, measure);
      const inside = c.box.x0 >= 0 && c.box.y0 >= 0 && c.box.x1 <= width && c.box.y1 <= height;
      if (
        inside &&
        !taken.some((b) => overlaps(b, padVertically(c.box, fontSize * 0.2))) &&
        !markers.some((m) => overlaps(m, c.box)) &&
        !(
          offArcs &&
          avoid.some(([x, y]) => x > c.box.x0 && x < c.box.x1 && y > c.box.y0 && y < c.box.y1)
        )
      ) {
        taken.push(c.box);
        return placed(label, c, side, true);
      }
    }
    const side = order[0] ?? 'right';
    return placed(label, candidate(label, side, fontSize, gap, width, measure), side, false);
  });
}
