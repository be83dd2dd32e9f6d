/**
 * Readers for the catalogue's further sources (`assets/catalog/more/`, described in its
 * SOURCES.md): each turns one file into catalogue rows in the builder's terms, and says what it
 * left out and why, so the build report can name it. No reader invents a field its file does not
 * state: a resolution missing from the voting data is not thereby "adopted without a vote".
 */
import { symbolKey } from '../../lib/citations/symbols';
import { locate, type CatalogueRow } from '../../lib/metadata/catalogue-format';
import { isoDate } from '../../lib/metadata/untrusted';
import { CatalogueBuildError } from './build-shards';
import { readCsvTable } from './csv';

/** Rows from one source, and the records left out with the reason. */
export interface SourceRows {
  source: string;
  rows: CatalogueRow[];
  skipped: { what: string; why: string }[];
}

function checkedDate(value: string, source: string, what: string): string | undefined {
  if (value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDate(value) !== value)
    throw new CatalogueBuildError(`${source}: ${what}: date "${value}" is not yyyy-mm-dd`);
  return value;
}

/** `ga_78-80_from_pdfs.csv`: every GA resolution of sessions 78–80, as its PDF states it. */
export function gaFromPdfs(text: string, source = 'ga_78-80_from_pdfs.csv'): SourceRows {
  const rows = readCsvTable(text, ['symbol', 'adopted', 'title_en'], source).map((record): CatalogueRow => {
    const symbol = symbolKey(record.symbol ?? '');
    if (locate(symbol)?.shard !== 'ga-61-on')
      throw new CatalogueBuildError(`${source}: ${symbol}: not a General Assembly resolution of session 61 on`);
    const title = (record.title_en ?? '').trim();
    if (title === '') throw new CatalogueBuildError(`${source}: ${symbol}: no title`);
    const row: CatalogueRow = { symbol, title };
    const date = checkedDate(record.adopted ?? '', source, symbol);
    if (date !== undefined) row.date = date;
    return row;
  });
  return { source, rows, skipped: [] };
}

/** `ga_72-73_titles_partial.csv`: titles only (no dates). */
export function gaTitles(text: string, source = 'ga_72-73_titles_partial.csv'): SourceRows {
  const rows = readCsvTable(text, ['symbol', 'title_en'], source).map((record): CatalogueRow => {
    const symbol = symbolKey(record.symbol ?? '');
    if (locate(symbol)?.shard !== 'ga-61-on')
      throw new CatalogueBuildError(`${source}: ${symbol}: not a General Assembly resolution of session 61 on`);
    const title = (record.title_en ?? '').trim();
    if (title === '') throw new CatalogueBuildError(`${source}: ${symbol}: no title`);
    return { symbol, title };
  });
  return { source, rows, skipped: [] };
}

/**
 * `ga_decisions_71-80_igov.csv`: GA decisions, filed under `A/DEC/<session>/<n>`. A decision in
 * parts (`71/405 A and B`) is one row, as resolutions in parts are (the citation drops the letter).
 */
export function gaDecisions(text: string, source = 'ga_decisions_71-80_igov.csv'): SourceRows {
  const rows = readCsvTable(text, ['decision', 'date', 'title_en', 'text_en'], source).map((record): CatalogueRow => {
    const number = /^(\d{1,3}\/\d{1,4})(?:\s+[A-Z](?:\s*(?:,|-|and)\s*[A-Z])*)?\.?$/.exec((record.decision ?? '').trim())?.[1];
    if (number === undefined) throw new CatalogueBuildError(`${source}: decision "${record.decision}" is not <session>/<number>`);
    const symbol = `A/DEC/${number}`;
    const title = (record.title_en ?? '').trim();
    if (title === '') throw new CatalogueBuildError(`${source}: ${number}: no title`);
    const row: CatalogueRow = { symbol, title };
    const date = checkedDate(record.date ?? '', source, number);
    if (date !== undefined) row.date = date;
    const body = (record.text_en ?? '').replace(/\s+/g, ' ').trim();
    if (body !== '') row.text = clip(body, DECISION_TEXT_MAX);
    return row;
  });
  return { source, rows, skipped: [] };
}

