/**
 * Adds a stylesheet of the site to the page, for the mounted app on a
 * story page (main.ts): the story page links only the styles it draws
 * (src/build/storyStylesheet.ts), the app needs the whole stylesheet.
 */

/**
 * Links the stylesheet at `href` unless the page links it already;
 * resolves once it applies, or failed to load (the app then starts
 * unstyled rather than not at all).
 */
export function loadStylesheet(href: string): Promise<void> {
  const linked = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  if (linked.some((link) => link.getAttribute('href') === href)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}
