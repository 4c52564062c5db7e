/**
 * The share page of one step (dist/s/<step-id>.html): the address to share
 * for that step. It carries the step's own card and description for social
 * sites, and for readers it opens the story at that step: a small script
 * (open-step.js, no inline script, so a strict CSP allows it) goes there at
 * once (not a meta refresh: social sites' crawlers follow that, and would
 * show the story's card instead of the step's); without JavaScript the page
 * reads on its own, with the step's text,
 * its image and sources, and a link to the story at that step.
 * Not `noindex`: its canonical link already sends search engines to the
 * story, and a page both noindex and canonical to another gives them two
 * conflicting signals (the noindex may be carried over to the story).
 */
import { escapeAttribute, escapeText } from './escapeHtml.ts';

export interface SharePageInput {
  language: string;
  headline: string;
  step: { id: string; title: string; text: string; source: string; index: number; total: number };
  /** The story's stylesheet, relative to the story's folder (e.g. 'assets/index-abc.css'), or null. */
  stylesheet: string | null;
  /** The Open Graph and Twitter tags (shareMetaTags.ts). */
  metaTags: string;
  /** The `<link rel="canonical">`: the story's address (the story is the page to index). */
  canonical: string;
  image: { src: string; width: number; height: number; alt: string };
  /** The story page's icon, relative to the story's folder (`../favicon.svg` in a language's folder); default favicon.svg. */
  icon?: string;
  /** The page's words in its language ("Step 2 of 12", the link to the story); English without. */
  words?: { stepOf: string; readFromStep: string };
}

/** The script every share page loads: it follows the page's own link to the story. */
export const OPEN_STEP_SCRIPT = `// Opens the story at the step this share page is about (the link's target).
var link = document.querySelector('a[data-open-step]');
if (link) location.replace(link.href);
`;

export const OPEN_STEP_FILE = 'open-step.js';

/** The share pages' own few rules, beside the story's stylesheet (a file: a strict CSP blocks inline styles). */
export const SHARE_STYLE = `.share-page { max-width: 44rem; margin: 0 auto; padding: 1rem; }
.share-page img { display: block; max-width: 100%; height: auto; margin: 1rem 0; }
`;

export const SHARE_STYLE_FILE = 'share.css';

/**
 * @example sharePage(input) // '<!doctype html>…<a href="../index.html#first-convoy" data-open-step>…'
 */
export function sharePage(input: SharePageInput): string {
  const { step } = input;
  const storyAtStep = `../index.html#${encodeURIComponent(step.id)}`;
  const title = `${step.title} – ${input.headline}`;
  return `<!doctype html>
<html lang="${escapeAttribute(input.language)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeText(title)}</title>
    <meta name="description" content="${escapeAttribute(step.text)}" />
    ${input.canonical}
    ${input.metaTags}
    <link rel="icon" href="../${escapeAttribute(input.icon ?? 'favicon.svg')}" type="image/svg+xml" />
    ${input.stylesheet ? `<link rel="stylesheet" href="../${escapeAttribute(input.stylesheet)}" />` : ''}
    <link rel="stylesheet" href="${SHARE_STYLE_FILE}" />
    <script defer src="${OPEN_STEP_FILE}"></script>
  </head>
  <body>
    <main class="share-page" data-share-step="${escapeAttribute(step.id)}">
      <p><a href="../index.html">${escapeText(input.headline)}</a></p>
      <p>${escapeText(input.words?.stepOf ?? `Step ${step.index + 1} of ${step.total}`)}</p>
      <h1>${escapeText(step.title)}</h1>
      <p>${escapeText(step.text)}</p>
      <p><a href="${escapeAttribute(storyAtStep)}" data-open-step>${escapeText(input.words?.readFromStep ?? 'Read the story from this step')}</a></p>
      <img src="${escapeAttribute(input.image.src)}" width="${input.image.width}" height="${input.image.height}" alt="${escapeAttribute(input.image.alt)}" loading="lazy" />
      <p>${escapeText(step.source)}</p>
    </main>
  </body>
</html>
`;
}
