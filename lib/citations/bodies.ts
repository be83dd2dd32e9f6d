/**
 * Each body's numbering and symbol pattern (spec section 4, the table): whether a number can be
 * that body's, and the symbol it then has. A body whose acts have no symbol of its own accepts
 * any number and gives `null`.
 */
import { isYearSlash, type RefNumber } from './numbers';
import { SC_YEAR_STARTS } from './sc-years';
import type { Body } from './types';

export type RefKind = 'resolution' | 'decision';

/** The highest General Assembly and Human Rights Council session a citation may name. */
const MAX_GA_SESSION = 99;
const MAX_HRC_SESSION = 80;
/** Regular GA sessions from 31 (1976) are numbered `session/n`; before that, `n (ROMAN)`. */
const FIRST_SLASH_GA_SESSION = 31;
const LAST_ROMAN_GA_SESSION = 30;

/** The symbol of a body's act with this number, `null` for an act without its own symbol, or
 * `undefined` when the number cannot be that body's. */
export function symbolFor(body: Body, kind: RefKind, num: RefNumber): string | null | undefined {
  switch (body) {
    case 'GA':
      return gaSymbol(kind, num);
    case 'SC':
      return kind === 'resolution' ? scSymbol(num) : undefined;
    case 'ECOSOC':
      return ecosocSymbol(kind, num);
    case 'HRC':
      return hrcSymbol(kind, num);
    case 'CHR':
      return num.shape === 'slash' && isYearSlash(num)
        ? kind === 'resolution'
          ? `E/CN.4/RES/${num.first}/${num.second}`
          : null
        : undefined;
    case 'SUBCOM':
      return num.shape === 'slash' && isYearSlash(num)
        ? kind === 'resolution'
          ? `E/CN.4/SUB.2/RES/${num.first}/${num.second}`
          : null
        : undefined;
    default:
      // CCPCJ, CND, COP-UNTOC, other UN and non-UN bodies: found, shown, never linked.
      if (num.shape === 'other') return body === (num.foreign ? 'NON-UN' : 'OTHER-UN') ? null : undefined;
      return null;
  }
}

function gaSymbol(kind: RefKind, num: RefNumber): string | null | undefined {
  if (num.shape === 'slash') {
    if (num.special !== undefined) return kind === 'resolution' ? `A/RES/${num.special}-${num.first}/${num.second}` : null;
    if (isYearSlash(num) || num.first < FIRST_SLASH_GA_SESSION || num.first > MAX_GA_SESSION) return undefined;
    return kind === 'resolution' ? `A/RES/${num.first}/${num.second}` : null;
  }
  if (num.shape === 'paren' && num.session !== undefined) {
    const { prefix, roman, value } = num.session;
    if (prefix === undefined && value > LAST_ROMAN_GA_SESSION) return undefined;
    const session = prefix === undefined ? roman : `${prefix}-${roman}`;
    return kind === 'resolution' ? `A/RES/${num.n}(${session})` : null;
  }
  return undefined;
}

function scSymbol(num: RefNumber): string | null | undefined {
  if (num.shape === 'paren' && num.year !== undefined) return `S/RES/${num.n}(${num.year})`;
  if (num.shape === 'bare') {
    const year = scYearOf(num.n);
    // Unknown to the catalogue: found, but never linked to a guessed year.
    return year === undefined ? null : `S/RES/${num.n}(${year})`;
  }
  return undefined;
}

function ecosocSymbol(kind: RefKind, num: RefNumber): string | null | undefined {
  if (num.shape === 'slash' && isYearSlash(num)) return `E/${kind === 'resolution' ? 'RES' : 'DEC'}/${num.first}/${num.second}`;
  if (num.shape === 'paren' && num.session !== undefined && num.session.prefix === undefined) {
    return kind === 'resolution' ? `E/RES/${num.n}(${num.session.roman})` : null;
  }
  return undefined;
}

function hrcSymbol(kind: RefKind, num: RefNumber): string | null | undefined {
  if (num.shape !== 'slash' || isYearSlash(num) || num.special === 'ES') return undefined;
  if (num.first < 1 || num.first > MAX_HRC_SESSION) return undefined;
  const session = num.special === 'S' ? `S-${num.first}` : String(num.first);
  return `A/HRC/${kind === 'resolution' ? 'RES' : 'DEC'}/${session}/${num.second}`;
}

/** The year of Security Council resolution `n`, from the offline catalogue's year boundaries. */
export function scYearOf(n: number): number | undefined {
  if (n < 1 || n > SC_YEAR_STARTS.lastKnown) return undefined;
  let year: number | undefined;
  for (const [firstYear, firstNumber] of SC_YEAR_STARTS.starts) {
    if (firstNumber > n) break;
    year = firstYear;
  }
  return year;
}

/**
 * Spec 4.3: the body a number's own shape points to when nothing else decides, or null.
 * `YYYY/N` → ECOSOC; `N (YYYY)` → Security Council; `N (XXI)` → General Assembly before 1976;
 * `N/M` with a session from 31 → General Assembly; `S-26/2`, `ES-10/19` → General Assembly.
 */
export function bodyByShape(num: RefNumber): Body | null {
  if (num.shape === 'other') return num.foreign ? 'NON-UN' : 'OTHER-UN';
  if (isYearSlash(num)) return 'ECOSOC';
  if (num.shape === 'paren') {
    if (num.year !== undefined) return 'SC';
    if (num.session !== undefined && (num.session.prefix !== undefined || num.session.value <= LAST_ROMAN_GA_SESSION)) return 'GA';
    return null;
  }
  if (num.shape === 'slash') {
    if (num.special !== undefined) return 'GA';
    if (num.first >= FIRST_SLASH_GA_SESSION && num.first <= MAX_GA_SESSION) return 'GA';
  }
  return null;
}
