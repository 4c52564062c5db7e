/**
 * embed.html's first script (assets/embed-head-*.js, about 1 KB), classic
 * and blocking in the page's head, so that it runs before the first paint:
 * - the host's ?theme= and ?font= apply at once (a dark host's frame is
 *   never a white slab, even for a moment);
 * - a map embed shows the pre-rendered opening step's map at its first
 *   paint instead of the whole story's text (firstPaintView.ts), until the
 *   app mounts (views.ts);
 * - then it loads the app's scripts (the shapes, the full data, the app:
 *   about 75 KB gzip), listed in order on its `data-load`
 *   (src/build/bootPage.ts), right after the first contentful paint, so that
 *   on a slow connection they do not delay it.
 * A file, not an inline script, so that it runs under `script-src 'self'`.
 * Without JavaScript none of this happens: the page reads as the story.
 */
import { readEmbedParams } from './lib/embed/readEmbedParams.ts';
import { firstPaintView } from './lib/embed/firstPaintView.ts';
import { applyThemeParams } from './dom/applyThemeParams.ts';
import { afterFirstContentfulPaint } from './dom/afterFirstPaint.ts';
import { listedScripts, loadScriptsInOrder } from './dom/loadScriptsInOrder.ts';

const root = document.documentElement;
const params = readEmbedParams(location.search);
applyThemeParams(root, params);
const view = firstPaintView(params);
if (view) root.dataset.firstPaint = view;

// Read now: document.currentScript is set only while this script runs.
const sources = listedScripts(document.currentScript);
afterFirstContentfulPaint(() => loadScriptsInOrder(sources, document.head));
