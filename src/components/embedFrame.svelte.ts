/**
 * The story's side of being embedded. Decides how the page behaves in its
 * frame (decideFrameMode: `fixed`, `auto`, `host-scroll` or `stepper`),
 * reports its height to the host, and, for the whole story in an
 * auto-height frame, keeps track of where the reader's screen is: from an
 * implicit-root IntersectionObserver, or from pym's
 * `viewport-iframe-position`; the story places its graphic and picks its
 * step from it.
 *
 * The mode is decided again whenever what the page knows changes: the
 * frame resized, the story's height changed, a host script spoke, pym sent
 * a viewport. A story frame that stays shorter than the story for
 * GROW_WAIT_MS (no resizer has spoken) shows the
 * stepper at the frame's height, and keeps asking for the story's height:
 * if the frame grows later (a slow phone, a resizer loaded late, a host
 * that postpones resizes), the story comes back.
 *
 * Never asks the host to navigate or scroll, and never reads the
 * `parentUrl` / `parentTitle` a pym host may put in our URL.
 */
import type { EmbedParams } from '../lib/embed/readEmbedParams.ts';
import type { PymViewport } from '../lib/embed/embedMessages.ts';
import { buildViewportRequest } from '../lib/embed/embedMessages.ts';
import {
  followHostWindow,
  windowFromPymViewport,
  type HostWindow,
  type Span,
} from '../lib/embed/hostViewport.ts';
import { GROW_WAIT_MS, decideFrameMode, type FrameMode } from '../lib/embed/decideFrameMode.ts';
import type { VisibleWindow, WindowSource } from '../lib/scroll/visibleWindow.ts';
import { listenToParent } from '../dom/listenToParent.ts';
import { observeVisibleSpan } from '../dom/observeVisibleSpan.ts';
import {
  measureDocumentHeight,
  startHeightReports,
  type HeightReports,
} from '../dom/reportHeight.ts';

export type { FrameMode };

/** What the story needs to scroll with a host page instead of its own window. */
export interface HostScroll {
  /** The reader's window, in this document's client coordinates. */
  visibleWindow: WindowSource;
  /** Calls `onChange` whenever that window moves or resizes; returns a function that stops it. */
  watch(onChange: () => void): () => void;
}

export class EmbedFrame implements HostScroll {
  mode = $state<FrameMode>('auto');
  readonly #childId: string | null;
  readonly #reports: HeightReports;
  #watchers: (() => void)[] = [];
  #host: HostWindow = { top: 0, height: guessScreenHeight(), measured: false, lastEdge: null };
  #visible: Span | null = null;
  #documentHeight = 0;
  #observing = false;
  #pym: PymViewport | null = null;
  #layoutWidth = window.innerWidth;
  readonly #params: EmbedParams;
  readonly #sizing: 'fixed' | 'auto';
  readonly #canObserve = typeof IntersectionObserver === 'function';
  /** The height the growing layout needs; kept while the stepper stands in for it. */
  #wantedHeight: number | null = null;
  #resizerSpoke = false;
  #waited = false;
  #waitTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the last decision saw, to restart the wait when it changes. */
  #seen = '';

