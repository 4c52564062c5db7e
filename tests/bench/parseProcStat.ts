/**
 * The machine-wide CPU counters of /proc/stat (the first, aggregate `cpu`
 * line), in clock ticks (USER_HZ) summed over every CPU.
 */

export interface CpuTimes {
  /** Ticks spent running anything: user, nice, system, irq, softirq, steal. */
  busy: number;
  /** Busy plus idle and iowait: all CPUs' wall time in ticks. */
  total: number;
}

/**
 * Reads the aggregate `cpu` line. guest and guest_nice are left out: the
 * kernel already counts them inside user and nice. steal counts as busy:
 * on a virtual machine it is time another guest took from us.
 * @example parseProcStat('cpu  10 0 5 80 5 0 0 0 0 0\n') // { busy: 15, total: 100 }
 */
export function parseProcStat(text: string): CpuTimes {
  const line = text.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) throw new Error('/proc/stat: no aggregate "cpu" line');
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 4 || fields.some((n) => !Number.isFinite(n))) {
    throw new Error(`/proc/stat: cannot read the "cpu" line: ${line}`);
  }
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}
