/**
 * What a card says about a cited symbol, field by field, with where each field came from: the
 * merged answer of the sources (`resolve-metadata.ts`), what the symbol itself tells
 * (`describe-symbol.ts`, always there), and what the citing text says (`citing-context.ts`, its
 * date used only when no source has one, and always marked as the citing text's). The popover
 * draws this, and the `lookup` command prints it, so both say the same.
 */
import { bodyOfSymbol, symbolKey } from '../citations/symbols';
import type { Body, UnLang } from '../citations/types';
import type { CitingContext } from './citing-context';
import type { MetadataAnswer } from './resolve-metadata';
import type { AskedSource, LookupFailure, Vote } from './types';

/** Where a field came from: a source, the citing text, or the symbol itself. */
export type FieldSource = AskedSource | 'citing-text' | 'symbol';

export interface CardFacts {
  symbol: string;
  title: string | null;
  /** The language of `title`, when known (English for the catalogue's titles). */
  titleLang?: UnLang;
  /** ISO date, or null when no source and no citing text gives one. */
  date: string | null;
  vote: Vote | null;
  body: Body;
  /** What the symbol itself tells, in words ("General Assembly resolution, 64th session (2009–2010)"). */
  description: string;
  /** A General Assembly decision's text. */
  text?: string;
  /** The citing text's words around the citation. */
  citing?: CitingContext;
  sources: Partial<Record<'title' | 'date' | 'vote', FieldSource>> & { body: 'symbol'; description: 'symbol' };
  /** Why nothing but the symbol (and the citing text) is known: the lookup's failure, once it ended. */
  reason?: string;
  /** No further answer will change these facts. */
  done: boolean;
}

export interface CardFactsOptions {
  /** What the symbol tells, in the reader's words (`describeSymbol` with the UI's messages). */
  describe: (symbol: string) => string;
  citing?: CitingContext;
}

export function cardFacts(symbol: string, answer: MetadataAnswer | undefined, options: CardFactsOptions): CardFacts {
  const canonical = symbolKey(symbol);
  const metadata = answer?.metadata;
  const facts: CardFacts = {
    symbol: canonical,
    title: metadata?.title ?? null,
    date: metadata?.date ?? null,
    vote: metadata?.vote ?? null,
    body: metadata?.body ?? bodyOfSymbol(canonical),
    description: options.describe(canonical),
    sources: { body: 'symbol', description: 'symbol' },
    done: answer?.done ?? false,
  };
  if (metadata?.titleLang !== undefined && facts.title !== null) facts.titleLang = metadata.titleLang;
  if (metadata?.text !== undefined) facts.text = metadata.text;
  const from = metadata?.fieldSources ?? {};
  if (facts.title !== null && from.title !== undefined) facts.sources.title = from.title;
  if (facts.date !== null && from.date !== undefined) facts.sources.date = from.date;
  if (facts.vote !== null && from.vote !== undefined) facts.sources.vote = from.vote;
  if (options.citing !== undefined) {
    facts.citing = options.citing;
    if (facts.date === null && options.citing.date !== undefined) {
      facts.date = options.citing.date;
      facts.sources.date = 'citing-text';
    }
  }
  if (metadata === undefined && answer?.done === true) facts.reason = reasonOf(answer);
  return facts;
}

/** "offline", "not-found", or "error: timeout": the answer's status with the telling source's detail. */
function reasonOf(answer: MetadataAnswer): string {
  const failure = Object.values(answer.failures).find((f): f is LookupFailure => f?.kind === answer.status);
  return failure !== undefined && 'detail' in failure && failure.detail !== undefined && failure.detail !== ''
    ? `${answer.status}: ${failure.detail}`
    : answer.status;
}
