/**
 * Reads /proc to tell how much CPU other processes used while the
 * benchmark measured something: the machine's busy ticks (/proc/stat) minus
 * those of this process and its descendants (Chromium, Lighthouse, builds),
 * found through the ppid of every /proc/<pid>/stat. Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { otherCpuShare, type CpuSample } from './otherCpuShare.ts';
import { parseProcessStat, type ProcessStat } from './parseProcessStat.ts';
import { parseProcStat } from './parseProcStat.ts';
import { processTreeTicks } from './processTreeTicks.ts';

function readProcesses(): ProcessStat[] {
  const processes: ProcessStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      processes.push(parseProcessStat(readFileSync(`/proc/${name}/stat`, 'utf8')));
    } catch {
      // Exited between the listing and the read: its ticks are in its parent's reaped count.
    }
  }
  return processes;
}

/** One reading of the machine's and our own tree's CPU ticks. */
export function readCpuSample(rootPid = process.pid): CpuSample {
  // Our tree first, then the machine: our ticks cannot then run ahead of the machine's.
  const ownTreeTicks = processTreeTicks(readProcesses(), rootPid);
  return { machine: parseProcStat(readFileSync('/proc/stat', 'utf8')), ownTreeTicks };
}

/**
 * Starts watching; the returned function stops and gives other processes'
 * share (0–1) of all CPUs since the start.
 * @example const stop = watchOtherCpu(); await work(); console.log(stop())
 */
export function watchOtherCpu(rootPid = process.pid): () => number {
  const before = readCpuSample(rootPid);
  return () => otherCpuShare(before, readCpuSample(rootPid));
}
