import { launchBrowser } from '/work/main/tests/helpers/browser.ts';
import { readSteps } from '/work/main/tests/helpers/story.ts';
import { findStoryFrame, readEmbeddedStory, readHostView, scrollHostToStep, serveHostPage, startEmbedServers } from '/work/main/tests/helpers/embedHosts.ts';
const [kind, w, h] = [process.argv[2] as 'pym', Number(process.argv[3]), Number(process.argv[4])];
const servers = await startEmbedServers();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({ width: w, height: h });
await page.goto(serveHostPage(servers, kind, { view: 'story' }));
const { iframe, frame } = await findStoryFrame(page, servers);
for (const step of readSteps().slice(0, 4)) {
  await scrollHostToStep(page, iframe, frame, step.id);
  await new Promise(r => setTimeout(r, 400));
  const hv = await readHostView(page, iframe, frame);
  const fresh = await frame.evaluate(() => new Promise(res => {
    const tiles = [...document.querySelectorAll('.viewport-probe > div')];
    const io = new IntersectionObserver((es) => { io.disconnect(); const vis = es.filter(e => e.isIntersecting && e.intersectionRect.height > 0); res({ n: vis.length, top: Math.min(...vis.map(e => e.intersectionRect.top)), bottom: Math.max(...vis.map(e => e.intersectionRect.bottom)), rb: es[0]?.rootBounds }); }, { threshold: [0, 0.5, 1] });
    tiles.forEach(t => io.observe(t));
  }));
  const tf = await frame.evaluate(() => (document.querySelector('.graphic-col') as HTMLElement).style.transform);
  console.log(step.id, 'expected top', -hv.frameTop, 'fresh', JSON.stringify(fresh), tf);
}
await browser.close(); await servers.close();
