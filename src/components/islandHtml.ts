/**
 * The story page's islands as the build renders them: each one's HTML is
 * rendered on its own (entry-server.ts) and placed in the static page
 * where it names them (src/build/placeIslands.ts), so that the browser can
 * hydrate each island apart (startStoryIslands.ts).
 */
import type { StoryModel } from '../lib/model/buildStoryModel.ts';

/** The islands of the story page, by the name their place has in it. */
export type IslandName = 'graphic' | 'event-table' | 'embed-panel';

/** What the embed panel draws: each step's id and title, and the headline. */
export function embedPanelProps(model: StoryModel): {
  steps: { id: string; title: string }[];
  headline: string;
} {
  return {
    steps: model.steps.map((s) => ({ id: s.step.id, title: s.step.title })),
    headline: model.dataset.story.headline,
  };
}
