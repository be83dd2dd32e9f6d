/**
 * The offscreen document's one message: "read this cited document's first pages", answered only
 * when the service worker (or another extension context) asks. Content scripts can reach every
 * extension page's `runtime.onMessage`, and a page may drive its content script: such a message is
 * left unanswered (ADR 0024).
 */
import { parseReadDocumentMessage } from '../../lib/messages/offscreen';
import type { UnLang } from '../../lib/citations/types';
import type { DocumentTextResult } from '../../lib/metadata/resolve-metadata';
import { isExtensionContext, type SenderLike } from '../../lib/security/sender';

export type ReadDocument = (symbol: string, lang: UnLang) => Promise<DocumentTextResult>;

export function readDocumentListener(read: ReadDocument, extensionId: string, extensionBase: string) {
  return (raw: unknown, sender: SenderLike | undefined, sendResponse: (response: unknown) => void): true | undefined => {
    const message = parseReadDocumentMessage(raw);
    // Not ours (another page's message), or not from the extension itself: let others answer.
    if (message === null || !isExtensionContext(sender, extensionId, extensionBase)) return undefined;
    void read(message.symbol, message.lang).then(sendResponse, (error: unknown) =>
      sendResponse({ kind: 'error', detail: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}
