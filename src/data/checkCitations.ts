import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

const MAX_EXCERPT_WORDS = 25;

/** Warns about excerpts longer than 25 words and citations with neither excerpt nor note. */
export function checkCitations(data: Pick<Dataset, 'events'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  data.events.forEach((event, i) => {
    event.sources.forEach((citation, j) => {
      const words = citation.excerpt?.trim().split(/\s+/).length ?? 0;
      if (words > MAX_EXCERPT_WORDS) {
        report(
          'warning',
          'long-excerpt',
          'events.json',
          ['events', i, 'sources', j, 'excerpt'],
          `the excerpt is ${words} words long; excerpts should be short quotes (at most ${MAX_EXCERPT_WORDS} words)`,
          'quote only the words that carry the fact, or summarise in "note" in our own words',
          [event.id],
        );
      }
      if (citation.excerpt === undefined && citation.note === undefined) {
        report(
          'warning',
          'citation-without-evidence',
          'events.json',
          ['events', i, 'sources', j],
          `the citation of "${citation.source}" has neither an excerpt nor a note`,
          'add "excerpt" (a short quote in the source\'s own words) or "note" (what it reports, in our words)',
          [event.id],
        );
      }
    });
  });
  return problems;
}
