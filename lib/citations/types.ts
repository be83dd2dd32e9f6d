/**
 * The citation model of `spec/citations.md` section 1, shared by every surface that shows citations.
 */

/** The six official UN languages. */
export type UnLang = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

export const UN_LANGS: readonly UnLang[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/**
 * Who adopted or issued the cited act. `CHR` is the Commission on Human Rights and `SUBCOM` its
 * Sub-Commission (the spec names them without a code); `OTHER-UN` is any other UN organ, treaty
 * body or conference; `NON-UN` is an organisation outside the UN (OSCE, Council of Europe, AU …).
 */
export type Body = 'GA' | 'SC' | 'ECOSOC' | 'HRC' | 'CHR' | 'SUBCOM' | 'CCPCJ' | 'CND' | 'COP-UNTOC' | 'OTHER-UN' | 'NON-UN';

/**
 * How the citation was written: `symbol` for a written document symbol, `resolution` and
 * `decision` for a head word with a number, `document` for a citation known through a link's
 * address rather than its text (HTML pages).
 */
export type CitationKind = 'symbol' | 'resolution' | 'decision' | 'document';

export interface Citation {
  /** UTF-16 offset of the first character of the surface in the scanned text. */
  start: number;
  /** UTF-16 offset just past the surface (`text === scanned.slice(start, end)`). */
  end: number;
  /** The exact surface. */
  text: string;
  /** Canonical symbol (spec section 2), or `null` when the cited act has no symbol of its own. */
  symbol: string | null;
  body: Body;
  kind: CitationKind;
  /** A place inside the cited document: `annex III`, `para. 29`, `Part I`, `chap. I, sect. C`. */
  pinpoint?: string;
}

export interface ScanContext {
  /** The page's language; detected from the text when absent. */
  lang?: UnLang;
  /** The page's own symbol: decides who "its resolution" means and links self-mentions. */
  pageSymbol?: string;
}