/**
 * A decision's text kept offline: most are a paragraph (median 570 characters); the longest are
 * lists of elected members running to 40,000. The card shows the start; the whole text is one
 * click away in the meeting record. Keeps the decisions shard at a fifth of its full size.
 */
export const DECISION_TEXT_MAX = 1200;

/** `text` cut to at most `max` characters at a word boundary, ending in "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** The Library's cataloguing tail on HRC/CHR titles: `Title : resolution /`. */
const FORM_TAIL = /\s*:\s*(?:resolution|decision|(?:presidential |president's )?statement(?: by the president)?)\s*\/?\s*$/i;

/**
 * `hrc-voting_resolutions.csv`: Human Rights Council and Commission on Human Rights resolutions,
 * decisions and presidential statements. Kept: adopted acts with a symbol of the shapes the
 * citation engine produces. The vote is the recorded counts, or "without a vote" where the record
 * says so; other records ("non-recorded") state no vote.
 */
export function hrcVoting(text: string, source = 'hrc-voting_resolutions.csv'): SourceRows {
  const out: SourceRows = { source, rows: [], skipped: [] };
  const records = readCsvTable(text, ['symbol', 'title', 'date', 'vote_type', 'yes', 'no', 'abstain', 'record_url'], source);
  for (const record of records) {
    const symbol = symbolKey(record.symbol ?? '');
    const place = locate(symbol);
    const voteType = (record.vote_type ?? '').toUpperCase();
    if (voteType.startsWith('WITHDRAWN') || voteType.startsWith('NOT CONSIDERED')) {
      out.skipped.push({ what: symbol, why: voteType.toLowerCase() });
      continue;
    }
    if (place === null || (place.shard !== 'hrc' && place.shard !== 'chr')) {
      out.skipped.push({ what: symbol, why: 'not an HRC or CHR resolution, decision or statement symbol' });
      continue;
    }
    const title = (record.title ?? '')
      .replace(FORM_TAIL, '')
      .replace(/\s+:\s+/g, ': ')
      .trim();
    if (title === '') throw new CatalogueBuildError(`${source}: ${symbol}: no title`);
    const row: CatalogueRow = { symbol, title };
    const date = checkedDate(record.date ?? '', source, symbol);
    if (date !== undefined) row.date = date;
    if (voteType === 'ADOPTED WITHOUT VOTE') row.votes = 'without-vote';
    else if (voteType.startsWith('RECORDED')) {
      const counts = [record.yes, record.no, record.abstain].map((value) => value ?? '');
      // A few recorded votes lack their counts in the source: then no vote is shown, none invented.
      if (counts.every((value) => value === '')) {
        out.rows.push(row);
        continue;
      }
      if (!counts.every((value) => /^\d{1,3}$/.test(value)))
        throw new CatalogueBuildError(`${source}: ${symbol}: recorded vote "${counts.join('-')}" is not three counts`);
      row.votes = [Number(counts[0]), Number(counts[1]), Number(counts[2])];
    }
    out.rows.push(row);
  }
  return out;
}

/** `cr-unsc_UNSC_Record-Table_2722.csv`: SC resolution number → its Library document record. */
export function scDocumentRecords(text: string, source = 'cr-unsc_UNSC_Record-Table_2722.csv'): Map<number, string> {
  const out = new Map<number, string>();
  for (const record of readCsvTable(text, ['res_no', 'url_record'], source)) {
    const number = Number(record.res_no);
    const id = /^https:\/\/digitallibrary\.un\.org\/record\/([1-9]\d{0,11})$/.exec((record.url_record ?? '').trim())?.[1];
    if (!Number.isSafeInteger(number) || number <= 0 || id === undefined)
      throw new CatalogueBuildError(`${source}: resolution "${record.res_no}": no record number in "${record.url_record}"`);
    out.set(number, id);
  }
  return out;
}
