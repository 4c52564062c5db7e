/** Optimal string alignment distance (edits, with swapped neighbours counting as one). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate an editor most likely meant, or undefined when none is close.
 * @example suggestClosest('destinaton', ['origin', 'destination']) // 'destination'
 */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  if (needle.length > 80) return undefined;
  // Ids share long date parts ("trend-2025-08-13", "tass-2025-08-11"): stay strict.
  const allowed =
    needle.length <= 3 ? 1 : needle.length <= 6 ? 2 : Math.min(3, Math.floor(needle.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (hay.length > 80) continue;
    // A short name two letters off is a typo only if it starts the same way:
    // "kiev" → "kyiv", but a new place "lviv" is not "kyiv".
    if (needle.length <= 6 && hay[0] !== needle[0]) continue;
    const distance = editDistance(needle, hay);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= allowed) return best;
  // "trend-2025-08-13" for "trend-2025-08-13-energy" and the like.
  return needle.length >= 4
    ? candidates.find((c) => c.toLowerCase().includes(needle) || needle.includes(c.toLowerCase()))
    : undefined;
}

/** `did you mean "kyiv"? Fix the id, …`, or just `fix the id, …` when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[], advice: string): string {
  const suggestion = suggestClosest(input, candidates);
  if (suggestion === undefined) return advice;
  return `did you mean "${suggestion}"? ${advice.charAt(0).toUpperCase()}${advice.slice(1)}`;
}

export function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'there are none yet';
  return ids.length <= 10 ? `known: ${ids.join(', ')}` : `${ids.length} are known`;
}
