/**
 * Builds the mounted app (src/views.ts) as a second classic script,
 * assets/views-<hash>.js, inside the site's own build, and writes its
 * address on the page's #app element (`data-views-script`) for main.ts,
 * which loads it only where the app is mounted (frames, the embed views).
 * A second script, not a chunk: the page's scripts are classic (IIFE),
 * since module scripts need CORS, which a sandboxed iframe (opaque origin)
 * on a plain static host does not get, and an IIFE build cannot be split.
 *
 * The site's stylesheet is the views build's: that build compiles every
 * component (the app renders the whole story), while the page's own build
 * leaves out the styles of components it does not run (Vite scopes a
 * Svelte component's CSS to its code), which the pre-rendered text needs.
 * embed.html links it; the story page links the part of it that the story
 * page draws (scripts/prerender.ts, storyStylesheet.ts).
 */
import type { Plugin, Rolldown } from 'vite';
import { buildClassicScript, hashOf } from './buildClassicScript.ts';

export function viewsBundle(options: {
  entry: string;
  /** Plugins the app's own imports need besides Svelte (e.g. the theme's virtual stylesheet). */
  plugins?: () => Plugin[];
}): Plugin {
  let fileName = '';
  let styleName = '';
  let code = '';
  let css = '';
  let isBuild = false;
  return {
    name: 'views-bundle',
    configResolved(config) {
      isBuild = config.command === 'build' && !config.build.ssr;
    },
    async buildStart() {
      if (!isBuild) return;
      ({ code, css } = await buildClassicScript(options.entry, options.plugins?.()));
      if (!css) throw new Error(`views-bundle: building ${options.entry} gave no stylesheet`);
      fileName = `assets/views-${hashOf(code)}.js`;
      styleName = `assets/style-${hashOf(css)}.css`;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!isBuild) return;
        this.emitFile({ type: 'asset', fileName, source: code });
        const sheets = Object.values(bundle).filter(
          (f): f is Rolldown.OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'),
        );
        const pages = Object.values(bundle).filter(
          (f): f is Rolldown.OutputAsset => f.type === 'asset' && f.fileName.endsWith('.html'),
        );
        if (sheets.length !== 1 || !pages.length)
          this.error('views-bundle: expected one stylesheet and the pages in the build');
        const [sheet] = sheets as [Rolldown.OutputAsset];
        for (const page of pages) {
          const html = String(page.source);
          if (!html.includes(sheet.fileName))
            this.error(`views-bundle: ${page.fileName} does not link ${sheet.fileName}`);
          page.source = html.replace(sheet.fileName, styleName);
        }
        delete bundle[sheet.fileName];
        this.emitFile({ type: 'asset', fileName: styleName, source: css });
      },
    },
    transformIndexHtml(html) {
      if (!isBuild) return html;
      // The story page links a stylesheet of its own (storyStylesheet.ts): the
      // mounted app adds the whole one (main.ts), named here.
      return html.replace(
        '<div id="app">',
        `<div id="app" data-views-script="./${fileName}" data-views-style="./${styleName}">`,
      );
    },
  };
}
