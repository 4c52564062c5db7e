import { launchBrowser } from '/work/main/tests/helpers/browser.ts';
import { findStoryFrame, measureFit, serveHostPage, startEmbedServers } from '/work/main/tests/helpers/embedHosts.ts';
const [kind, w] = [process.argv[2] as 'pym', Number(process.argv[3])];
const servers = await startEmbedServers();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({ width: w, height: 800 });
await page.goto(serveHostPage(servers, kind, { view: 'stepper' }));
const { iframe, frame } = await findStoryFrame(page, servers);
for (let i = 0; i < 5; i++) { await new Promise(r => setTimeout(r, 500)); console.log(JSON.stringify(await measureFit(iframe, frame)), await iframe.evaluate(e => e.getAttribute('height'))); }
await frame.getByRole('button', { name: /next/i }).click();
for (let i = 0; i < 3; i++) { await new Promise(r => setTimeout(r, 500)); console.log(JSON.stringify(await measureFit(iframe, frame)), await iframe.evaluate(e => e.getAttribute('height'))); }
await browser.close(); await servers.close();
