/**
 * What a document cites never includes the document itself (ADR 0021, "A document does not cite
 * itself"). The engine finds a page's mentions of itself as the spec asks (its running heads
 * `A/RES/80/173`, its number in its title line), so that those spans are known for what they are;
 * every list of what a document cites (the reader's links, its header count, the citation panel,
 * `npm run scan`) is made from the engine's answer through this one filter, before the citations
 * are numbered, so that all of them agree and each keeps the same id everywhere.
 */
import { sameSymbol } from './symbols';
import type { Citation } from './types';

/**
 * `citations` without those that name one of the document's own symbols (both halves of a joint
 * symbol: `A/ES-10/1027` and `S/2025/173` are each the document `A/ES-10/1027-S/2025/173`).
 * Citations without a symbol stay.
 */
export function withoutOwnMentions<T extends Pick<Citation, 'symbol'>>(citations: readonly T[], ownSymbols: readonly string[]): T[] {
  if (ownSymbols.length === 0) return citations.slice();
  return citations.filter((citation) => citation.symbol === null || !ownSymbols.some((own) => sameSymbol(citation.symbol!, own)));
}
