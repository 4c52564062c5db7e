/**
 * Sizes the timeline's layout functions share (pixels). The component's
 * CSS draws text at these sizes: `.lane-label` and `.total-label` 11.5px,
 * `.cargo-label` and the axis 11px.
 */

/** Below this width the timeline packs tighter (phones). */
export const NARROW = 480;
/** Lane names and reported-total labels. */
export const LABEL_FONT = 11.5;
/** Cargo captions, the undated line and the axis. */
export const CARGO_FONT = 11;
/** Distance between the baselines of wrapped text lines. */
export const LINE_HEIGHT = 13;
/** From the top of a block of text to its first baseline. */
export const FIRST_BASELINE = 10;
/** Room under the axis line for its ticks and their labels. */
export const AXIS_HEIGHT = 24;
