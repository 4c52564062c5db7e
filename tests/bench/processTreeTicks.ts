import type { ProcessStat } from './parseProcessStat.ts';

/**
 * CPU ticks used so far by the process `rootPid` and all its descendants
 * (found through ppid chains), counting descendants that have already
 * exited: each process's own ticks plus the ticks of the children it has
 * reaped (cutime + cstime). A child that exits during a measurement moves
 * its ticks into its parent's reaped-children count, so the tree's total
 * keeps them; a zombie still shows its own ticks until it is reaped. Lost:
 * descendants orphaned (re-parented outside the tree) before they exit.
 * @example processTreeTicks([{ pid: 1, ppid: 0, ownTicks: 5, reapedChildrenTicks: 2 }], 1) // 7
 */
export function processTreeTicks(
  processes: readonly Pick<ProcessStat, 'pid' | 'ppid' | 'ownTicks' | 'reapedChildrenTicks'>[],
  rootPid: number,
): number {
  const children = new Map<number, number[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const byPid = new Map(processes.map((p) => [p.pid, p]));
  const seen = new Set<number>();
  const queue = [rootPid];
  let ticks = 0;
  while (queue.length) {
    const pid = queue.pop() as number;
    const p = byPid.get(pid);
    // A pid met twice would be a cycle in a torn read of /proc: count it once.
    if (!p || seen.has(pid)) continue;
    seen.add(pid);
    ticks += p.ownTicks + p.reapedChildrenTicks;
    queue.push(...(children.get(pid) ?? []));
  }
  return ticks;
}
