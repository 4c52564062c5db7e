import type { Node } from 'jsonc-parser';
import type { Problem } from '../lib/model/problem.ts';
import { formatPath } from './formatPath.ts';
import { positionAt } from './positionAt.ts';

/** Keys that appear twice in one object: JSON readers silently keep only the last. */
export function findDuplicateKeys(
  tree: Node,
  text: string,
  file: string,
  starts: number[],
): Problem[] {
  const problems: Problem[] = [];
  const path: (string | number)[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = keyNode.value;
        const first = seen.get(key);
        if (first) {
          const at = positionAt(text, first.offset, starts);
          problems.push({
            severity: 'error',
            code: 'json-duplicate-key',
            file,
            ...positionAt(text, keyNode.offset, starts),
            path: formatPath([...path, key]),
            message: `field "${key}" appears twice in the same object`,
            hint: `keep one of them; the other is at line ${at.line}, column ${at.column}`,
          });
        } else seen.set(key, keyNode);
        if (valueNode) {
          path.push(key);
          walk(valueNode);
          path.pop();
        }
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => {
        path.push(index);
        walk(child);
        path.pop();
      });
    }
  };
  walk(tree);
  return problems;
}
