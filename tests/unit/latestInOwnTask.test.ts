import { describe, expect, it } from 'vitest';
import { latestInOwnTask } from '../../src/dom/latestInOwnTask.ts';

/** A queue whose applied values are recorded, with a promise for the next one. */
function recorded() {
  const applied: number[] = [];
  let wake: (() => void) | null = null;
  const queue = latestInOwnTask<number>((v) => {
    applied.push(v);
    wake?.();
  });
  const nextApplied = () => new Promise<void>((resolve) => (wake = resolve));
  return { applied, queue, nextApplied };
}
// Long enough for any message already posted to have been delivered.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('latestInOwnTask', () => {
  it('applies a value in a later task, not in the one that pushed it', async () => {
    const { applied, queue, nextApplied } = recorded();
    const done = nextApplied();
    queue.push(1);
    await Promise.resolve();
    expect(applied).toEqual([]);
    expect(queue.waiting()).toBe(true);
    await done;
    expect(applied).toEqual([1]);
    expect(queue.waiting()).toBe(false);
  });

  it('applies only the latest of the values pushed before its task ran', async () => {
    const { applied, queue, nextApplied } = recorded();
    const done = nextApplied();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    await done;
    await settle();
    expect(applied).toEqual([3]);
  });

  it('applies values pushed after a task ran in a task of their own', async () => {
    const { applied, queue, nextApplied } = recorded();
    let done = nextApplied();
    queue.push(1);
    await done;
    done = nextApplied();
    queue.push(2);
    await done;
    expect(applied).toEqual([1, 2]);
  });

  it('drops a waiting value when closed, and applies nothing pushed after', async () => {
    const { applied, queue } = recorded();
    queue.push(1);
    queue.close();
    await settle();
    expect(applied).toEqual([]);
    queue.push(2);
    await settle();
    expect(applied).toEqual([]);
  });
});
