/**
 * The sources behind a set of events, each once, in the order first cited,
 * with every distinct verbatim excerpt quoted from it.
 */
import type { Citation } from '../../data/schema.ts';

export interface CollectedCitation {
  id: string;
  excerpts: string[];
}

/**
 * @example collectCitations([{sources: [{source: 'trend', excerpt: 'exceeded $44 million'}]}]) // [{id: 'trend', excerpts: ['exceeded $44 million']}]
 */
export function collectCitations(
  events: ReadonlyArray<{ sources: readonly Citation[] }>,
): CollectedCitation[] {
  const seen = new Map<string, CollectedCitation>();
  for (const event of events) {
    for (const citation of event.sources) {
      const entry = seen.get(citation.source) ?? { id: citation.source, excerpts: [] };
      if (citation.excerpt && !entry.excerpts.includes(citation.excerpt)) {
        entry.excerpts.push(citation.excerpt);
      }
      seen.set(citation.source, entry);
    }
  }
  return [...seen.values()];
}
