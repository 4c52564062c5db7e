/**
 * Appends classic scripts that run in the order given, as deferred script
 * tags would (`async = false` on scripts made by a script keeps their
 * order), wherever each one finishes loading.
 */
export function loadScriptsInOrder(sources: readonly string[], parent: ParentNode): void {
  for (const src of sources) {
    const script = document.createElement('script');
    script.src = src;
    script.async = false;
    parent.append(script);
  }
}
