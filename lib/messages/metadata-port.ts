/**
 * The metadata port (ADR 0009).
 *
 * Metadata answers come in several improving steps (ADR 0008), so they travel over a runtime
 * Port named `metadata` rather than as one-shot messages. The page asks and may cancel; the
 * background answers each request id with every improved answer, the last with `done: true`.
 */
import type { UnLang } from '../citations/types';
import { UN_LANGS } from '../citations/types';
import { readMetadataAnswer } from '../metadata/answer-shape';
import type { MetadataAnswer } from '../metadata/resolve-metadata';
import { extraKeys, isPortId, isRecord } from './check';

export const METADATA_PORT_NAME = 'metadata';

/** Longest symbol a metadata request may carry (real symbols are under 40 characters). */
export const MAX_METADATA_SYMBOL_LENGTH = 200;

export interface MetadataRequestMessage {
  type: 'metadata-request';
  /** Chosen by the page, unique per port: the answers name it. */
  id: string;
  symbol: string;
  lang: UnLang;
}

export interface MetadataCancelMessage {
  type: 'metadata-cancel';
  id: string;
}

export type MetadataPortRequest = MetadataRequestMessage | MetadataCancelMessage;

export interface MetadataAnswerMessage {
  type: 'metadata-answer';
  id: string;
  answer: MetadataAnswer;
  /** Repeats `answer.done`: no further message for this id. */
  done: boolean;
}

/** What the background runs on each message from a page's metadata port; null when malformed. */
export function parseMetadataPortRequest(x: unknown): MetadataPortRequest | null {
  if (!isRecord(x) || !isPortId(x.id)) return null;
  if (x.type === 'metadata-cancel') return extraKeys(x, ['type', 'id']).length === 0 ? { type: 'metadata-cancel', id: x.id } : null;
  if (x.type !== 'metadata-request' || extraKeys(x, ['type', 'id', 'symbol', 'lang']).length > 0) return null;
  const { symbol, lang } = x;
  if (typeof symbol !== 'string' || symbol.trim() === '' || symbol.length > MAX_METADATA_SYMBOL_LENGTH) return null;
  if (!UN_LANGS.includes(lang as UnLang)) return null;
  return { type: 'metadata-request', id: x.id, symbol, lang: lang as UnLang };
}

/** What the page runs on each message from the background's metadata port; null when malformed. */
export function parseMetadataPortAnswer(x: unknown): MetadataAnswerMessage | null {
  if (!isRecord(x) || x.type !== 'metadata-answer' || !isPortId(x.id) || typeof x.done !== 'boolean') return null;
  const answer = readMetadataAnswer(x.answer);
  if (answer === null || answer.done !== x.done) return null;
  return { type: 'metadata-answer', id: x.id, answer, done: x.done };
}
