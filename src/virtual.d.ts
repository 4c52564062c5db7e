declare module 'virtual:story-data' {
  import type { StoryDataModule } from './lib/model/storyDataModule.ts';
  const data: StoryDataModule;
  export default data;
}
