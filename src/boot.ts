/**
 * The story page's first script (assets/boot-*.js, scripts/prerender.ts):
 * it loads the page's other scripts (the country shapes, the slim data,
 * the islands' bundle, about 60 KB gzip) only when they are needed. The
 * page is pre-rendered with its first step's map and timeline and reads
 * without them; they are needed when the graphic is about to move, which
 * is at the reader's first scroll, tap or key, or at once for a deep link,
 * a restored position or a frame (whenReaderActs.ts). A reader who reads
 * the top and leaves downloads none of it. And never before the first
 * contentful paint, so that on a slow connection they do not share the
 * bandwidth with the HTML and the stylesheet before the text shows. The
 * build lists them, in their order, on this script's `data-load`; they
 * run in that order, as the deferred tags did.
 */
import { afterFirstContentfulPaint } from './dom/afterFirstPaint.ts';
import { holdEarlyActivations } from './dom/holdEarlyActivation.ts';
import { listedScripts, loadScriptsInOrder } from './dom/loadScriptsInOrder.ts';
import { whenReaderActs } from './dom/whenReaderActs.ts';
import { layOutLater } from './dom/layOutLater.ts';
import { folderAddress } from './lib/i18n/folderAddress.ts';

// Served at its folder's address without the slash (`/uk`), by a host that
// does not redirect: every relative link would miss the folder, the data
// included. The address gets its slash, without a reload; links and the
// scripts below then resolve as they should. (The stylesheet and this
// script, shared one folder up, resolve right at `/uk` only when the site
// sits at its host's root; in a sub-folder the host must add the slash.)
const folder = folderAddress(location.pathname);
if (folder) history.replaceState(history.state, '', folder + location.search + location.hash);

// Read now: document.currentScript is set only while this script runs.
const sources = listedScripts(document.currentScript);
holdEarlyActivations();
// Before the browser restores a position: a restored page is laid out whole.
layOutLater(afterFirstContentfulPaint);
// Listening from the start: a scroll the browser restores before the first paint counts too.
whenReaderActs(() => afterFirstContentfulPaint(() => loadScriptsInOrder(sources, document.head)));
