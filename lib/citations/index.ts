/** The citation engine: find, resolve and link citations of UN documents (spec/citations.md). */
export { findCitations } from './engine';
export { detectLang } from './detect-lang';
export { withoutOwnMentions } from './own-mentions';
export { bodyOfSymbol, parseSymbol, sameSymbol, symbolKey, symbolUrl } from './symbols';
export { scYearOf } from './bodies';
export type { Body, Citation, CitationKind, ScanContext, UnLang } from './types';
export { UN_LANGS } from './types';
