/**
 * The client API's types, in a file of their own so the popover and the cited-documents panel can
 * import them without pulling in the extension runtime (`metadata-client.ts`).
 *
 * An answer is the background's `MetadataAnswer` (lib/metadata, ADR 0008) as it crossed the port:
 * `status` ('found' or the most telling failure), `metadata` (with its `source`), `stale`, and
 * `done` (no further answer follows). Everything in it came from the network: render it as text.
 */
import type { UnLang } from '../citations/types';
import type { MetadataAnswer } from './resolve-metadata';

export type { MetadataAnswer, UnLang };

/** Called with each improved answer, the last one with `done: true`. */
export type AnswerListener = (answer: MetadataAnswer) => void;

export interface MetadataClient {
  /**
   * Asks what `symbol` is, for a reader in `lang`. `onAnswer` is called (never synchronously)
   * with every improved answer until one has `done: true`; an answer already known in this page
   * is delivered at once. Returns the unsubscribe function: when the last listener of a lookup
   * still in progress leaves, the background is told to stop (and the Library request is dropped).
   */
  lookup(symbol: string, lang: UnLang, onAnswer: AnswerListener): () => void;
  /** Disconnects from the background and forgets every listener. */
  destroy(): void;
}
