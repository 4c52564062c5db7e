/**
 * Tells the embedding page how tall the document is, in every format
 * newsroom hosts read (see buildHeightMessages). Reports when asked (on
 * start, after the app and its map are drawn, when a host says hello) and
 * whenever the layout changes size, seen by a ResizeObserver on the root
 * element: fonts arriving, a step with longer text, a narrower frame. Never
 * on a timer.
 */
import { buildHeightMessages } from '../lib/embed/embedMessages.ts';

export interface HeightReports {
  /** Sends the height; unchanged heights only when `always` (a host asking). */
  report(always?: boolean): void;
  stop(): void;
}

/** The document's own height: the root element's box, which (unlike scrollHeight) does not stretch to fill the frame. */
export function measureDocumentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Starts reporting; `readHeight` says what to report (the document's own
 * height unless the caller knows better, see embedFrame).
 */
export function startHeightReports(
  childId: string | null,
  readHeight: () => number = measureDocumentHeight,
): HeightReports {
  let last = -1;
  let stopped = false;
  const report = (always = false) => {
    if (stopped) return;
    const height = readHeight();
    if (!always && height === last) return;
    last = height;
    // '*' because the host's origin is unknown (we ask pym not to send its
    // URL) and a height is no secret; nothing else is ever sent.
    for (const message of buildHeightMessages(height, childId))
      window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => report());
  observer.observe(document.documentElement);
  const onLoad = () => report();
  window.addEventListener('load', onLoad, { once: true });
  void document.fonts?.ready.then(() => report());
  report(true);
  return {
    report,
    stop() {
      stopped = true;
      observer.disconnect();
      window.removeEventListener('load', onLoad);
    },
  };
}
