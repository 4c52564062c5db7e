/**
 * The story model built from the full data, shared by the islands that
 * show what the islands' slim data leaves out (an event's text and
 * sources). Null until loaded; `load()` starts loading it, once.
 */
import { buildStoryModel, type StoryModel } from '../lib/model/buildStoryModel.ts';
import { loadFullStoryData } from '../dom/loadFullStoryData.ts';
import { speechOf } from '../lib/i18n/localePack.ts';
import { timelineWords } from '../lib/i18n/timelineWords.ts';

class FullStory {
  model = $state.raw<StoryModel | null>(null);
  /**
   * Our translations of the quotes, by quoteKey: the islands' slim
   * data leaves them out (slimStoryData.ts), so the islands' locale has none.
   */
  quotes = $state.raw<Record<string, string>>({});
  failed = $state(false);
  #started = false;

  /** Uses a model already built from the full data (the mounted app's). */
  use(model: StoryModel): void {
    this.#started = true;
    this.model = model;
  }

  load(): void {
    if (this.#started) return;
    this.#started = true;
    void loadFullStoryData().then((data) => {
      if (!data?.ok) {
        this.failed = true;
        return;
      }
      this.quotes = data.locale.quotes;
      this.model = buildStoryModel(
        data.dataset,
        data.warnings,
        timelineWords(speechOf(data.locale)),
      );
    });
  }
}

export const fullStory = new FullStory();
