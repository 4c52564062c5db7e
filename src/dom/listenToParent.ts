/**
 * The child's only ear: messages from the window that embeds it, of a
 * shape it expects (see parseParentMessage). A message from any other
 * window (a sibling frame, a popup, an ad) is dropped before it is read,
 * whatever it says; a message that asks for anything else (pym's
 * `navigateTo`, say) is dropped after.
 */
import { parseParentMessage, type ParentMessage } from '../lib/embed/embedMessages.ts';

export function listenToParent(
  childId: string | null,
  onMessage: (message: ParentMessage) => void,
): () => void {
  const receive = (event: MessageEvent) => {
    if (window.parent === window || event.source !== window.parent) return;
    const message = parseParentMessage(event.data, childId);
    if (message) onMessage(message);
  };
  window.addEventListener('message', receive);
  return () => window.removeEventListener('message', receive);
}
