import { launchBrowser } from '/work/main/tests/helpers/browser.ts';
import { findStoryFrame, serveHostPage, startEmbedServers, runAxeAcrossFrames } from '/work/main/tests/helpers/embedHosts.ts';
const servers = await startEmbedServers();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.goto(serveHostPage(servers, 'pym', { view: 'story' }));
const { frame } = await findStoryFrame(page, servers);
console.log(await frame.evaluate(() => [...document.querySelectorAll('header,main,footer,nav,aside,section[aria-label],section[aria-labelledby],[role=region],form')].map(e => `${e.tagName}#${e.id} label=${e.getAttribute('aria-label') ?? ''} lb=${e.getAttribute('aria-labelledby') ?? ''} -> ${e.getAttribute('aria-labelledby') ? document.getElementById(e.getAttribute('aria-labelledby')!.split(' ')[0]!)?.textContent?.slice(0,40) : ''}`).join('\n')));
await browser.close(); await servers.close();
