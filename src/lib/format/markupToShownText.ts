/**
 * The text a reader sees for editor text, as Markup.svelte renders it: the
 * words without markup, each outside link followed by the host it leads to
 * ("the report (example.org)"). For tests and checks that compare the page
 * with the data; aria labels, CSV and meta descriptions use
 * markupToPlainText, without hosts.
 */
import { linkHost } from './linkHost.ts';
import { parseMarkup, type MarkupNode } from './markup.ts';

function nodesToShownText(nodes: readonly MarkupNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      const inner = nodesToShownText(node.children);
      const host = node.type === 'link' ? linkHost(node.href) : '';
      return host ? `${inner} (${host})` : inner;
    })
    .join('');
}

/**
 * @example markupToShownText('See [the report](https://www.trend.az/x).') // 'See the report (trend.az).'
 */
export function markupToShownText(text: string): string {
  return nodesToShownText(parseMarkup(text));
}
