import { readFileSync } from 'node:fs';
import { launchBrowser } from '/work/main/tests/helpers/browser.ts';
import { findStoryFrame, serveHostPage, startEmbedServers } from '/work/main/tests/helpers/embedHosts.ts';
const servers = await startEmbedServers();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.goto(serveHostPage(servers, 'pym', { view: 'card' }));
const { frame } = await findStoryFrame(page, servers);
await frame.evaluate(() => { const img = document.createElement('img'); img.src = 'data:,'; document.body.append(img); });
const src = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
for (const f of page.frames()) { await f.evaluate(src); await f.evaluate(() => (window as any).axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] })); }
console.log(await page.evaluate(async () => { const r = await (window as any).axe.run(document, { iframes: true }); return JSON.stringify(r.violations.map((v: any) => [v.id, v.nodes.map((n: any) => n.target)])) + ' passes-in-frame:' + r.passes.filter((p: any) => p.nodes.some((n: any) => n.target.length > 1)).length; }));
await browser.close(); await servers.close();
