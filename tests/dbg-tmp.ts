import { launchBrowser } from '/work/main/tests/helpers/browser.ts';
import { readSteps } from '/work/main/tests/helpers/story.ts';
import { findStoryFrame, readEmbeddedStory, scrollHostToStep, serveHostPage, startEmbedServers } from '/work/main/tests/helpers/embedHosts.ts';
const [kind, w, h] = [process.argv[2] as 'pym', Number(process.argv[3]), Number(process.argv[4])];
const servers = await startEmbedServers();
const browser = await launchBrowser();
const page = await browser.context.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
await page.setViewportSize({ width: w, height: h });
await page.goto(serveHostPage(servers, kind, { view: 'story' }));
const { iframe, frame } = await findStoryFrame(page, servers);
for (const step of readSteps()) {
  await scrollHostToStep(page, iframe, frame, step.id);
  await new Promise(r => setTimeout(r, 400));
  const seen = await readEmbeddedStory(page, iframe, frame);
  const extra = await frame.evaluate(() => ({ rh: getComputedStyle(document.documentElement).getPropertyValue('--reader-height'), mode: document.documentElement.dataset.frame, tf: (document.querySelector('.graphic-col') as HTMLElement)?.style.transform, h: document.documentElement.getBoundingClientRect().height }));
  console.log(step.id, JSON.stringify({ active: seen.active, at: seen.atTrigger, map: seen.map, vh: seen.viewportHeight, ...extra }));
}
await browser.close(); await servers.close();
