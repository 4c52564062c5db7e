/**
 * Copy-paste snippets that put the story on a newsroom page: for hosts
 * running pym.js, @newswire/frames, AMP, or no script at all. Each gives
 * the iframe a title, loads it lazily where the host allows, and sandboxes
 * it. Pure string building; every value is escaped for HTML.
 */
import type { View } from './readEmbedParams.ts';
import type { ThemeParams } from '../theme/themeParams.ts';

/**
 * The sandbox every snippet sets. `allow-scripts` with `allow-same-origin`
 * is unsafe only for a frame on the host's own origin (its script could
 * reach up and remove the sandbox); our frame is always on the story's own
 * origin, another than the newsroom's, so the pair only keeps that origin,
 * which pym's origin check (data-pym-xdomain) relies on. `allow-popups`
 * with `allow-popups-to-escape-sandbox` lets the source links and "Read the
 * full story" open ordinary tabs. Left out on purpose: `allow-top-navigation*`
 * (the embed can never move the host page), `allow-forms`, `allow-modals`.
 * The story also runs with `allow-scripts` alone (an opaque origin: its
 * scripts and geometry are classic scripts, which need no CORS); a host
 * choosing that must drop data-pym-xdomain, since the origin is then "null".
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Where hosts usually load the resizer scripts from; a newsroom may self-host them. */
export const PYM_SCRIPT = 'https://pym.nprapps.org/pym.v1.min.js';
export const FRAMES_SCRIPT = 'https://unpkg.com/@newswire/frames@1.0.0/dist/frames.umd.js';
export const AMP_IFRAME_SCRIPT = 'https://cdn.ampproject.org/v0/amp-iframe-0.1.js';

/**
 * Heights for frames that cannot grow (plain iframe) and AMP's first
 * height, per view. Chosen so that at every width from 300 px the map takes
 * a quarter of the frame or more beside the step's text box and the
 * timeline (tests/browser/embed-fixed-frames.test.ts); on a phone, the card
 * and the stepper stack text, map and timeline, which needs the height.
 */
export const FIXED_HEIGHTS: Record<View, number> = {
  story: 760,
  map: 480,
  timeline: 400,
  card: 680,
  stepper: 760,
};

/** URL parameter telling the child its frame has a fixed height, so it fills the frame instead of growing. */
export const FIXED_FRAME_PARAM = 'frame';

export interface SnippetRequest {
  /** URL of embed.html, absolute once the page knows its own address. */
  embedPage: string;
  view: View;
  /** Step to show in the map, timeline, card and stepper views. */
  step: string | null;
  /** Plain-text title for the iframe (screen readers announce it). */
  title: string;
  /** The host's choice of theme (null: follow the reader's setting) and font (null: the story's own). */
  look?: ThemeParams;
  pymScript?: string;
  framesScript?: string;
  /** The AMP frame's "Show all" button, in the page's language (default English). */
  showAllLabel?: string;
}

export interface EmbedSnippets {
  pym: string;
  frames: string;
  amp: string;
  plain: string;
}

/**
 * The embed page's URL for a view and step; `fixed` asks the child to fill
 * a frame of fixed height; `look` carries the host's theme and font.
 * @example buildEmbedUrl('https://example.org/aid/embed.html', 'card', 'convoys', false, { theme: 'dark', font: null })
 * // 'https://example.org/aid/embed.html?view=card&step=convoys&theme=dark'
 */
export function buildEmbedUrl(
  embedPage: string,
  view: View,
  step: string | null,
  fixed: boolean,
  look: ThemeParams = { theme: null, font: null },
): string {
  const params = new URLSearchParams({ view });
  if (step && view !== 'story') params.set('step', step);
  if (fixed) params.set(FIXED_FRAME_PARAM, 'fixed');
  if (look.theme) params.set('theme', look.theme);
  if (look.font) params.set('font', look.font);
  return `${embedPage}?${params.toString()}`;
}

/**
 * Whether the page is told (by the plain-iframe snippet) that its frame
 * keeps a fixed height.
 * @example readFrameSizing('?view=stepper&frame=fixed') // 'fixed'
 */
export function readFrameSizing(search: string): 'fixed' | 'auto' {
  return new URLSearchParams(search).get(FIXED_FRAME_PARAM) === 'fixed' ? 'fixed' : 'auto';
}

