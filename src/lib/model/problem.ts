/**
 * One thing wrong (error) or suspicious (warning) in data/, located so an
 * editor can jump to it: `data/events.json:12:5  events[3].amount.currency
 * must be USD, AZN or EUR  (hint)`.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. "unknown-place", "total-contradiction". */
  code: string;
  /** File name inside data/, e.g. "events.json". */
  file: string;
  /** 1-based line and column of the offending value (1:1 when the file itself is the problem). */
  line: number;
  column: number;
  /** Path of the field, e.g. "events[3].amount.currency" ("" for the whole file). */
  path: string;
  /** What is wrong, in an editor's words. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** Ids of the records involved (for warnings the story explains, e.g. contradictions). */
  related?: string[];
}
