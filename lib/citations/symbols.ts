/**
 * Document symbols (spec section 2): recognising, canonicalising and comparing them, the body
 * that issued a symbol, and its undocs.org address.
 */
import { foldToAscii } from './chars';
import type { Body, UnLang } from './types';

/**
 * First components of UN document series. A written symbol must start with one of them: this
 * keeps `TCP/IP-2`, `Directive 2011/36/EU` or a product code from ever becoming a link.
 */
const SERIES_ROOTS = new Set([
  'A',
  'S',
  'E',
  'T',
  'ST',
  'DP',
  'TD',
  'UNEP',
  'UNW',
  'ICEF',
  'CRC',
  'CCPR',
  'CEDAW',
  'CERD',
  'CAT',
  'CMW',
  'CRPD',
  'CED',
  'HRI',
  'CTOC',
  'CAC',
  'FCCC',
  'ICCD',
  'CBD',
  'ECE',
  'JIU',
  'SPLOS',
  'ISBA',
  'LOS',
  'PBC',
  'IDB',
  'UNCTAD',
  'HSP',
  'SG',
  'GA',
  'SC',
  'ECOSOC',
  'BWC',
  'CCW',
  'APLC',
  'NPT',
  'UNDP',
  'UNICEF',
  'UNHCR',
  'UNODC',
  'CCPCJ',
  'LC',
  'UNIDIR',
  'UNITAR',
  'UNU',
  'TRADE',
  'ENERGY',
  'ECE',
  'ESCAP',
  'ECA',
  'ECLAC',
  'ESCWA',
  'UNCITRAL',
  'UNCCD',
  'SAICM',
  'UNFCCC',
]);

/** Modifiers keep their own case and dot (`Add.1`, `Corr.2`, `Rev.1`, `Amend.1`). */
const MODIFIERS: Record<string, string> = {
  ADD: 'Add',
  CORR: 'Corr',
  REV: 'Rev',
  AMEND: 'Amend',
  SUMMARY: 'Summary',
  SUPPL: 'Suppl',
};

const COMPONENT_RE =
  /^(?:[A-Z]{1,10}(?:\.[0-9]{1,4}(?:\.[0-9]{1,3})?)?|[0-9]{1,5}(?:\((?:[0-9]{4}|E?S-[IVXL]+|[IVXLC]+)\))?|E?S-[0-9]{1,3}|[A-Z]{1,6}-[0-9]{1,4})$/;

/**
 * Canonical form of a written symbol, or null when it is not one. Accepts the damage real text
 * carries: look-alike letters, full-width forms, spaces and line breaks around slashes, soft
 * hyphens, hyphen variants, `A/RES/217 A (III)`, `S/RES/2331 (2016)`.
 */
export function parseSymbol(written: string): string | null {
  if (written.length > 200) return null;
  let s = foldToAscii(written).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  // A part letter before a parenthesised session is dropped: `217 A (III)` is `217(III)`.
  s = s.replace(/([0-9])\s+[A-H]{1,2}\s*(?=\()/g, '$1');
  s = s.replace(/\s+/g, '');
  const parts = s.split('/');
  if (parts.length < 2) return null;
  const out: string[] = [];
  let hasDigit = false;
  for (const [i, raw] of parts.entries()) {
    if (raw === '') return null;
    const dot = raw.indexOf('.');
    const head = (dot === -1 ? raw : raw.slice(0, dot)).toUpperCase();
    const modifier = Object.hasOwn(MODIFIERS, head) ? MODIFIERS[head] : undefined;
    if (i > 0 && modifier !== undefined && dot !== -1 && /^[0-9]{1,3}$/.test(raw.slice(dot + 1))) {
      out.push(`${modifier}.${raw.slice(dot + 1)}`);
      hasDigit = true;
      continue;
    }
    // `Corr.2231` is not a modifier (they have at most three digits) nor any other component.
    if (i > 0 && modifier !== undefined && dot !== -1) return null;
    const upper = raw.toUpperCase();
    if (!COMPONENT_RE.test(upper)) return null;
    if (i === 0 && !SERIES_ROOTS.has(upper.replace(/\..*$/, ''))) return null;
    if (/[0-9]/.test(upper)) hasDigit = true;
    out.push(upper);
  }
  return hasDigit ? out.join('/') : null;
}

/** The key under which two written symbols are the same: upper-cased, white space removed. */
export function symbolKey(symbol: string): string {
  return symbol.toUpperCase().replace(/\s+/g, '');
}

export function sameSymbol(a: string, b: string): boolean {
  return symbolKey(a) === symbolKey(b);
}

/** `https://undocs.org/{lang}/{symbol}`; the symbol's characters are kept as the site expects. */
export function symbolUrl(symbol: string, lang: UnLang): string {
  const path = symbol
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%2C/g, ','))
    .join('/');
  return `https://undocs.org/${lang}/${path.replace(/%28/g, '(').replace(/%29/g, ')')}`;
}

/** The body that issued a document, from its symbol's series. */
export function bodyOfSymbol(symbol: string): Body {
  const s = symbol.toUpperCase();
  if (s.startsWith('A/HRC/')) return 'HRC';
  if (s.startsWith('A/')) return 'GA';
  if (s.startsWith('S/')) return 'SC';
  if (s.startsWith('E/CN.4/SUB.2/')) return 'SUBCOM';
  if (s.startsWith('E/CN.4/')) return 'CHR';
  if (s.startsWith('E/CN.7/')) return 'CND';
  if (s.startsWith('E/CN.15/')) return 'CCPCJ';
  if (s.startsWith('E/')) return 'ECOSOC';
  if (s.startsWith('CTOC/COP/')) return 'COP-UNTOC';
  return 'OTHER-UN';
}

/** True for the series root of a symbol (the first component, without its dotted suffix). */
export function isSeriesRoot(component: string): boolean {
  return SERIES_ROOTS.has(foldToAscii(component).toUpperCase().replace(/\..*$/, ''));
}
