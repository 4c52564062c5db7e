/**
 * Where things go on a share card (1200 × 630): the headline and the
 * source line in a column on the left, the map of the step on the right.
 */
import { estimateTextWidth, type MeasureText } from '../format/estimateTextWidth.ts';
import { wrapLabel } from '../format/wrapLabel.ts';
import { CARD_SIZE } from './imageSizes.ts';
import { IMAGE_SCALE, type Box, type TextBlock } from './layoutStepImage.ts';

export interface ShareCardLayout {
  width: number;
  height: number;
  scale: number;
  kicker: TextBlock;
  headline: TextBlock;
  source: TextBlock;
  map: Box;
}

const PAD = 40;
const COLUMN = 500;

function block(
  text: string,
  y: number,
  fontSize: number,
  maxLines: number,
  measure: MeasureText,
  bold: boolean,
): TextBlock {
  let lines = text ? wrapLabel(text, COLUMN - PAD, fontSize, (t, s) => measure(t, s, bold)) : [];
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  }
  return { lines, x: PAD, y: y + fontSize, fontSize, lineHeight: Math.round(fontSize * 1.25) };
}

/**
 * @example layoutShareCard('Step 3 of 12', 'A $1 million shipment leaves Sumgait', 'Sources: Trend.').map // {x: 500, y: 0, width: 700, height: 630}
 */
export function layoutShareCard(
  kicker: string,
  headline: string,
  source: string,
  measure: MeasureText = estimateTextWidth,
): ShareCardLayout {
  const { width, height } = CARD_SIZE;
  const kickerBlock = block(kicker, PAD, 20, 2, measure, true);
  const headlineTop = PAD + kickerBlock.lines.length * kickerBlock.lineHeight + 12;
  const headlineBlock = block(headline, headlineTop, 40, 6, measure, true);
  const sourceBlock = block(source, 0, 17, 6, measure, false);
  const sourceHeight = sourceBlock.lines.length * sourceBlock.lineHeight;
  return {
    width,
    height,
    scale: IMAGE_SCALE,
    kicker: kickerBlock,
    headline: headlineBlock,
    source: { ...sourceBlock, y: height - PAD - sourceHeight + sourceBlock.fontSize },
    map: { x: COLUMN, y: 0, width: width - COLUMN, height },
  };
}
