/** The background's answers to runtime messages, as a pure function (ADR 0004). */
import type { Citation, ScanContext } from '../citations/types';
import { errorResponse, validateMessage, type Message, type Response } from './runtime';

/** What the background's handler needs from the outside world. */
export interface HandlerDeps {
  /** The extension's version, from the manifest. */
  version: string;
  /** The citation engine (`lib/citations`); may be sync or async. */
  findCitations: (text: string, context: ScanContext) => Citation[] | Promise<Citation[]>;
  /** Lets tab `tabId` through to `url` past the reader redirect and navigates it there. */
  openOriginal: (url: string, tabId: number) => Promise<void>;
}

/**
 * Who sent a message, as far as the receiver can tell from the browser's `MessageSender`: the
 * tab it came from, and whether it is one of the extension's own pages (not a content script).
 */
export interface SenderInfo {
  tabId?: number;
  fromExtensionPage: boolean;
}

/** What tests and callers that have no sender information pass. */
export const UNKNOWN_SENDER: SenderInfo = { fromExtensionPage: false };

/** Answers one validated message. */
export async function handleMessage(msg: Message, deps: HandlerDeps, sender: SenderInfo = UNKNOWN_SENDER): Promise<Response> {
  switch (msg.type) {
    case 'ping':
      return { ok: true, version: deps.version };
    case 'scan-text': {
      const context: ScanContext = {};
      if (msg.lang !== undefined) context.lang = msg.lang;
      if (msg.pageSymbol !== undefined) context.pageSymbol = msg.pageSymbol;
      const citations = await deps.findCitations(msg.text, context);
      return { ok: true, citations };
    }
    case 'open-original': {
      // Only the reader (an extension page in a tab) may steer a tab past the redirect: a
      // content script on a UN page has no business doing it.
      if (!sender.fromExtensionPage) return errorResponse('bad-message', 'open-original: only an extension page may ask');
      if (sender.tabId === undefined) return errorResponse('bad-message', 'open-original: the sender is not in a tab');
      await deps.openOriginal(msg.url, sender.tabId);
      return { ok: true };
    }
  }
}

/**
 * Validates a raw incoming value and answers it. Never throws: a failure becomes an
 * `ErrorResponse`, so the sender always learns what went wrong instead of getting `undefined`.
 */
export async function respondToMessage(raw: unknown, deps: HandlerDeps, sender: SenderInfo = UNKNOWN_SENDER): Promise<Response> {
  let type = 'message';
  try {
    const validation = validateMessage(raw);
    if (!validation.ok) return validation.error;
    type = validation.message.type;
    return await handleMessage(validation.message, deps, sender);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return errorResponse('internal', `${type} failed: ${reason}`);
  }
}
