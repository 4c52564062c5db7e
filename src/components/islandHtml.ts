/**
 * The story page's islands as the build renders them: each one's HTML is
 * rendered on its own (entry-server.ts) and placed in the static page, so
 * that the browser can hydrate each island apart (startStoryIslands.ts).
 */
import type { StoryModel } from '../lib/model/buildStoryModel.ts';

export interface IslandHtml {
  /** The map, legend, timeline and event details (Graphic.svelte). */
  graphic: string;
  /** The table of all events, whose "Show more" needs the events (EventTable.svelte). */
  eventTable: string;
  /** The embed snippets (EmbedPanel.svelte). */
  embedPanel: string;
}

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