/**
 * pym.js's `xdomain` setting for messages from `embedPage`'s origin (pym
 * appends `$`), or null if the URL is not absolute. Without it, pym's
 * parent obeys `height`, `navigateTo` and `scrollToChildPos` from any
 * window that can post to the host page.
 * @example pymOriginPattern('https://graphics.example.org/aid/embed.html') // '^https://graphics\\.example\\.org'
 */
export function pymOriginPattern(embedPage: string): string | null {
  if (!URL.canParse(embedPage)) return null;
  const { origin } = new URL(embedPage);
  if (origin === 'null') return null;
  return '^' + origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The four snippets for one view (and step).
 * @example buildEmbedSnippets({embedPage: 'https://example.org/aid/embed.html', view: 'map', step: null, title: 'Energy aid'}).plain
 * // '<iframe\n  src="https://example.org/aid/embed.html?view=map&amp;frame=fixed"\n  title="Energy aid"\n ...'
 */
export function buildEmbedSnippets(request: SnippetRequest): EmbedSnippets {
  const { embedPage, view, step, title, look } = request;
  const src = buildEmbedUrl(embedPage, view, step, false, look);
  // A frame that cannot grow gets the stepper instead of the whole story:
  // a long story scrolling inside a short box traps the reader's scrolling.
  const fixedView: View = view === 'story' ? 'stepper' : view;
  const fixedSrc = buildEmbedUrl(embedPage, fixedView, step, true, look);
  const height = FIXED_HEIGHTS[view];
  // Hosts without script show a link to the full story instead.
  const fallbackHref = URL.canParse(embedPage) ? new URL('./', embedPage).href : './';
  const xdomain = pymOriginPattern(embedPage);

  const pym = [
    '<div',
    attribute('data-pym-src', src),
    attribute('data-pym-title', title),
    attribute('data-pym-sandbox', EMBED_SANDBOX),
    xdomain ? attribute('data-pym-xdomain', xdomain) : null,
    // Keeps the host's URL and title out of our iframe's address.
    attribute('data-pym-optionalparams', 'false'),
    view === 'story' ? '  data-pym-trackscroll' : null,
    `><a href="${escapeHtml(fallbackHref)}">${escapeHtml(title)}</a></div>`,
    `<script src="${escapeHtml(request.pymScript ?? PYM_SCRIPT)}"></script>`,
  ];

  const frames = [
    '<div',
    attribute('data-frame-src', src),
    attribute('data-frame-attribute-title', title),
    attribute('data-frame-attribute-loading', 'lazy'),
    attribute('data-frame-attribute-sandbox', EMBED_SANDBOX),
    '></div>',
    `<script src="${escapeHtml(request.framesScript ?? FRAMES_SCRIPT)}"></script>`,
    '<script>window.newswireFrames.autoInitFrames();</script>',
  ];

  // AMP loads every amp-iframe lazily itself and its validator rejects a
  // `loading` attribute; `resizable` needs an `overflow` child.
  const amp = [
    `<!-- in <head>: <script async custom-element="amp-iframe" src="${AMP_IFRAME_SCRIPT}"></script> -->`,
    '<amp-iframe',
    attribute('title', title),
    attribute('src', src),
    attribute('layout', 'fixed-height'),
    attribute('height', String(height)),
    attribute('sandbox', EMBED_SANDBOX),
    '  resizable',
    attribute('frameborder', '0'),
    '>',
    `  <button overflow type="button">${escapeHtml(request.showAllLabel ?? 'Show all')}</button>`,
    '</amp-iframe>',
  ];

  // frameborder rather than a style attribute: it also holds on hosts
  // whose Content-Security-Policy forbids inline styles.
  const plain = [
    '<iframe',
    attribute('src', fixedSrc),
    attribute('title', title),
    attribute('width', '100%'),
    attribute('height', String(FIXED_HEIGHTS[fixedView])),
    attribute('loading', 'lazy'),
    attribute('sandbox', EMBED_SANDBOX),
    attribute('frameborder', '0'),
    '></iframe>',
  ];

  return {
    pym: join(pym),
    frames: join(frames),
    amp: join(amp),
    plain: join(plain),
  };
}

function join(lines: (string | null)[]): string {
  return lines.filter((line): line is string => line !== null).join('\n');
}

function attribute(name: string, value: string): string {
  return `  ${name}="${escapeHtml(value)}"`;
}

/** Escapes for both attribute values (always double-quoted here) and text. */
function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
