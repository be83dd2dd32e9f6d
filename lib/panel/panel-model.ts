/**
 * The citation panel's model (ADR 0010, "linked summaries of the whole document"): the document's
 * citations, as the reader's background scan lists them, made into one entry per cited document,
 * grouped by the body that issued it. Pure data, so the reader's panel, the browser's side panel
 * and the bench build the same thing, and node tests check it.
 */
import type { Body } from '../citations/types';

/** What the panel needs of one citation (a `DocumentCitation`, or its copy sent to the side panel). */
export interface PanelCitation {
  /** `data-citation-id` of its elements in the reader (`p<page>-c<n>`). */
  id: string;
  symbol: string | null;
  body: Body;
  /** The citation as written ("резолюции 64/293"). */
  text: string;
  /** 1-based page. */
  page: number;
}

/**
 * The panel's groups, in the order shown: the four bodies whose acts are cited most, everything
 * else with a symbol, and acts without a symbol of their own (CCPCJ, COP-UNTOC resolutions), which
 * cannot be opened and so are listed apart.
 */
export type GroupKey = 'GA' | 'SC' | 'ECOSOC' | 'HRC' | 'other' | 'no-symbol';
export const GROUP_ORDER: readonly GroupKey[] = ['GA', 'SC', 'ECOSOC', 'HRC', 'other', 'no-symbol'];

export interface Occurrence {
  id: string;
  page: number;
  text: string;
}

export interface PanelEntry {
  /** Unique in the model: the symbol, or `body number` for an act without one. */
  key: string;
  symbol: string | null;
  body: Body;
  /** What the entry is called: its symbol, or "CCPCJ 27/2". */
  label: string;
  /** Every place it is cited, in document order; `occurrences.length` is how often. */
  occurrences: Occurrence[];
  /** The distinct ways it is written (what the filter searches besides symbol and title). */
  texts: string[];
}

export interface PanelGroup {
  key: GroupKey;
  entries: PanelEntry[];
  /** Citations in the group (the entries' occurrences together). */
  citationCount: number;
}

export interface PanelModel {
  /** The document's own symbol (shown as "This document"); its mentions of itself never reach the list (ADR 0021). */
  ownSymbol: string | null;
  /** Non-empty groups, in `GROUP_ORDER`. */
  groups: PanelGroup[];
  /** Distinct documents cited. */
  entryCount: number;
  /** Citations listed. */
  citationCount: number;
}

/** The group of a cited document. */
export function groupOf(symbol: string | null, body: Body): GroupKey {
  if (symbol === null) return 'no-symbol';
  return body === 'GA' || body === 'SC' || body === 'ECOSOC' || body === 'HRC' ? body : 'other';
}

/**
 * The number an act without a symbol is known by, taken from how it is written: `27/2` in
 * "резолюцию 27/2", `2200 A (XXI)`-like forms keep their letter and session. Unicode digits count
 * (Arabic-Indic digits in Arabic text), so two spellings of the same act may stay apart; they are
 * never merged with another act's.
 */
export function actNumber(text: string): string | null {
  const numbers = text.match(/\p{Nd}+(?:\s*[/.]\s*\p{Nd}+)*(?:\s*[A-Z]\b)?(?:\s*\([IVXLC]+\))?/gu);
  const last = numbers?.[numbers.length - 1];
  return last === undefined ? null : last.replace(/\s*([/.])\s*/g, '$1');
}

/**
 * Builds the model. Entries keep the order of their first citation in the document: UN texts
 * recall the acts they build on roughly in the order they were adopted, and the panel then
 * reads like the document. `citations` are what the document cites: the reader has already left
 * out its mentions of itself where each page's citations are made (ADR 0021).
 */
export function buildPanelModel(citations: readonly PanelCitation[], ownSymbol: string | null): PanelModel {
  const entries = new Map<string, PanelEntry>();
  const grouped = new Map<GroupKey, PanelEntry[]>();
  let citationCount = 0;
  for (const citation of citations) {
    citationCount++;
    const key = entryKey(citation);
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = {
        key,
        symbol: citation.symbol,
        body: citation.body,
        label: citation.symbol ?? key,
        occurrences: [],
        texts: [],
      };
      entries.set(key, entry);
      const group = groupOf(citation.symbol, citation.body);
      const list = grouped.get(group);
      if (list === undefined) grouped.set(group, [entry]);
      else list.push(entry);
    }
    entry.occurrences.push({ id: citation.id, page: citation.page, text: citation.text });
    if (!entry.texts.includes(citation.text)) entry.texts.push(citation.text);
  }
  const groups: PanelGroup[] = [];
  for (const key of GROUP_ORDER) {
    const list = grouped.get(key);
    if (list === undefined) continue;
    groups.push({ key, entries: list, citationCount: list.reduce((sum, entry) => sum + entry.occurrences.length, 0) });
  }
  return { ownSymbol, groups, entryCount: entries.size, citationCount };
}

function entryKey(citation: PanelCitation): string {
  if (citation.symbol !== null) return citation.symbol;
  // Without a number (a bare "its resolution"), the written text is the best name there is.
  return `${citation.body} ${actNumber(citation.text) ?? citation.text.trim()}`;
}
