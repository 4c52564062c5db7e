/**
 * The props of the story page's parts below its steps: the notes, the
 * corrections and the table of all events (Notes.svelte, Corrections.svelte,
 * EventTable.svelte).
 */
import type { StoryModel } from '../lib/model/buildStoryModel.ts';

export interface BelowStepsProps {
  model: StoryModel;
  /**
   * '' when the build renders the static page: the component marks each of
   * its own parts (a note, a disagreement, a correction, a group of rows)
   * for the page's boot script to lay out in a frame of its own after the
   * first paint, so that no frame lays out much (src/dom/layOutLater.ts).
   * Left out in a frame and the dev server, which have no such script.
   */
  layOutLater?: '';
}
