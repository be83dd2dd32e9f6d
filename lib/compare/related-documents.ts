/**
 * What the "Compare with…" menu offers for the document in the reader: its previous version and
 * its draft, from its own text (other-versions.ts) and from the related documents the
 * Library's record lists, which arrive later or never (offline).
 */
import { findCitations } from '../citations';
import type { UnLang } from '../citations/types';
import type { MetadataAnswer } from '../metadata/resolve-metadata';
import { otherVersionCandidates, type VersionCandidate } from './other-versions';

export type RelatedLookup = (symbol: string, lang: UnLang, onAnswer: (answer: MetadataAnswer) => void) => () => void;

/** Waits at most `waitMs` for the Library's related documents, then answers with what is known. */
export function relatedDocuments(
  lookup: RelatedLookup,
  symbol: string,
  lang: UnLang,
  waitMs: number,
  signal: AbortSignal,
): Promise<string[]> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (related: string[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      resolve(related);
    };
    const timer = setTimeout(() => finish([]), waitMs);
    signal.addEventListener('abort', () => finish([]), { once: true });
    const stop = lookup(symbol, lang, (answer) => {
      if (answer.metadata?.related !== undefined) finish(answer.metadata.related);
      else if (answer.done) finish([]);
    });
  });
}

export function candidatesFor(symbol: string, lang: UnLang, pageTexts: readonly string[], related: readonly string[]): VersionCandidate[] {
  return otherVersionCandidates({ symbol, lang, pageTexts, related, findCitations });
}
