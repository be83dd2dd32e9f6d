/**
 * What a document symbol tells by itself, with no catalogue and no network: who issued it, what
 * kind of act it is, and its session or year. `A/RES/64/293` is a General Assembly resolution of
 * the 64th session (2009–2010); `S/RES/2331(2016)` a Security Council resolution of 2016;
 * `A/HRC/RES/5/1` a Human Rights Council resolution of the 5th session (2007). The card shows this
 * when nothing else knows the symbol, so it is never empty, and it is always true: nothing here is
 * guessed beyond the symbol's own grammar (spec/citations.md section 2).
 */
import { bodyOfSymbol, symbolKey } from '../citations/symbols';
import type { Body } from '../citations/types';
import { romanValue } from '../citations/roman';

export type ActKind = 'resolution' | 'decision' | 'statement' | 'document';

export interface SymbolFacts {
  body: Body;
  kind: ActKind;
  /** Regular session number (GA, HRC). */
  session?: number;
  /** A special or emergency special session (GA, HRC special sessions). */
  special?: 'special' | 'emergency';
  /** The calendar years the session ran (`[2009, 2010]`), or the act's year (`[2016]`). */
  years?: [number] | [number, number];
}

/**
 * The years of a regular General Assembly session: sessions 1–30 (numbered in Roman) met within
 * one year, the first in 1946; from the 31st (1976) each session opens in September and runs
 * into the next year.
 */
export function gaSessionYears(session: number): [number] | [number, number] {
  return session <= 30 ? [1945 + session] : [1945 + session, 1946 + session];
}

/**
 * The year of a Human Rights Council regular session: sessions 1–3 met in 2006, and from the 4th
 * (March 2007) the Council holds three regular sessions a year (March, June, September).
 */
export function hrcSessionYear(session: number): number {
  return session <= 3 ? 2006 : 2007 + Math.floor((session - 4) / 3);
}

function kindOf(series: string | undefined): ActKind {
  if (series === 'RES') return 'resolution';
  if (series === 'DEC') return 'decision';
  if (series === 'PRST') return 'statement';
  return 'document';
}

function plausibleYear(year: number): boolean {
  return year >= 1946 && year <= 2099;
}

/** The facts `symbol` states about itself (at least its body and "document"). */
export function symbolFacts(symbol: string): SymbolFacts {
  const s = symbolKey(symbol);
  const body = bodyOfSymbol(s);
  let m: RegExpExecArray | null;

  if (body === 'GA') {
    if ((m = /^A\/(RES|DEC)\/(ES|S)-(\d{1,2})\//.exec(s)))
      return { body, kind: kindOf(m[1]), session: Number(m[3]), special: m[2] === 'ES' ? 'emergency' : 'special' };
    if ((m = /^A\/(RES|DEC)\/(\d{1,3})\//.exec(s))) return withGaSession({ body, kind: kindOf(m[1]) }, Number(m[2]));
    // Before 1976: `A/RES/217(III)`, special sessions `A/RES/1874(S-IV)`, emergency `A/RES/997(ES-I)`.
    if ((m = /^A\/RES\/\d{1,4}\((E?S-)?([IVXLC]{1,8})\)$/.exec(s))) {
      const session = romanValue(m[2] ?? '');
      if (session === null) return { body, kind: 'resolution' };
      if (m[1] !== undefined) return { body, kind: 'resolution', session, special: m[1] === 'ES-' ? 'emergency' : 'special' };
      return withGaSession({ body, kind: 'resolution' }, session);
    }
    // A session's documents: `A/64/L.72`, `A/C.3/76/L.5`, `A/76/PV.50`.
    if ((m = /^A\/(?:C\.\d\/|INF\/)?(\d{1,3})\//.exec(s))) return withGaSession({ body, kind: 'document' }, Number(m[1]));
    return { body, kind: 'document' };
  }
  if (body === 'SC') {
    if ((m = /^S\/RES\/\d{1,4}\((\d{4})\)$/.exec(s)) && plausibleYear(Number(m[1])))
      return { body, kind: 'resolution', years: [Number(m[1])] };
    if ((m = /^S\/PRST\/(\d{4})\//.exec(s)) && plausibleYear(Number(m[1]))) return { body, kind: 'statement', years: [Number(m[1])] };
    if ((m = /^S\/(\d{4})\//.exec(s)) && plausibleYear(Number(m[1]))) return { body, kind: 'document', years: [Number(m[1])] };
    return { body, kind: /^S\/RES\//.test(s) ? 'resolution' : 'document' };
  }
  if (body === 'HRC') {
    if ((m = /^A\/HRC\/(RES|DEC|PRST)\/S-(\d{1,2})\//.exec(s)))
      return { body, kind: kindOf(m[1]), session: Number(m[2]), special: 'special' };
    if ((m = /^A\/HRC\/(?:(RES|DEC|PRST)\/)?(\d{1,2})\//.exec(s))) {
      const session = Number(m[2]);
      return { body, kind: kindOf(m[1]), session, years: [hrcSessionYear(session)] };
    }
    return { body, kind: 'document' };
  }
  // Year-numbered series: ECOSOC `E/RES/2022/14`, the Commission `E/CN.4/RES/2005/69`, and their documents.
  if ((m = /^E\/(?:CN\.\d{1,2}\/(?:SUB\.2\/)?)?(?:(RES|DEC)\/)?(\d{4})\//.exec(s)) && plausibleYear(Number(m[2]))) {
    return { body, kind: kindOf(m[1]), years: [Number(m[2])] };
  }
  if ((m = /^E\/(?:CN\.\d{1,2}\/(?:SUB\.2\/)?)?(RES|DEC)\//.exec(s))) return { body, kind: kindOf(m[1]) };
  return { body, kind: 'document' };
}

function withGaSession(facts: SymbolFacts, session: number): SymbolFacts {
  if (session < 1) return facts;
  return { ...facts, session, years: gaSessionYears(session) };
}
