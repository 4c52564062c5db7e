/**
 * The story's side of being embedded. Decides how the page behaves in its
 * frame, reports its height to the host, and, for the whole story in an
 * auto-height frame, keeps track of where the reader's screen is:
 *
 * - `fixed`: the plain-iframe snippet promised a frame that never grows;
 *   views fill it (the story shows as the stepper).
 * - `auto`: a resizer script grows the frame; views other than the story
 *   need nothing more.
 * - `host-scroll`: the whole story in a growing frame. The host page
 *   scrolls, so the reader's window comes from an implicit-root
 *   IntersectionObserver, or from pym's `viewport-iframe-position`; the
 *   story places its graphic and picks its step from it.
 * - `stepper`: the whole story, but neither source is available (yet):
 *   previous / next instead of scrolling. pym's first viewport message
 *   switches to `host-scroll`.
 *
 * A story frame that has not grown to its document a few seconds after
 * starting (an iframe around the story page with no resizer) turns
 * `fixed`, so the reader gets the stepper rather than a graphic that cannot
 * follow the text.
 *
 * Never asks the host to navigate or scroll, and never reads the
 * `parentUrl` / `parentTitle` a pym host may put in our URL.
 */
import type { EmbedParams } from '../lib/readEmbedParams.ts';
import type { PymViewport } from '../lib/embedMessages.ts';
import { buildViewportRequest } from '../lib/embedMessages.ts';
import {
  GROW_WAIT_MS,
  followHostWindow,
  frameIsNotGrowing,
  windowFromPymViewport,
  type HostWindow,
  type Span,
} from '../lib/hostViewport.ts';
import type { VisibleWindow, WindowSource } from '../state/trackSteps.ts';
import { listenToParent } from './listenToParent.ts';
import { observeVisibleSpan } from './observeVisibleSpan.ts';
import { startHeightReports, type HeightReports } from './reportHeight.ts';

export type FrameMode = 'fixed' | 'auto' | 'host-scroll' | 'stepper';

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

  constructor(params: EmbedParams, sizing: 'fixed' | 'auto') {
    this.#childId = params.childId;
    const story = params.view === 'story';
    const canObserve = typeof IntersectionObserver === 'function';
    this.#setMode(
      sizing === 'fixed' ? 'fixed' : !story ? 'auto' : canObserve ? 'host-scroll' : 'stepper',
    );
    this.#reports = startHeightReports(this.#childId);
    listenToParent(this.#childId, (message) => {
      if (message.kind === 'frames-init') this.#reports.report(true);
      else if (message.kind === 'width') {
        // The host resized: answer with our height and ask where we are now.
        this.#reports.report(true);
        if (story) this.#askForViewport();
      } else this.#onPymViewport(message.viewport);
    });
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
      // A host without a resizer (or one that refuses to grow the frame)
      // leaves a frame that scrolls itself: the story gives way to the stepper.
      setTimeout(() => {
        const root = document.documentElement;
        if (this.mode === 'host-scroll' && frameIsNotGrowing(window.innerHeight, root.scrollHeight))
          this.#setMode('fixed');
      }, GROW_WAIT_MS);
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
    if (this.mode === 'stepper') this.#setMode('host-scroll');
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