  constructor(params: EmbedParams, sizing: 'fixed' | 'auto') {
    this.#childId = params.childId;
    this.#params = params;
    this.#sizing = sizing;
    const story = params.view === 'story';
    this.#decide();
    this.#reports = startHeightReports(this.#childId, () => this.#heightToReport());
    listenToParent(this.#childId, (message) => {
      this.#resizerSpoke = true;
      if (message.kind === 'frames-init') {
        this.#reports.report(true);
        this.#decide();
      } else if (message.kind === 'width') {
        // The host resized: answer with our height and ask where we are now.
        this.#reports.report(true);
        if (story) this.#askForViewport();
        this.#decide();
      } else this.#onPymViewport(message.viewport);
    });
    if (story && sizing === 'auto') {
      // The evidence for the mode: the frame's height and the story's.
      window.addEventListener('resize', () => this.#decide());
      new ResizeObserver(() => this.#decide()).observe(document.documentElement);
    }
    if (this.mode === 'host-scroll') {
      this.#observing = true;
      this.#setReaderHeight(this.#host.height);
      this.#setLayoutHeight(this.#host.height);
      window.addEventListener('resize', () => {
        // A new width reflows the story anyway: the moment to adopt the height learnt since.
        if (window.innerWidth === this.#layoutWidth) return;
        this.#layoutWidth = window.innerWidth;
        this.#setLayoutHeight(this.#host.height);
      });
      observeVisibleSpan((visible, documentHeight) => {
        this.#visible = visible;
        this.#documentHeight = documentHeight;
        this.#follow();
      });
    }
    if (story && sizing === 'auto') this.#askForViewport();
  }

  /** Reports the height now (after the app and its map are drawn). */
  reportHeight(): void {
    this.#reports.report();
  }

  visibleWindow = (): VisibleWindow => {
    if (this.#observing) {
      return {
        top: this.#host.top - window.scrollY,
        height: this.#host.height,
        width: window.innerWidth,
      };
    }
    if (this.#pym) return windowFromPymViewport(this.#pym);
    return { top: 0, height: window.innerHeight, width: window.innerWidth };
  };

  watch(onChange: () => void): () => void {
    this.#watchers.push(onChange);
    return () => {
      this.#watchers = this.#watchers.filter((watcher) => watcher !== onChange);
    };
  }

  #onPymViewport(viewport: PymViewport): void {
    // pym answers our request as the story starts, before the reader
    // scrolls: its exact height can still set the layout without a jump.
    const first = this.#pym === null;
    this.#pym = viewport;
    // Only the first viewport is new evidence for the mode; later ones come
    // with every scroll of the host, and resizes have their own listeners.
    if (first) this.#decide();
    if (this.mode !== 'host-scroll') return;
    if (first) this.#setLayoutHeight(viewport.viewportHeight);
    if (this.#observing) this.#follow();
    else {
      this.#setReaderHeight(viewport.viewportHeight);
      this.#notify();
    }
  }

  #follow(): void {
    const next = followHostWindow(
      this.#host,
      this.#visible,
      this.#documentHeight,
      this.#pym?.viewportHeight ?? null,
    );
    if (next.height !== this.#host.height) this.#setReaderHeight(next.height);
    this.#host = next;
    this.#notify();
  }

  #askForViewport(): void {
    const request = buildViewportRequest(this.#childId);
    if (request) window.parent.postMessage(request, '*');
  }

  #notify(): void {
    for (const watcher of this.#watchers) watcher();
  }

  /**
   * Decides the mode from what is known now. While the frame is shorter
   * than the story, the wait for it to grow restarts whenever either height
   * changes; a frame still short when the wait ends gets the stepper.
   */
  #decide(): void {
    const frameHeight = window.innerHeight;
    if (this.#showsGrowingLayout()) this.#wantedHeight = measureDocumentHeight();
    const seen = `${frameHeight} ${this.#wantedHeight}`;
    if (seen !== this.#seen) {
      this.#seen = seen;
      this.#waited = false;
      clearTimeout(this.#waitTimer);
      this.#waitTimer = setTimeout(() => {
        this.#waited = true;
        this.#decide();
      }, GROW_WAIT_MS);
    }
    const mode = decideFrameMode({
      sizing: this.#sizing,
      view: this.#params.view,
      canFollowHost: this.#canObserve || this.#pym !== null,
      frameHeight,
      wantedHeight: this.#wantedHeight,
      resizerSpoke: this.#resizerSpoke,
      waited: this.#waited,
    });
    if (mode !== this.mode || document.documentElement.dataset.frame !== mode) {
      this.#setMode(mode);
      // The new layout's height, or the story's, asked for again.
      queueMicrotask(() => this.#reports.report(true));
    }
  }

  /** Whether the page now shows the layout that grows with its content (not the stepper filling a frame). */
  #showsGrowingLayout(): boolean {
    return this.mode !== 'fixed';
  }

  /**
   * The height sent to the host: the document's, except while the stepper
   * fills a frame that did not grow, when it is the story's, so that a
   * resizer that starts late still grows the frame to it.
   */
  #heightToReport(): number {
    if (this.#sizing === 'auto' && this.#params.view === 'story' && this.mode === 'fixed')
      return this.#wantedHeight ?? measureDocumentHeight();
    return measureDocumentHeight();
  }

  #setMode(mode: FrameMode): void {
    this.mode = mode;
    document.documentElement.dataset.frame = mode;
  }

  /**
   * The host's screen height, for CSS that would use vh on a page of its
   * own (vh here is the frame's, which grows with the story). Live, for
   * the graphic, which is out of the flow.
   */
  #setReaderHeight(height: number): void {
    document.documentElement.style.setProperty('--reader-height', `${Math.round(height)}px`);
  }

  /**
   * The same height for spacing the steps, changed only when the layout
   * moves anyway (start, a new width): spacing the steps by the live value
   * would shift the text under the reader the moment the height is learnt.
   */
  #setLayoutHeight(height: number): void {
    document.documentElement.style.setProperty('--reader-layout-height', `${Math.round(height)}px`);
  }
}

/** A first guess at the reader's screen height, until the host's viewport is seen whole. */
function guessScreenHeight(): number {
  const height = window.screen?.availHeight || 800;
  return Math.max(360, Math.min(1400, height));
}

/** Starts the embed side if this page is inside a frame; null on a page of its own. */
export function startEmbedFrame(params: EmbedParams, sizing: 'fixed' | 'auto'): EmbedFrame | null {
  return window.parent === window ? null : new EmbedFrame(params, sizing);
}
