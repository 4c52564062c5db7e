/**
 * The scripts a page's first script lists on its `data-load`, in order
 * (src/build/bootPage.ts writes it). Call it while that script runs:
 * `document.currentScript` is set only then.
 * @example listedScripts(document.currentScript) // ['geo/region.js', 'data/story.js', './assets/index-a.js']
 */
export function listedScripts(script: HTMLOrSVGScriptElement | null): string[] {
  const list = script instanceof HTMLScriptElement ? (script.dataset.load ?? '') : '';
  return list.split(' ').filter(Boolean);
}

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
