/**
 * Documents Resolute has seen: every document the reader opens tells the background its symbol,
 * title, date and language (`OpenedFacts`, over the `metadata-learn` port), which the cache keeps
 * as the `opened` source, so its cards work offline afterwards; the bundled samples are known the
 * same way from the start (`assets/catalog/bundled.json`, checked against the PDFs by a unit test).
 *
 * The facts come from a page of the extension, but a message's type is a claim (ADR 0004): every
 * field is checked and cleaned here before anything is kept.
 */
import { parseSymbol, symbolKey } from '../citations/symbols';
import { UN_LANGS, type UnLang } from '../citations/types';
import type { DocumentMetadata, LookupResult } from './types';
import { cleanText, isoDate } from './untrusted';

export const LEARN_PORT_NAME = 'metadata-learn';

export interface OpenedFacts {
  symbol: string;
  lang: UnLang;
  title?: string;
  /** ISO `yyyy-mm-dd`. */
  date?: string;
}

const MAX_TITLE = 1000;

/** The facts in a `{ type: 'metadata-learn', … }` message, checked and cleaned, or null. */
export function parseOpenedFacts(x: unknown): OpenedFacts | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  if (m.type !== 'metadata-learn' || typeof m.symbol !== 'string' || !UN_LANGS.includes(m.lang as UnLang)) return null;
  const symbol = parseSymbol(m.symbol);
  if (symbol === null || symbol !== symbolKey(m.symbol)) return null;
  const facts: OpenedFacts = { symbol, lang: m.lang as UnLang };
  if (m.title !== undefined) {
    if (typeof m.title !== 'string') return null;
    const title = cleanText(m.title, MAX_TITLE);
    if (title !== '') facts.title = title;
  }
  if (m.date !== undefined) {
    const date = typeof m.date === 'string' ? isoDate(m.date) : undefined;
    if (date === undefined || date !== m.date) return null;
    facts.date = date;
  }
  return facts;
}

/** What is known of a document after it was opened in `facts.lang`, added to what was known. */
export function learnedMetadata(previous: DocumentMetadata | undefined, facts: OpenedFacts, now: number): DocumentMetadata {
  const titles = { ...previous?.titles, ...(facts.title !== undefined ? { [facts.lang]: facts.title } : {}) };
  const languages = UN_LANGS.filter((lang) => lang === facts.lang || previous?.languages?.includes(lang));
  const out: DocumentMetadata = { symbol: facts.symbol, languages, source: 'opened', fetchedAt: now };
  // The main title: English when known (as the catalogue's), else the latest language's.
  const title = titles.en ?? facts.title ?? previous?.title;
  if (title !== undefined) {
    out.title = title;
    out.titleLang = titles.en !== undefined ? 'en' : facts.title !== undefined ? facts.lang : (previous?.titleLang ?? facts.lang);
  }
  if (Object.keys(titles).length > 0) out.titles = titles;
  const date = facts.date ?? previous?.date;
  if (date !== undefined) out.date = date;
  return out;
}

export class BundledFactsError extends Error {
  override name = 'BundledFactsError';
}

/** `assets/catalog/bundled.json`: the bundled samples' facts, by symbol. Throws on a malformed file. */
export function readBundledFacts(json: unknown, now = 0): Map<string, DocumentMetadata> {
  const data = json as { format?: unknown; documents?: unknown };
  if (data?.format !== 'resolute-bundled/1' || !Array.isArray(data.documents))
    throw new BundledFactsError('bundled.json: not a "resolute-bundled/1" list of documents');
  const known = new Map<string, DocumentMetadata>();
  for (const entry of data.documents) {
    const facts = parseOpenedFacts({ type: 'metadata-learn', ...(entry as object) });
    if (facts === null)
      throw new BundledFactsError(`bundled.json: ${JSON.stringify(entry)} is not a document's symbol, language, title and date`);
    known.set(facts.symbol, learnedMetadata(known.get(facts.symbol), facts, now));
  }
  return known;
}

/** The `opened` source as the resolver asks it: the bundled samples (what was opened since lives in the cache). */
export function openedSource(bundled: ReadonlyMap<string, DocumentMetadata>, now: () => number = Date.now) {
  return {
    lookup(symbol: string): Promise<LookupResult> {
      const known = bundled.get(symbolKey(symbol));
      return Promise.resolve(known === undefined ? { kind: 'not-found' } : { kind: 'found', metadata: { ...known, fetchedAt: now() } });
    },
  };
}
