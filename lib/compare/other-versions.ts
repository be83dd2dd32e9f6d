/**
 * Which documents a resolution is best compared with, as its own text names them:
 * - its previous version: the most recent earlier resolution it recalls in a paragraph that
 *   carries its own title ("Recalling its resolutions … 76/186 … and 78/228 … on improving the
 *   coordination of efforts against trafficking in persons");
 * - the draft it was adopted from: named on its first page ("(A/80/L.41)"), or among the related
 *   documents the UN Digital Library lists (the Committee's draft, "A/C.3/80/L.4").
 */
import type { Citation, ScanContext, UnLang } from '../citations/types';
import { ADOPTING_LINE } from '../clauses/body-lines';
import { bodyText } from './page-furniture';
import { paragraphsOf } from './paragraphs';
import { keyOf } from './words';

export type VersionRole = 'previous' | 'draft';

export interface VersionCandidate {
  symbol: string;
  role: VersionRole;
}

export interface VersionClues {
  /** The document's own symbol (`A/RES/80/228`). */
  symbol: string;
  lang: UnLang;
  /** Its pages' texts; the first page is where the title and the draft are printed. */
  pageTexts: readonly string[];
  /** Related documents from the Library's record, if known. */
  related?: readonly string[];
  findCitations(text: string, context?: ScanContext): Citation[];
}

/** A draft: `A/80/L.41`, `A/C.3/80/L.4`, `A/HRC/58/L.12/Rev.1`, `S/2025/123` is not one. */
const DRAFT = /\b[A-Z](?:\/[A-Z][A-Z0-9.]*)*\/\d+\/L\.\d+(?:\/Rev\.\d+)?\b/gu;
/** The title line under the masthead: "80/228. Improving the coordination …" (it may wrap). */
const TITLE_LINE = /^\s*(?:\d+\/\d+|\d+\s*\(\d{4}\))\s*[.．]\s*(.+)$/mu;

export function otherVersionCandidates(clues: VersionClues): VersionCandidate[] {
  const candidates: VersionCandidate[] = [];
  const previous = previousVersion(clues);
  if (previous !== undefined) candidates.push({ symbol: previous, role: 'previous' });
  const drafts = [
    ...((clues.pageTexts[0] ?? '').match(/\(([^()]*\/L\.\d+[^()]*)\)/gu) ?? []).flatMap((group) => group.match(DRAFT) ?? []),
    ...(clues.related ?? []).filter((s) => /\/L\.\d+/u.test(s)),
  ];
  for (const draft of drafts) if (!candidates.some((c) => c.symbol === draft)) candidates.push({ symbol: draft, role: 'draft' });
  return candidates;
}

/** The document's title, as printed on its first page after its number (it may wrap). */
export function titleOnFirstPage(firstPage: string): string | undefined {
  const match = TITLE_LINE.exec(firstPage);
  if (match === null) return undefined;
  const lines = [match[1]!.trim()];
  // Up to the adopting line ("The General Assembly,"), at most a few lines.
  for (const line of firstPage.slice(match.index + match[0].length).split('\n')) {
    if (line.trim() === '') continue;
    if (ADOPTING_LINE.test(line.trim()) || lines.length >= 4) break;
    lines.push(line.trim());
  }
  return lines.join(' ');
}

function previousVersion(clues: VersionClues): string | undefined {
  const own = sessionAndNumber(clues.symbol);
  const title = titleOnFirstPage(clues.pageTexts[0] ?? '');
  if (own === undefined || title === undefined) return undefined;
  const titleStems = stems(title);
  const earlier = (symbol: string | null): symbol is string => {
    const at = symbol === null ? undefined : sessionAndNumber(symbol);
    return at !== undefined && compareAt(at, own) < 0;
  };
  const found = new Set<string>();
  for (const paragraph of paragraphsOf(bodyText(clues.pageTexts), clues.lang)) {
    const cited = clues
      .findCitations(paragraph.text, { lang: clues.lang, pageSymbol: clues.symbol })
      .map((c) => c.symbol)
      .filter(earlier);
    if (cited.length === 0) continue;
    // Recalled under its own title: this paragraph carries it.
    if (sharesTitle(stems(paragraph.text), titleStems)) for (const symbol of cited) found.add(symbol);
  }
  return [...found].sort((a, b) => compareAt(sessionAndNumber(b)!, sessionAndNumber(a)!))[0];
}

function sessionAndNumber(symbol: string): [number, number] | undefined {
  const match = /^A\/RES\/(\d+)\/(\d+)$/u.exec(symbol);
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

const compareAt = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

/**
 * Word stems of a title (the first five letters of each longer word): a title recalled inside a
 * sentence is declined in Russian or Arabic ("об улучшении координации") and still matches.
 */
function stems(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => keyOf(word))
    .filter((key) => [...key].length >= 4)
    .map((key) => [...key].slice(0, 5).join(''));
}

/** Most of the title's stems are in the text. */
function sharesTitle(textStems: readonly string[], titleStems: readonly string[]): boolean {
  if (titleStems.length === 0) return false;
  const have = new Set(textStems);
  return titleStems.filter((stem) => have.has(stem)).length >= Math.ceil(titleStems.length * 0.9);
}

/**
 * Which of two versions is the older: a draft (`…/L.4`) before what was adopted, an earlier
 * session's resolution before a later one; otherwise the one the reader chose to compare with.
 */
export function olderFirst(chosen: string, shown: string): [older: string, newer: string] {
  const draft = (symbol: string) => /\/L\.\d+/u.test(symbol);
  if (draft(shown) && !draft(chosen)) return [shown, chosen];
  const a = sessionAndNumber(chosen);
  const b = sessionAndNumber(shown);
  if (a !== undefined && b !== undefined && compareAt(a, b) > 0) return [shown, chosen];
  return [chosen, shown];
}
