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

/** The step cards under `root`, by step id: read once (the cards never change). */
function stepCards(root: ParentNode): Map<string, HTMLElement> {
  const sections = root.querySelectorAll<HTMLElement>('section[data-step-id]');
  return new Map([...sections].map((section) => [section.dataset.stepId ?? '', section]));
}

/**
 * The step cards' descriptions under `root`, by step ('' for a step whose card has none).
 * @example describeGraphicFromPage(document)(step, []) // { map: 'Map highlighting …', timeline: 'Timeline from …' }
 */
export function describeGraphicFromPage(root: ParentNode): DescribeGraphic {
  const cards = stepCards(root);
  return (step) => {
    const [map, timeline] = [
      ...(cards.get(step.step.id)?.querySelectorAll('details.describe > p') ?? []),
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
  const cards = stepCards(root);
  return steps.map((step) => {
    const heading = cards
      .get(step.id)
      ?.querySelector(`#${PAGE_ID_PREFIXES.stepTitle}${CSS.escape(step.id)}`);
    const title = heading?.textContent?.trim();
    return title ? { ...step, title } : step;
  });
}
