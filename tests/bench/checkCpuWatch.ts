/**
 * `npx tsx tests/bench/checkCpuWatch.ts`: a smoke check of the CPU watch
 * (watchOtherCpu.ts) on this machine, a few seconds per case. Our own
 * work (a busy loop here, a child that busy-loops and exits) must not count
 * as other processes', nor Chromium's (a page busy-looping in a renderer,
 * a grandchild of ours); a busy loop re-parented away from us (orphaned, as
 * another program would be) must count. Printed beside it, our own tree's
 * share, since on a loaded machine the others' share alone says little.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from './launchChromium.ts';
import { otherCpuShare } from './otherCpuShare.ts';
import { readCpuSample } from './watchOtherCpu.ts';

const SECONDS = 3;
const BUSY_SHELL = `end=$(($(date +%s) + ${SECONDS})); while [ $(date +%s) -lt $end ]; do :; done`;

async function measure(name: string, work: () => Promise<void>) {
  const before = readCpuSample();
  const started = performance.now();
  await work();
  const after = readCpuSample();
  const seconds = (performance.now() - started) / 1000;
  const all = after.machine.total - before.machine.total;
  const ours = (after.ownTreeTicks - before.ownTreeTicks) / all;
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
  console.log(
    `${name.padEnd(56)} ${seconds.toFixed(1)} s  others ${percent(otherCpuShare(before, after))}  ours ${percent(ours)}  of ${cpus().length} CPUs`,
  );
}

await measure('sleep', () => sleep(SECONDS * 1000));
await measure('busy loop in this process (ours)', async () => {
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end);
});
await measure('child busy-loops, exits, is reaped (ours)', async () => {
  await new Promise((resolve) => spawn('sh', ['-c', BUSY_SHELL]).on('exit', resolve));
});
await measure('orphaned busy loop, re-parented away (another program)', async () => {
  // The shell exits at once; its background loop is re-parented out of our tree.
  execFileSync('sh', ['-c', `(${BUSY_SHELL}) >/dev/null 2>&1 &`]);
  await sleep(SECONDS * 1000);
});
await measure('Chromium page busy-looping in its renderer (ours)', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.evaluate((ms) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    }, SECONDS * 1000);
  } finally {
    await browser.close();
  }
});
