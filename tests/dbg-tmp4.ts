import { launchBrowser } from '/work/main/tests/helpers/browser.ts';
import { findStoryFrame, serveHostPage, startEmbedServers } from '/work/main/tests/helpers/embedHosts.ts';
const [kind, w, view] = [process.argv[2] as 'pym', Number(process.argv[3]), process.argv[4] as 'stepper'];
const servers = await startEmbedServers();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({ width: w, height: 800 });
await page.goto(serveHostPage(servers, kind, { view }));
const { frame } = await findStoryFrame(page, servers);
await new Promise(r => setTimeout(r, 1000));
console.log(await frame.evaluate(() => {
  const H = document.documentElement.getBoundingClientRect().height;
  const out: string[] = [`H=${H} sh=${document.documentElement.scrollHeight} ch=${document.documentElement.clientHeight}`];
  for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect(); if (r.bottom > H + 1 && r.height > 0) out.push(`${el.tagName}.${el.getAttribute('class')} top=${r.top.toFixed(0)} bottom=${r.bottom.toFixed(0)} pos=${getComputedStyle(el).position}`); }
  for (const sel of ['.stepper', '.graphic', 'figure', '.map-panel', '.timeline-panel']) { const e = document.querySelector(sel); if (e) { const r = e.getBoundingClientRect(); out.push(`${sel}: ${r.top.toFixed(0)}-${r.bottom.toFixed(0)} sh=${e.scrollHeight}`); } }
  return out.slice(0, 30).join('\n');
}));
await browser.close(); await servers.close();
