/**
 * The window's height as a reactive value, read only when an effect asks
 * for it (so reading it forces no layout during hydration). What
 * `svelte/reactivity/window`'s innerHeight does, without that module's ten
 * other values, which the bundle kept (about 0.8 KB) though none is read.
 */
import { createSubscriber } from 'svelte/reactivity';

const subscribe = createSubscriber((update) => {
  window.addEventListener('resize', update);
  return () => window.removeEventListener('resize', update);
});

export const windowHeight = {
  get current(): number {
    // Pre-rendering has no window: the server draws at default sizes.
    if (typeof window === 'undefined') return 0;
    subscribe();
    return window.innerHeight;
  },
};
