declare module 'virtual:story-data' {
  import type { StoryDataModule } from './build/storyDataPlugin.ts';
  const data: StoryDataModule;
  export default data;
}
