/**
 * The order of a comparison's runs: run 1 of every subject, then run 2 of
 * every subject, and so on (ours 1, theirs 1, ours 2, theirs 2, …), so that
 * a busy spell on the machine falls on both sides rather than on one.
 * @example interleaveRuns(['ours', 'theirs'], 2) // ours 1, theirs 1, ours 2, theirs 2
 */
export function interleaveRuns<S>(
  subjects: readonly S[],
  runs: number,
): { subject: S; run: number }[] {
  const order: { subject: S; run: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const subject of subjects) order.push({ subject, run });
  }
  return order;
}
