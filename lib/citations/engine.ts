/**
 * `findCitations`: every citation of a UN document in a text, resolved to its symbol (the
 * contract is spec/citations.md). Written symbols, head-word references (all languages at once:
 * a Russian page quotes English titles and the reverse), Chinese references and the page's
 * mentions of itself are found separately and merged: sorted, never overlapping.
 */
import { detectLang } from './detect-lang';
import { findReferences } from './find-references';
import { referenceCitations, yearsGivenInText } from './reference-citations';
import { findReferencesZh } from './find-references-zh';
import { findWrittenSymbols } from './find-symbols';
import { originalSpan, stripInvisible } from './invisible';
import { findHeadings, findSelfMentions, inferPageSymbol } from './page-context';
import type { ScanEnv } from './scan-env';
import { speakerMap } from './speakers';
import { bodyOfSymbol, parseSymbol } from './symbols';
import type { Citation, ScanContext } from './types';
import { urlSpans } from './url-spans';

export function findCitations(input: string, context: ScanContext = {}): Citation[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const { text, map } = stripInvisible(input);
  const pageLang = context.lang ?? detectLang(text);
  const given = context.pageSymbol === undefined ? null : parseSymbol(context.pageSymbol);
  const pageSymbol = given ?? inferPageSymbol(text, (body) => speakerMap(text, body));
  const speakers = speakerMap(text, pageSymbol === null ? null : bodyOfSymbol(pageSymbol));
  const urls = urlSpans(text);
  const env: ScanEnv = {
    text,
    pageLang,
    pageSymbol,
    speakerAt: (offset) => speakers.at(offset),
    isExcluded: (start, end) => urls.overlaps(start, end),
  };
  const found: Citation[] = findWrittenSymbols(env);
  const refs = [...findReferences(env), ...findReferencesZh(env)];
  const scYears = yearsGivenInText(refs);
  for (const ref of refs) found.push(...referenceCitations(env, ref, scYears));
  if (pageSymbol !== null) found.push(...findSelfMentions(text, pageSymbol).filter((c) => !urls.overlaps(c.start, c.end)));
  found.push(...findHeadings(text, pageSymbol === null ? null : bodyOfSymbol(pageSymbol)));
  const merged = withoutOverlaps(found);
  if (map === null) return merged;
  return merged.map((c) => {
    const [start, end] = originalSpan(map, c.start, c.end);
    return { ...c, start, end, text: input.slice(start, end) };
  });
}

/** Sorted by start; where two overlap, the one starting first (then the longer) wins. */
function withoutOverlaps(found: Citation[]): Citation[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Citation[] = [];
  let lastEnd = -1;
  for (const c of found) {
    if (c.start >= lastEnd && c.end > c.start) {
      out.push(c);
      lastEnd = c.end;
    }
  }
  return out;
}
