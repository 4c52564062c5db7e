import type { CpuTimes } from './parseProcStat.ts';

/** What the CPU sampler reads at one instant. */
export interface CpuSample {
  /** /proc/stat: the whole machine. */
  machine: CpuTimes;
  /** Ticks used so far by the benchmark's own process tree (processTreeTicks). */
  ownTreeTicks: number;
}

/**
 * The share (0–1) of all CPUs that other processes used between two
 * samples: the machine's busy ticks minus the benchmark's own tree's,
 * over all CPUs' ticks in that time (its wall time times the CPU count).
 * Clamped to 0–1: the two counters are read a moment apart, so a quiet
 * interval can come out a tick below zero.
 * @example otherCpuShare({ machine: { busy: 0, total: 0 }, ownTreeTicks: 0 }, { machine: { busy: 60, total: 200 }, ownTreeTicks: 40 }) // 0.1
 */
export function otherCpuShare(before: CpuSample, after: CpuSample): number {
  const allTicks = after.machine.total - before.machine.total;
  if (allTicks <= 0) return Number.NaN;
  const busy = after.machine.busy - before.machine.busy;
  const own = after.ownTreeTicks - before.ownTreeTicks;
  return Math.min(1, Math.max(0, (busy - own) / allTicks));
}
