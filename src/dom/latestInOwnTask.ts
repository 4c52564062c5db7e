/**
 * Hands values on to `apply` in a task of its own, soon after the one that
 * gave them: the work `apply` starts (a step's redraw) then never shares a
 * task with the frame callback that found it, so neither becomes one long
 * task on a slow phone. Values given before that task runs replace each
 * other: only the latest is applied. A MessageChannel, not setTimeout:
 * no 4 ms clamp behind nested timers, so it usually runs before the next frame.
 */
export interface LatestInOwnTask<T> {
  /** Queues `value`, replacing any value still waiting. */
  push(value: T): void;
  /** True while a value waits for its task. */
  waiting(): boolean;
  /** Drops the waiting value, if any, and closes the channel: nothing pushed later is applied. */
  close(): void;
}

export function latestInOwnTask<T>(apply: (value: T) => void): LatestInOwnTask<T> {
  const channel = new MessageChannel();
  let queued: { value: T } | null = null;
  channel.port1.onmessage = () => {
    const next = queued;
    queued = null;
    if (next) apply(next.value);
  };
  return {
    push(value) {
      if (!queued) channel.port2.postMessage(null);
      queued = { value };
    },
    waiting: () => queued !== null,
    close() {
      queued = null;
      channel.port1.close();
    },
  };
}
