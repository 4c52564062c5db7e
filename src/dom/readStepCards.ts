/**
 * What the story page's islands read from its pre-rendered step cards
 * rather than ship in data/story.js: each step's title (its heading) and
 * the graphic's text equivalents at each step (the card's "What the graphic
 * shows", written at build by the same functions the mounted app uses:
 * describeGraphicFromData). Read, not re-written: the words are the ones
 * on the page, and neither they nor the code that writes them travel twice.
 */
import type { DescribeGraphic } from '../lib/format/describeStep.ts';
import type { Step } from '../data/schema.ts';
import { PAGE_ID_PREFIXES } from '../lib/model/pageIds.ts';

/** The step card of step `id` under `root`, if the page has it. */
function stepCard(root: ParentNode, id: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('section[data-step-id]')].find(
    (section) => section.dataset.stepId === id,
  );
}

/**
 * The step cards' descriptions under `root`, by step ('' for a step whose card has none).
 * @example describeGraphicFromPage(document)(step, []) // { map: 'Map highlighting …', timeline: 'Timeline from …' }
 */
export function describeGraphicFromPage(root: ParentNode): DescribeGraphic {
  return (step) => {
    const [map, timeline] = [
      ...(stepCard(root, step.step.id)?.querySelectorAll('details.describe > p') ?? []),
    ].map((p) => p.textContent ?? '');
    return { map: map ?? '', timeline: timeline ?? '' };
  };
}

/**
 * `steps` with each title read from its card's heading (the slim data
 * leaves titles out: slimStoryData.ts); a step whose card has no heading
 * keeps the title it has.
 * @example withStepTitlesFromPage(document, [{ id: 'july-2023-order', title: '' }]) // [{ id: 'july-2023-order', title: 'July 2023: …' }]
 */
export function withStepTitlesFromPage<S extends Pick<Step, 'id' | 'title'>>(
  root: ParentNode,
  steps: readonly S[],
): S[] {
  return steps.map((step) => {
    const heading = stepCard(root, step.id)?.querySelector(
      `#${PAGE_ID_PREFIXES.stepTitle}${CSS.escape(step.id)}`,
    );
    const title = heading?.textContent?.trim();
    return title ? { ...step, title } : step;
  });
}
