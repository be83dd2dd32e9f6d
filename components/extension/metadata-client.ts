/**
 * The page's side of the metadata service (ADR 0009): one runtime Port named `metadata` to the
 * background, and an in-page memo so that the popover and the cited-documents panel share
 * answers. A symbol asked twice in one page is asked of the background once; a finished answer
 * is delivered again from memory; a lookup nobody listens to any more is cancelled, so its
 * Library request (5 s apart, one at a time) is dropped rather than queued for nobody.
 *
 * The port may drop (an MV3 service worker is stopped when idle, or the extension reloads):
 * lookups still in progress are then sent again on a new port.
 */
import { browser } from 'wxt/browser';
import { symbolKey } from '../../lib/citations/symbols';
import { METADATA_PORT_NAME, parseMetadataPortAnswer, type MetadataPortRequest } from '../../lib/messages/metadata-port';
import type { AnswerListener, MetadataAnswer, MetadataClient, UnLang } from '../../lib/metadata/metadata-client-types';

export type { AnswerListener, MetadataAnswer, MetadataClient } from '../../lib/metadata/metadata-client-types';

/** The part of a runtime Port the client uses (a fake in unit tests). */
export interface PortLike {
  postMessage(message: MetadataPortRequest): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

interface Entry {
  id: string;
  symbol: string;
  lang: UnLang;
  latest?: MetadataAnswer;
  listeners: Set<AnswerListener>;
}

function connectToBackground(): PortLike {
  return browser.runtime.connect({ name: METADATA_PORT_NAME });
}

export function createMetadataClient(connect: () => PortLike = connectToBackground): MetadataClient {
  const entries = new Map<string, Entry>();
  const byId = new Map<string, Entry>();
  let port: PortLike | undefined;
  let nextId = 1;
  let destroyed = false;

  const onPortMessage = (raw: unknown) => {
    const message = parseMetadataPortAnswer(raw);
    if (message === null) return;
    const entry = byId.get(message.id);
    if (entry === undefined) return;
    entry.latest = message.answer;
    if (message.answer.done) byId.delete(entry.id);
    for (const listener of [...entry.listeners]) listener(message.answer);
  };

  const ensurePort = (): PortLike => {
    if (port !== undefined) return port;
    const opened = connect();
    opened.onMessage.addListener(onPortMessage);
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = undefined;
      if (destroyed) return;
      // Ask again for what is still in progress; finished answers stay in the memo.
      for (const entry of byId.values()) send(entry);
    });
    port = opened;
    return opened;
  };

  const send = (entry: Entry) => {
    try {
      ensurePort().postMessage({ type: 'metadata-request', id: entry.id, symbol: entry.symbol, lang: entry.lang });
    } catch {
      // A port that died between connect and post: the disconnect handler asks again.
      port = undefined;
    }
  };

  const cancel = (entry: Entry) => {
    entries.delete(`${entry.lang}|${entry.symbol}`);
    byId.delete(entry.id);
    try {
      port?.postMessage({ type: 'metadata-cancel', id: entry.id });
    } catch {
      // Nothing to cancel on a port that is gone.
    }
  };

  return {
    lookup(symbol, lang, onAnswer) {
      if (destroyed) return () => undefined;
      const canonical = symbolKey(symbol);
      const key = `${lang}|${canonical}`;
      let entry = entries.get(key);
      // A finished failure (offline, challenge…) is asked again by the next new reader: the
      // background's cache decides whether that touches the network (ADR 0008's freshness table).
      if (entry !== undefined && entry.latest?.done === true && entry.latest.status !== 'found' && entry.listeners.size === 0) {
        entries.delete(key);
        entry = undefined;
      }
      if (entry === undefined) {
        entry = { id: String(nextId++), symbol: canonical, lang, listeners: new Set() };
        entries.set(key, entry);
        byId.set(entry.id, entry);
        send(entry);
      }
      const current = entry;
      current.listeners.add(onAnswer);
      // What is known already arrives at once, but never inside lookup() itself.
      if (current.latest !== undefined) {
        queueMicrotask(() => {
          if (current.listeners.has(onAnswer) && current.latest !== undefined) onAnswer(current.latest);
        });
      }
      return () => {
        current.listeners.delete(onAnswer);
        if (current.listeners.size === 0 && current.latest?.done !== true && entries.get(key) === current) cancel(current);
      };
    },
    destroy() {
      destroyed = true;
      entries.clear();
      byId.clear();
      const open = port;
      port = undefined;
      open?.disconnect();
    },
  };
}

let shared: MetadataClient | undefined;

/** The page's one client, so the popover and the panel share one port and one memo. */
export function getSharedMetadataClient(): MetadataClient {
  shared ??= createMetadataClient();
  return shared;
}
