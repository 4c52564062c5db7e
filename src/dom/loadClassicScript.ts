/**
 * Loads a script of the site as a classic script (not a module), as the
 * page's own scripts are: it loads in sandboxed, opaque-origin frames and
 * under `script-src 'self'`, where a module would need CORS headers a
 * static host does not send.
 */

/** Appends `<script src>` to the head; resolves when it has run, rejects if it failed to load. */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}
