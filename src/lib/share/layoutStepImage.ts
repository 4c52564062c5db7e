/**
 * Where things go in a step's image (title, map, legend, timeline, source
 * line), in pixels of the image. The map and timeline are drawn by the
 * page's own components at 1/scale of their box and scaled up, so their
 * 11–13 px text reads at the image's size.
 */
import { estimateTextWidth, type MeasureText } from '../format/estimateTextWidth.ts';
import { wrapLabel } from '../format/wrapLabel.ts';
import type { LegendRow, Swatch } from './legendEntries.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
}

export interface PlacedLegendItem {
  swatch: Swatch;
  /** The swatch's centre. */
  x: number;
  y: number;
  text: TextBlock;
}

export interface StepImageLayout {
  width: number;
  height: number;
  scale: number;
  title: TextBlock;
  /** In image pixels; the component draws the map at width / scale × height / scale. */
  map: Box;
  legend: PlacedLegendItem[];
  /** Null when the image has no timeline (the share card). */
  timeline: (Box & { maxHeight: number }) | null;
  source: TextBlock;
}

export interface StepImageInput {
  width: number;
  /** Null: as tall as needed. */
  height: number | null;
  title: string;
  source: string;
  legend: readonly LegendRow[];
  /** The timeline's height, in its own pixels, at this width and room (layoutTimeline's). */
  timelineHeight: (width: number, maxHeight: number) => number;
  measure?: MeasureText;
}

/** Image pixels per pixel of the page's graphic. */
export const IMAGE_SCALE = 1.5;
const PAD = 32;
const TITLE_FONT = 38;
const LEGEND_FONT = 18;
const SOURCE_FONT = 16;
const SWATCH = 22;
/** The map of an auto-height image: about the page's proportions. */
const MAP_SHARE_AUTO = 0.55;
const MAP_MIN = 360;
const TIMELINE_ROOM = 300;

function block(
  text: string,
  x: number,
  y: number,
  width: number,
  fontSize: number,
  measure: MeasureText,
  bold = false,
  maxLines = 4,
): TextBlock {
  let lines = wrapLabel(text, width, fontSize, (t, size) => measure(t, size, bold));
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  }
  const lineHeight = Math.round(fontSize * 1.3);
  return { lines, x, y: y + fontSize, fontSize, lineHeight };
}

function blockHeight(b: TextBlock): number {
  return b.lines.length * b.lineHeight;
}

function placeLegend(
  rows: readonly LegendRow[],
  top: number,
  width: number,
  measure: MeasureText,
): { items: PlacedLegendItem[]; bottom: number } {
  const items: PlacedLegendItem[] = [];
  let y = top;
  const textX = PAD + SWATCH + 10;
  for (const row of rows) {
    const [only] = row;
    if (row.length === 1 && only) {
      const text = block(only.text, textX, y, width - SWATCH - 10, LEGEND_FONT, measure);
      items.push({ swatch: only.swatch, x: PAD + SWATCH / 2, y: y + LEGEND_FONT * 0.65, text });
      y += blockHeight(text) + 6;
    } else {
      let x = PAD;
      for (const item of row) {
        const text = block(item.text, x + SWATCH + 8, y, Infinity, LEGEND_FONT, measure);
        items.push({ swatch: item.swatch, x: x + SWATCH / 2, y: y + LEGEND_FONT * 0.65, text });
        x += SWATCH + 8 + measure(item.text, LEGEND_FONT) + 28;
      }
      y += Math.round(LEGEND_FONT * 1.3) + 6;
    }
  }
  return { items, bottom: y };
}

/**
 * @example layoutStepImage({width: 1080, height: 1080, title: 'A step', source: 'Sources: Trend.', legend: [], timelineHeight: () => 150}).map.height // the room left for the map
 */
export function layoutStepImage(input: StepImageInput): StepImageLayout {
  const measure = input.measure ?? estimateTextWidth;
  const { width } = input;
  const inner = width - 2 * PAD;
  const title = block(input.title, PAD, PAD, inner, TITLE_FONT, measure, true, 3);
  const mapTop = PAD + blockHeight(title) + 16;
  // Everything under the map is placed from y = 0, then moved down once the map's height is known.
  const legend = placeLegend(input.legend, 0, inner, measure);
  const source = block(input.source, PAD, 0, inner, SOURCE_FONT, measure, false, 4);
  const fixed = mapTop + 12 + legend.bottom + 12 + blockHeight(source) + PAD;
  const timelineWidth = width / IMAGE_SCALE;
  let room = TIMELINE_ROOM;
  let timelineHeight = input.timelineHeight(timelineWidth, room / IMAGE_SCALE) * IMAGE_SCALE;
  let mapHeight: number;
  if (input.height === null) {
    mapHeight = Math.round(width * MAP_SHARE_AUTO);
  } else {
    mapHeight = input.height - fixed - timelineHeight;
    if (mapHeight < MAP_MIN) {
      // A square keeps a map worth the name: the timeline sums up its cargo charts in words instead.
      room = Math.max(120, timelineHeight - (MAP_MIN - mapHeight));
      timelineHeight = input.timelineHeight(timelineWidth, room / IMAGE_SCALE) * IMAGE_SCALE;
      mapHeight = Math.max(160, input.height - fixed - timelineHeight);
    }
  }
  const legendTop = mapTop + mapHeight + 12;
  const timelineTop = legendTop + legend.bottom + 6;
  const sourceTop = timelineTop + timelineHeight + 12;
  const height = input.height ?? Math.ceil(sourceTop + blockHeight(source) + PAD);
  return {
    width,
    height,
    scale: IMAGE_SCALE,
    title,
    map: { x: 0, y: mapTop, width, height: mapHeight },
    legend: legend.items.map((item) => ({
      ...item,
      y: item.y + legendTop,
      text: { ...item.text, y: item.text.y + legendTop },
    })),
    timeline: {
      x: 0,
      y: timelineTop,
      width,
      height: timelineHeight,
      maxHeight: room / IMAGE_SCALE,
    },
    source: { ...source, y: height - PAD - blockHeight(source) + source.fontSize },
  };
}
