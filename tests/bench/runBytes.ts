/**
 * `npx tsx tests/bench/runBytes.ts [--site <built site folder>]`: the byte
 * part of `npm run bench` alone (a few seconds a page, nothing timed, so a
 * busy machine does not skew it). Measures the first visit of the full
 * story in every language the built site has (findLanguagePages.ts), each
 * embed view and TimelineJS, and prints the byte budget rows. Without
 * `--site` it builds the site into tests/bench/tmp/ as the bench does.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../helpers/staticServer.ts';
import { buildSite } from './buildSite.ts';
import { buildTimelineJsPage, TIMELINEJS_DIST } from './buildTimelineJsPage.ts';
import { languagePageLabel, ROOT_PAGE, siteByteChecks } from './checkBudgets.ts';
import { findLanguagePages } from './findLanguagePages.ts';
import { formatBudgetTable } from './formatResults.ts';
import { launchChromium } from './launchChromium.ts';
import { measureSiteBytes } from './measureSiteBytes.ts';

const TMP = path.join(import.meta.dirname, 'tmp');
const EMBED_VIEWS = ['map', 'timeline', 'card', 'stepper'];

const { values } = parseArgs({ options: { site: { type: 'string' } } });
const dist = values.site
  ? path.resolve(values.site)
  : (await buildSite({ folder: path.join(TMP, 'site'), dataDir: 'data' })).dist;
const pages = findLanguagePages(dist);
console.log(`language pages in ${dist}: ${pages.map((p) => `${p.lang} ${p.path}`).join(', ')}`);
const peerDir = path.join(TMP, 'peer');
buildTimelineJsPage({ dataDir: 'data', folder: peerDir });

const site = await startStaticServer(dist, { compress: true });
const peer = await startStaticServer(peerDir, {
  mounts: { '/timelinejs/': TIMELINEJS_DIST },
  compress: true,
});
const browser = await launchChromium();
try {
  const started = performance.now();
  const bytes = await measureSiteBytes(browser, {
    site: site.url,
    peer: peer.url,
    embedViews: EMBED_VIEWS,
    languages: pages.filter((p) => !p.root),
  });
  console.log(`measured in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  console.log(formatBudgetTable(siteByteChecks(bytes, bytes.languages)));
  for (const [name, visit] of [
    [ROOT_PAGE, bytes.story] as const,
    ['full story, once the reader scrolls', bytes.storyOnceScrolled] as const,
    ...bytes.languages.map((page) => [languagePageLabel(page), page.bytes] as const),
  ]) {
    console.log(`\n${name}: ${visit.files.map((f) => `${f.path} ${f.gzipBytes} B`).join(', ')}`);
  }
} finally {
  await browser.close();
  await site.close();
  await peer.close();
}
