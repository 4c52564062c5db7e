/**
 * How an embedded page behaves in its frame, decided afresh from what it
 * knows each time that changes (the frame resized, the story's height
 * changed, a host script spoke, pym sent the host's viewport), never once
 * and for all on a timer. No DOM here.
 */
import type { View } from './readEmbedParams.ts';

/**
 * - `fixed`: the view fills a frame that does not grow (the plain-iframe
 *   snippet says so, or the story waited and its frame never grew); the
 *   story shows as the stepper.
 * - `auto`: a view other than the story in a frame that grows with it.
 * - `host-scroll`: the whole story in a growing frame, following the host's
 *   viewport (an implicit-root IntersectionObserver, or pym's messages).
 * - `stepper`: the whole story in a growing frame, but nothing tells where
 *   the reader's screen is: previous / next, growing with its content.
 */
export type FrameMode = 'fixed' | 'auto' | 'host-scroll' | 'stepper';

export interface FrameEvidence {
  /** What the embed URL says: `fixed` for the plain-iframe snippet. */
  sizing: 'fixed' | 'auto';
  view: View;
  /** The reader's screen can be followed: an IntersectionObserver exists, or pym sent the host's viewport. */
  canFollowHost: boolean;
  /** The frame's own height (the child window's innerHeight). */
  frameHeight: number;
  /** The height the growing layout needs, last measured while it was shown (null before). */
  wantedHeight: number | null;
  /** A host script spoke to us (pym, @newswire/frames): it grows the frame, however late. */
  resizerSpoke: boolean;
  /** The frame kept its height and the story its wanted height for GROW_WAIT_MS. */
  waited: boolean;
}

/** How long the frame may stay shorter than the story before the story stops waiting for it. */
export const GROW_WAIT_MS = 2500;
/** A frame this much shorter than the story has not grown to it (a scrollbar, a rounding). */
export const NOT_GROWN_SLACK = 24;

/**
 * The mode for what the page knows now.
 * @example decideFrameMode({sizing: 'auto', view: 'story', canFollowHost: true, frameHeight: 720, wantedHeight: 15000, resizerSpoke: false, waited: true})
 * // 'fixed': a frame that stayed 720 px for 2.5 s is not growing; the stepper fills it
 * @example decideFrameMode({sizing: 'auto', view: 'story', canFollowHost: true, frameHeight: 15000, wantedHeight: 15000, resizerSpoke: false, waited: true})
 * // 'host-scroll': the frame grew (however late)
 */
export function decideFrameMode(evidence: FrameEvidence): FrameMode {
  if (evidence.sizing === 'fixed') return 'fixed';
  if (evidence.view !== 'story') return 'auto';
  const growing = evidence.canFollowHost ? 'host-scroll' : 'stepper';
  if (evidence.resizerSpoke || evidence.wantedHeight === null) return growing;
  const grown = evidence.frameHeight >= evidence.wantedHeight - NOT_GROWN_SLACK;
  return grown || !evidence.waited ? growing : 'fixed';
}
