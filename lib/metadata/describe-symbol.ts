/**
 * `symbolFacts` in words, in one of the six languages: "General Assembly resolution, 64th session
 * (2009–2010)", "Резолюция Генеральной Ассамблеи, 64-я сессия (2009–2010)". The words come from the
 * extension's messages (`facts_*` in `public/_locales/<lang>/messages.json`) through `translate`,
 * so the card (the browser's i18n) and the `lookup` command (the same files read in node) say the
 * same thing; only the ordinal's ending, which depends on the number, is made here.
 */
import type { Body, UnLang } from '../citations/types';
import { symbolFacts, type SymbolFacts } from './symbol-facts';

/** The `facts_*` message keys this module uses. */
export type FactsKey =
  | `facts_of_${Exclude<Body, 'NON-UN' | 'COP-UNTOC' | 'OTHER-UN'> | 'COP_UNTOC' | 'OTHER_UN'}`
  | 'facts_kind_resolution'
  | 'facts_kind_decision'
  | 'facts_kind_statement'
  | 'facts_kind_document'
  | 'facts_session'
  | 'facts_sessionNoYears'
  | 'facts_specialSession'
  | 'facts_emergencySession'
  | 'facts_year';

/** A message in the reader's language, with `$1`… filled from `substitutions`. */
export type Translate = (key: FactsKey, substitutions: string[]) => string;

/**
 * The ordinal as the language writes it before "session": English `64th`, French `64e` (`1re`),
 * Spanish `64º`; Russian, Arabic and Chinese put the number into the phrase (`64-я сессия`,
 * `الدورة 64`, `第64届会议`), so the messages carry it.
 */
export function ordinal(n: number, lang: UnLang): string {
  if (lang === 'en') {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  }
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  if (lang === 'es') return `${n}º`;
  return String(n);
}

function bodyKey(body: Body): FactsKey {
  if (body === 'COP-UNTOC') return 'facts_of_COP_UNTOC';
  if (body === 'OTHER-UN' || body === 'NON-UN') return 'facts_of_OTHER_UN';
  return `facts_of_${body}`;
}

/** What `symbol` tells by itself, in words (`lang` picks the ordinal's form; `translate` the words). */
export function describeSymbol(symbol: string, lang: UnLang, translate: Translate): string {
  return describeFacts(symbolFacts(symbol), lang, translate);
}

export function describeFacts(facts: SymbolFacts, lang: UnLang, translate: Translate): string {
  const head = translate(`facts_kind_${facts.kind}`, [translate(bodyKey(facts.body), [])]);
  const years = facts.years?.join('–');
  if (facts.session !== undefined) {
    const n = ordinal(facts.session, lang);
    if (facts.special === 'special') return translate('facts_specialSession', [head, n]);
    if (facts.special === 'emergency') return translate('facts_emergencySession', [head, n]);
    return years === undefined ? translate('facts_sessionNoYears', [head, n]) : translate('facts_session', [head, n, years]);
  }
  if (years !== undefined) return translate('facts_year', [head, years]);
  return head;
}
