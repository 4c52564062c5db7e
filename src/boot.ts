/**
 * The story page's first script (assets/boot-*.js, scripts/prerender.ts):
 * it loads the page's other scripts (the country shapes, the slim data,
 * the islands' bundle, about 60 KB gzip) only after the first contentful
 * paint. The
 * page is pre-rendered and reads without them, so on a slow connection
 * they no longer share the bandwidth with the HTML and the stylesheet
 * before the text shows. The build lists them, in their order, on this
 * script's `data-load`; they run in that order, as the deferred tags did.
 */
import { afterFirstContentfulPaint } from './dom/afterFirstPaint.ts';
import { loadScriptsInOrder } from './dom/loadScriptsInOrder.ts';

// Read now: document.currentScript is set only while this script runs.
const boot = document.currentScript;
const sources = boot instanceof HTMLScriptElement ? (boot.dataset.load ?? '').split(' ') : [];
afterFirstContentfulPaint(() => loadScriptsInOrder(sources.filter(Boolean), document.head));
