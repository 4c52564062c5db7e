/**
 * What the page gets from the build: the validated data and its warnings,
 * or (dev only) the problems that stop it. Types only, so shipped code can
 * name it without importing the Vite plugin (src/build/storyDataPlugin.ts).
 */
import type { Dataset } from '../../data/schema.ts';
import type { Problem } from './problem.ts';
import type { LocalePack } from '../i18n/localePack.ts';

/** What the client imports: the data (in the page's language) and its warnings, or (dev only) the problems that stop it. */
export type StoryDataModule =
  | {
      ok: true;
      dataset: Dataset;
      warnings: Problem[];
      locale: LocalePack;
      /**
       * Set in data/story.js, which holds only what the islands draw (texts
       * emptied, no sources, no warnings, no quote translations: see
       * slimStoryData.ts); the full data is data/story-full.js.
       */
      slim?: true;
    }
  | { ok: false; problems: Problem[] };

/** The data when it is valid, as data/story.js or data/story-full.js give it. */
export type StoryDataOk = Extract<StoryDataModule, { ok: true }>;
