/**
 * Problems as terminal lines an editor can click through to:
 * `data/events.json:12:5  events[3].amount.currency  must be one of USD, AZN, EUR  (hint: …)`.
 */
import type { Problem } from '../lib/model/problem.ts';

/**
 * One problem on one line; warnings start with `warning`.
 * @example formatProblem(p) // 'data/events.json:14:21  events[0].amount.currency  must be one of USD, AZN, EUR, not the text "GBP"  (hint: …)'
 */
export function formatProblem(problem: Problem, dir = 'data'): string {
  const where = `${dir.replace(/[\\/]+$/, '')}/${problem.file}:${problem.line}:${problem.column}`;
  const parts = [problem.severity === 'warning' ? `warning  ${where}` : where];
  if (problem.path) parts.push(problem.path);
  parts.push(problem.message);
  if (problem.hint) parts.push(`(hint: ${problem.hint})`);
  return parts.join('  ');
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Every problem, then a summary line.
 * @example formatReport(problems) // '…\n2 errors, 1 warning in data/'
 */
export function formatReport(problems: readonly Problem[], dir = 'data'): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = `${count(errors, 'error')}, ${count(problems.length - errors, 'warning')} in ${dir.replace(/[\\/]+$/, '')}/`;
  return [...problems.map((p) => formatProblem(p, dir)), summary].join('\n');
}
