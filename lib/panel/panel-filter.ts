/**
 * The panel's text filter: an entry stays when every word typed is found in its symbol, its title
 * (once known), or one of the ways the document writes it. Case and diacritics do not matter
 * ("resolucion" finds "resolución", "ё" is "е"), nor do spaces around a symbol's slashes.
 */
import type { PanelEntry, PanelGroup, PanelModel } from './panel-model';

/** Lower case, without combining marks, with runs of white space as one space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, folded; an empty list keeps everything. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/** The title known for an entry's symbol, if any (the metadata arrives separately). */
export type TitleOf = (symbol: string) => string | undefined;

export function entryMatches(entry: PanelEntry, words: readonly string[], titleOf: TitleOf): boolean {
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [entry.label, entry.body, entry.symbol !== null ? (titleOf(entry.symbol) ?? '') : '', ...entry.texts].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

export interface FilteredPanel {
  /** Groups with at least one matching entry, each with only its matching entries. */
  groups: PanelGroup[];
  /** Matching entries. */
  entryCount: number;
}

export function filterPanel(model: PanelModel, query: string, titleOf: TitleOf): FilteredPanel {
  const words = queryWords(query);
  if (words.length === 0) return { groups: model.groups, entryCount: model.entryCount };
  const groups: PanelGroup[] = [];
  let entryCount = 0;
  for (const group of model.groups) {
    const entries = group.entries.filter((entry) => entryMatches(entry, words, titleOf));
    if (entries.length === 0) continue;
    entryCount += entries.length;
    groups.push({ ...group, entries, citationCount: entries.reduce((sum, entry) => sum + entry.occurrences.length, 0) });
  }
  return { groups, entryCount };
}
