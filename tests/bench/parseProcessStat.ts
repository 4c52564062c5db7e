/** One process's line of /proc/<pid>/stat: who its parent is and how much CPU it used. */

export interface ProcessStat {
  pid: number;
  ppid: number;
  /** The command name (inside the parentheses; it may hold spaces and parentheses). */
  comm: string;
  /** R, S, D, Z (zombie: exited, not yet reaped), … */
  state: string;
  /** utime + stime: the process's own CPU ticks, all its threads. */
  ownTicks: number;
  /**
   * cutime + cstime: CPU ticks of its children that have exited and been
   * reaped (waited for), theirs and their own reaped children's.
   */
  reapedChildrenTicks: number;
}

/**
 * Parses one /proc/<pid>/stat line (proc(5): field 1 pid, 2 comm, 3 state,
 * 4 ppid, 14 utime, 15 stime, 16 cutime, 17 cstime). The command name ends
 * at the last ")", since a name such as "a) b" holds one too.
 * @example parseProcessStat('42 (node) S 1 42 42 0 -1 0 0 0 0 0 7 3 2 1 20 0 1 0').ownTicks // 10
 */
export function parseProcessStat(text: string): ProcessStat {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`/proc/<pid>/stat: no "(comm)" in: ${text}`);
  const pid = Number(text.slice(0, open).trim());
  // Fields from 3 (state) on; field n is at index n - 3.
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  const numbers = [pid, field(4), field(14), field(15), field(16), field(17)];
  if (numbers.some((n) => !Number.isInteger(n))) {
    throw new Error(`/proc/<pid>/stat: cannot read pid, ppid or CPU times in: ${text}`);
  }
  return {
    pid,
    ppid: field(4),
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '',
    ownTicks: field(14) + field(15),
    reapedChildrenTicks: field(16) + field(17),
  };
}
