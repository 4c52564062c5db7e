/**
 * The part of the page the reader sees, as the step tracker reads it: the
 * page's own viewport (src/dom/trackSteps.ts) or, inside an embed, the
 * host's viewport in this document's coordinates (src/lib/embed/hostViewport.ts).
 */

/** The part of the page the reader sees, in this document's client coordinates. */
export interface VisibleWindow {
  top: number;
  height: number;
  width: number;
}

export type WindowSource = () => VisibleWindow;
