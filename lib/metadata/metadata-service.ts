/**
 * The background's metadata service (ADR 0009), pure: it answers pages over their `metadata`
 * ports with `resolveMetadata` (ADR 0008), and runs one lookup per symbol and language however
 * many pages and cards ask at once. A page joining a lookup in progress gets its latest answer at
 * once, then the rest; when every asker has cancelled or gone, the lookup is aborted (so a Library
 * request still queued is dropped, not sent for nobody).
 */
import { symbolKey } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import { parseMetadataPortRequest, type MetadataAnswerMessage } from '../messages/metadata-port';
import { resolveMetadata, type MetadataAnswer, type MetadataSources } from './resolve-metadata';

/** The part of a runtime Port the service uses. */
export interface ServicePort {
  postMessage(message: MetadataAnswerMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

type Subscriber = (answer: MetadataAnswer) => void;

interface Run {
  latest?: MetadataAnswer;
  subscribers: Set<Subscriber>;
  controller: AbortController;
}

export interface MetadataService {
  /** Serves one page's port until it disconnects. */
  serve(port: ServicePort): void;
  /** Subscribes to the lookup of `symbol` in `lang`; returns the unsubscribe function. */
  subscribe(symbol: string, lang: UnLang, onAnswer: Subscriber): () => void;
  /** Lookups running now (for tests and the bench). */
  running(): number;
}

/** `sources` may be a promise: the IndexedDB cache opens asynchronously, requests may come first. */
export function createMetadataService(sources: MetadataSources | Promise<MetadataSources>, now: () => number = Date.now): MetadataService {
  const runs = new Map<string, Run>();

  const start = (key: string, symbol: string, lang: UnLang): Run => {
    const run: Run = { subscribers: new Set(), controller: new AbortController() };
    runs.set(key, run);
    void (async () => {
      try {
        const resolved = await sources;
        for await (const answer of resolveMetadata(symbol, { lang, signal: run.controller.signal, now }, resolved)) {
          run.latest = answer;
          for (const subscriber of [...run.subscribers]) subscriber(answer);
        }
      } catch {
        // resolveMetadata does not throw; a broken source set still owes the askers a last answer.
        const answer: MetadataAnswer = { symbol, status: 'error', stale: false, done: true, failures: {} };
        if (!run.controller.signal.aborted) for (const subscriber of [...run.subscribers]) subscriber(answer);
      } finally {
        if (runs.get(key) === run) runs.delete(key);
      }
    })();
    return run;
  };

  const subscribe = (symbol: string, lang: UnLang, onAnswer: Subscriber): (() => void) => {
    const canonical = symbolKey(symbol);
    const key = `${lang}|${canonical}`;
    const run = runs.get(key) ?? start(key, canonical, lang);
    run.subscribers.add(onAnswer);
    if (run.latest !== undefined) onAnswer(run.latest);
    return () => {
      run.subscribers.delete(onAnswer);
      if (run.subscribers.size === 0 && runs.get(key) === run) {
        runs.delete(key);
        run.controller.abort();
      }
    };
  };

  const serve = (port: ServicePort) => {
    const open = new Map<string, () => void>();
    let connected = true;
    port.onMessage.addListener((raw) => {
      const message = parseMetadataPortRequest(raw);
      if (message === null || !connected) return;
      open.get(message.id)?.();
      open.delete(message.id);
      if (message.type === 'metadata-cancel') return;
      const { id } = message;
      let finished = false;
      const unsubscribe = subscribe(message.symbol, message.lang, (answer) => {
        if (!connected) return;
        if (answer.done) {
          finished = true;
          open.get(id)?.();
          open.delete(id);
        }
        try {
          port.postMessage({ type: 'metadata-answer', id, answer, done: answer.done });
        } catch {
          // The page went away between two answers; onDisconnect tidies up.
        }
      });
      // A run that had already finished answered synchronously above and needs no entry.
      if (finished) unsubscribe();
      else open.set(id, unsubscribe);
    });
    port.onDisconnect.addListener(() => {
      connected = false;
      for (const unsubscribe of open.values()) unsubscribe();
      open.clear();
    });
  };

  return { serve, subscribe, running: () => runs.size };
}
