import { interleaveRuns } from './interleaveRuns.ts';
import { repeatWhileBusy, type QuietCheck } from './repeatWhileBusy.ts';
import { watchOtherCpu } from './watchOtherCpu.ts';

const percent = (share: number) => `${(share * 100).toFixed(0)} %`;

/**
 * Measures every subject `runs` times, interleaved (run 1 of each, then run
 * 2 of each, …), each run repeated while other processes were busy
 * (repeatWhileBusy), and returns each subject's counted runs in order with
 * their QuietCheck.
 * @example await measureInterleaved({ story: () => probe(site), peer: () => probe(peer) }, 3, log)
 */
export async function measureInterleaved<K extends string, T extends object>(
  measures: Record<K, () => Promise<T>>,
  runs: number,
  log: (line: string) => void = () => {},
): Promise<Record<K, (T & QuietCheck)[]>> {
  const subjects = Object.keys(measures) as K[];
  const counted = Object.fromEntries(subjects.map((s) => [s, []])) as unknown as Record<
    K,
    (T & QuietCheck)[]
  >;
  for (const { subject, run } of interleaveRuns(subjects, runs)) {
    const { value, ...check } = await repeatWhileBusy(measures[subject], watchOtherCpu);
    counted[subject].push({ ...value, ...check });
    const discarded = check.discardedOtherCpu.length
      ? ` (after ${check.attempts - 1} repeat(s): ${check.discardedOtherCpu.map(percent).join(', ')})`
      : '';
    log(
      `  ${subject} run ${run}: other processes ${percent(check.otherCpu)}${discarded}${check.capHit ? ' — CAP HIT, counted the quietest' : ''}`,
    );
  }
  return counted;
}
