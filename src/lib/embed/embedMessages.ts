/**
 * The messages an embedded story exchanges with the page around it, in the
 * formats newsroom resizer scripts already speak (see
 * shared/design/embedding.md): pym.js strings, the AMP / @newswire/frames
 * `embed-size` object and Datawrapper's `datawrapper-height`. Outbound, only
 * heights and a request for the parent's viewport: never `navigateTo` or
 * `scrollToChildPos`. Inbound, only the few messages the child acts on, each
 * validated; everything else is rejected.
 */

const PYM_DELIMITER = 'xPYMx';

/** pym.js child ids are echoed into messages the parent matches by regex: keep them plain. */
const SAFE_CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Heights outside this range are a bug or an attack, not a layout. */
export const MAX_REPORTED_HEIGHT = 200_000;

/** pym.js parent's `viewport-iframe-position`: host viewport size and the iframe's box in it. */
export interface PymViewport {
  viewportWidth: number;
  viewportHeight: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type ParentMessage =
  | { kind: 'width'; width: number }
  | { kind: 'viewport'; viewport: PymViewport }
  | { kind: 'frames-init' };

/**
 * A pym.js message string.
 * @example formatPymMessage('pym-1', 'height', '640') // 'pymxPYMxpym-1xPYMxheightxPYMx640'
 */
export function formatPymMessage(childId: string, type: string, payload: string): string {
  return ['pym', childId, type, payload].join(PYM_DELIMITER);
}

/**
 * Every height message the child sends for a document `height` px tall:
 * pym's string (only when pym gave us a child id, since its parent matches
 * on it), the AMP/frames object and Datawrapper's object. Hosts ignore the
 * formats they do not speak.
 * @example buildHeightMessages(640.4, 'pym-1')
 * // ['pymxPYMxpym-1xPYMxheightxPYMx641', {sentinel: 'amp', type: 'embed-size', height: 641},
 * //  {'datawrapper-height': {'pym-1': 641}}]
 */
export function buildHeightMessages(height: number, childId: string | null): unknown[] {
  const px = Math.max(0, Math.min(MAX_REPORTED_HEIGHT, Math.ceil(height)));
  const id = childId && SAFE_CHILD_ID.test(childId) ? childId : null;
  const messages: unknown[] = [];
  if (id) messages.push(formatPymMessage(id, 'height', String(px)));
  messages.push({ sentinel: 'amp', type: 'embed-size', height: px });
  messages.push({ 'datawrapper-height': { [id ?? 'story']: px } });
  return messages;
}

/**
 * The request that makes a pym.js parent answer with `viewport-iframe-position`
 * (its `parentPositionInfo` handler), or null without a child id.
 */
export function buildViewportRequest(childId: string | null): string | null {
  return childId && SAFE_CHILD_ID.test(childId)
    ? formatPymMessage(childId, 'parentPositionInfo', '')
    : null;
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const LIMIT = 1e6;

function parseNumbers(text: string, count: number): number[] | null {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== count) return null;
  const numbers = parts.map((p) => (NUMBER.test(p) ? Number(p) : NaN));
  return numbers.every((n) => Number.isFinite(n) && Math.abs(n) <= LIMIT) ? numbers : null;
}

/**
 * Parses pym's "vw vh top left bottom right" payload, or null if it is not
 * six sane numbers describing a box.
 * @example parsePymViewport('1280 800 -120 0 2680 1280') // {viewportWidth: 1280, viewportHeight: 800, top: -120, ...}
 */
export function parsePymViewport(payload: string): PymViewport | null {
  const n = parseNumbers(payload, 6);
  if (!n) return null;
  const [viewportWidth = 0, viewportHeight = 0, top = 0, left = 0, bottom = 0, right = 0] = n;
  if (viewportWidth <= 0 || viewportHeight <= 0 || bottom < top || right < left) return null;
  return { viewportWidth, viewportHeight, top, left, bottom, right };
}

/**
 * What a message from the parent window asks of the child, or null for
 * anything the child does not act on: other pym message types (including
 * `navigateTo`), other child ids, malformed payloads, foreign objects. The
 * caller must also check that the message came from `window.parent`.
 * @example parseParentMessage('pymxPYMxpym-1xPYMxwidthxPYMx768', 'pym-1') // {kind: 'width', width: 768}
 * @example parseParentMessage({sentinel: 'amp', type: 'frames-init'}, null) // {kind: 'frames-init'}
 */
export function parseParentMessage(data: unknown, childId: string | null): ParentMessage | null {
  if (typeof data === 'string') return parsePymMessage(data, childId);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record.sentinel === 'amp' && record.type === 'frames-init') return { kind: 'frames-init' };
  return null;
}

function parsePymMessage(data: string, childId: string | null): ParentMessage | null {
  if (!childId || !SAFE_CHILD_ID.test(childId) || data.length > 400) return null;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
  const [, , type = '', payload = ''] = parts;
  if (type === 'width') {
    const n = parseNumbers(payload, 1);
    const width = n?.[0];
    return width !== undefined && width > 0 ? { kind: 'width', width } : null;
  }
  if (type === 'viewport-iframe-position') {
    const viewport = parsePymViewport(payload);
    return viewport ? { kind: 'viewport', viewport } : null;
  }
  return null;
}
