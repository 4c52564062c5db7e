declare module 'virtual:story-data' {
  import type { StoryDataModule } from './lib/model/storyDataModule.ts';
  /** Every published language's data, by language tag (English always). */
  export const byLocale: Partial<Record<import('./lib/i18n/locales.ts').Locale, StoryDataModule>>;
}

// The theme's custom properties (src/build/themePlugin.ts); imported for its side effect.
declare module 'virtual:story-theme.css';

// The late islands' script, beside the page's own (src/build/lateIslandsPlugin.ts); '' on the dev server.
declare module 'virtual:late-islands-script' {
  const address: string;
  export default address;
}
