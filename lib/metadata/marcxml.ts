/**
 * The UN Digital Library's MARCXML answer to `search?p=191__a:"{symbol}"&of=xm`, read into
 * `DocumentMetadata`. The field layout is the Library's (Dag Hammarskjöld Library cataloguing):
 *
 * - `001` record number; `191 $a` document symbol (bibliographic records; voting records put the
 *   resolution's symbol in `791 $a`); `040 $b` language of cataloguing (English).
 * - `245 $a $b` title; for resolutions `$b` is the form ("resolution / adopted by the General
 *   Assembly"), which is not part of the title. `246`/`239` varying and unique titles.
 * - `269 $a` publication date; `992 $a` action (adoption) date.
 * - `991` agenda (`$a` agenda document, `$b` item number, `$c` item title).
 * - `993 $a` related document symbols (draft, report, meeting record, resolution).
 * - `996` vote: in bibliographic records `$a` is a note ("Adopted without vote, 53rd plenary
 *   meeting", "Adopted 141-5-35, …"); in voting records `$b $c $d` are the yes/no/abstain counts.
 * - `856` files: `$u` address, `$y` language label in the language itself ("Русский").
 * - `041 $a` languages of the document.
 *
 * Never throws: anything unexpected is a `LookupResult` failure.
 */
import { bodyOfSymbol, sameSymbol } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import { langFromFileName, langFromLabel, langOfScript, langsFromMarcCode } from './languages';
import { fieldsOf, readMarcXml, subfield, valuesOf, type MarcRecord } from './marc-record';
import type { DocumentMetadata, LookupResult, Vote } from './types';
import { cleanText, isoDate, safeUnUrl } from './untrusted';

const MAX_TITLE = 1000;
const MAX_AGENDA_ITEM = 600;
const MAX_RELATED = 50;

/** An HTML page where XML was asked for: what bot walls and error pages send. */
export function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(body.slice(0, 4096));
}

/** Words of the usual bot checks (Cloudflare, Akamai, Anubis, reCAPTCHA) near the top of a page. */
export function looksLikeChallenge(body: string): boolean {
  return /captcha|challenge|are you a (?:ro)?bot|verify you are human|checking your browser|just a moment|access denied|cf-chl|anubis|enable javascript/i.test(
    body.slice(0, 8192),
  );
}

/** Reads the Library's answer for `symbol`, fetched at `now`. */
export function readLibraryAnswer(body: string, symbol: string, now: number): LookupResult {
  if (looksLikeHtml(body)) {
    return looksLikeChallenge(body)
      ? { kind: 'challenge' }
      : { kind: 'error', detail: 'the Library answered with an HTML page, not MARCXML' };
  }
  const read = readMarcXml(body);
  if (!read.ok) return { kind: 'error', detail: read.error };
  const bibliographic = read.records.filter((record) => valuesOf(record, '191', 'a').some((s) => sameSymbol(s, symbol)));
  const voting = read.records.filter((record) => valuesOf(record, '791', 'a').some((s) => sameSymbol(s, symbol)));
  // A phrase search also finds `…/Corr.1`, `…/Add.1` and drafts that mention the symbol: only an
  // exact 191 (or, failing that, a voting record's 791) is the document asked for.
  const main = pickRecord(bibliographic) ?? pickRecord(voting);
  if (main === undefined) return { kind: 'not-found' };
  // The symbol as the Library writes it (`…/Corr.1`, not an upper-cased key).
  const written = [...valuesOf(main, '191', 'a'), ...valuesOf(main, '791', 'a')].find((s) => sameSymbol(s, symbol)) ?? symbol;
  return {
    kind: 'found',
    metadata: recordToMetadata(
      main,
      cleanText(written, 120),
      now,
      voting.find((record) => record !== main),
    ),
  };
}

/** Of several records for the same symbol, the one with the most files (then the first). */
function pickRecord(records: MarcRecord[]): MarcRecord | undefined {
  let best: MarcRecord | undefined;
  for (const record of records) if (best === undefined || fieldsOf(record, '856').length > fieldsOf(best, '856').length) best = record;
  return best;
}

function recordToMetadata(record: MarcRecord, symbol: string, now: number, votingRecord?: MarcRecord): DocumentMetadata {
  const metadata: DocumentMetadata = { symbol, body: bodyOfSymbol(symbol), source: 'library', fetchedAt: now };
  // 245 is in the language of cataloguing (`040 $b`): English at the Library.
  const cataloguing = fieldsOf(record, '040')[0];
  const cataloguedIn = langsFromMarcCode((cataloguing && subfield(cataloguing, 'b')) ?? 'eng')[0] ?? 'en';
  const titles = readTitles(record, symbol, cataloguedIn);
  if (Object.keys(titles).length > 0) metadata.titles = titles;
  const title = titles[cataloguedIn];
  if (title !== undefined) metadata.title = title;

  const date = [...valuesOf(record, '992', 'a'), ...valuesOf(record, '269', 'a')].map(isoDate).find((d) => d !== undefined);
  if (date !== undefined) metadata.date = date;

  // A bibliographic record's note may lack the counts that the Voting Data record has.
  const own = readVote(record);
  const counted = votingRecord === undefined ? undefined : readVote(votingRecord);
  const vote = own?.vote ?? counted?.vote;
  const note = own?.note ?? counted?.note;
  if (vote !== undefined) metadata.vote = vote;
  if (note !== undefined) metadata.voteNote = note;

  const agenda = readAgenda(record);
  if (agenda.length > 0) metadata.agenda = agenda;
  const related = unique(valuesOf(record, '993', 'a').map((s) => cleanText(s, 120)))
    .filter((s) => s !== '' && !sameSymbol(s, symbol))
    .slice(0, MAX_RELATED);
  if (related.length > 0) metadata.related = related;

  const files = readFiles(record);
  if (Object.keys(files).length > 0) metadata.files = files;
  const languages = unique(valuesOf(record, '041', 'a').flatMap(langsFromMarcCode));
  if (languages.length > 0) metadata.languages = languages;
  const id = record.control['001'];
  if (id !== undefined && /^\d{1,12}$/.test(id)) metadata.undlId = id;
  return metadata;
}

/** The title from 245, and other-language titles from 246/239 where their language is clear. */
function readTitles(record: MarcRecord, symbol: string, cataloguedIn: UnLang): Partial<Record<UnLang, string>> {
  const titles: Partial<Record<UnLang, string>> = {};
  const main = fieldsOf(record, '245')[0];
  if (main !== undefined) {
    const a = subfield(main, 'a');
    const b = subfield(main, 'b');
    const title = joinTitle(a, b !== undefined && !isFormDesignation(b) ? b : undefined);
    if (title !== undefined && !restatesSymbol(title, symbol)) titles[cataloguedIn] = title;
  }
  for (const field of [...fieldsOf(record, '246'), ...fieldsOf(record, '239')]) {
    const title = joinTitle(subfield(field, 'a'), subfield(field, 'b'));
    if (title === undefined) continue;
    const label = subfield(field, 'i');
    const lang = (label === undefined ? undefined : labelLang(label)) ?? langOfScript(title);
    if (lang !== undefined && titles[lang] === undefined) titles[lang] = title;
  }
  return titles;
}

function labelLang(label: string): UnLang | undefined {
  const words = label.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    const lang = langFromLabel(word);
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** `$a` and `$b` of a title field joined as the catalogue writes them (`A: b`), ISBD punctuation dropped. */
function joinTitle(a: string | undefined, b: string | undefined): string | undefined {
  const head = a === undefined ? '' : stripIsbd(a);
  const tail = b === undefined ? '' : stripIsbd(b);
  const title = head !== '' && tail !== '' ? `${head}: ${tail}` : head || tail;
  const cleaned = cleanText(title, MAX_TITLE);
  return cleaned === '' ? undefined : cleaned;
}

/** Trailing ` :`, ` /`, ` ;`, `,`, `=` and a final period (not one ending an abbreviation like "etc."). */
function stripIsbd(value: string): string {
  let text = value.trim().replace(/\s*[:/;,=]\s*$/, '');
  if (/[^.\s]{4,}\.$/.test(text) || /\)\.$/.test(text)) text = text.slice(0, -1);
  return text.trim();
}

/** `resolution / adopted by the General Assembly`, `revised draft resolution /`: the form, not the title. */
function isFormDesignation(value: string): boolean {
  return /^\s*(?:revised\s+)?(?:draft\s+)?(?:resolution|decision)s?\b/i.test(value);
}

/** "Resolution 2331 (2016)" says no more than the symbol: not a title. */
function restatesSymbol(title: string, symbol: string): boolean {
  const number = /\/(\d+)(?:\(|$)/.exec(symbol)?.[1];
  return number !== undefined && new RegExp(`^resolution\\s+${number}\\s*(?:\\(\\d{4}\\))?\\s*$`, 'i').test(title);
}

function readVote(record: MarcRecord): { vote?: Vote; note?: string } | undefined {
  const field = fieldsOf(record, '996')[0];
  if (field === undefined) return undefined;
  const [yes, no, abstain] = ['b', 'c', 'd'].map((code) => subfield(field, code));
  if (yes !== undefined && no !== undefined && abstain !== undefined && [yes, no, abstain].every((n) => /^\d{1,3}$/.test(n))) {
    return { vote: { yes: Number(yes), no: Number(no), abstain: Number(abstain) } };
  }
  const raw = subfield(field, 'a');
  if (raw === undefined) return undefined;
  const note = cleanText(raw, 300);
  if (/without\s+(?:a\s+)?vote/i.test(note)) return { vote: 'without-vote', note };
  const counts = /\b(\d{1,3})\s*-\s*(\d{1,3})\s*-\s*(\d{1,3})\b/.exec(note);
  if (counts !== null) return { vote: { yes: Number(counts[1]), no: Number(counts[2]), abstain: Number(counts[3]) }, note };
  return { note };
}

/** `991 $b $c` as `item 71b: Human rights questions, …` (the catalogue's form). */
function readAgenda(record: MarcRecord): string[] {
  const items: string[] = [];
  for (const field of fieldsOf(record, '991')) {
    const title = subfield(field, 'c');
    if (title === undefined) continue;
    const number = subfield(field, 'b');
    const text = cleanText(title, MAX_AGENDA_ITEM).replace(/\.$/, '');
    items.push(number !== undefined && /^[\w[\]]{1,12}$/.test(number) ? `item ${number}: ${text}` : text);
  }
  return unique(items);
}

/** One https address per language; a PDF wins over other formats of the same language. */
function readFiles(record: MarcRecord): Partial<Record<UnLang, string>> {
  const files: Partial<Record<UnLang, string>> = {};
  for (const field of fieldsOf(record, '856')) {
    const raw = subfield(field, 'u');
    const url = raw === undefined ? undefined : safeUnUrl(raw);
    if (url === undefined) continue;
    const label = subfield(field, 'y');
    const lang = (label === undefined ? undefined : langFromLabel(label)) ?? langFromFileName(url);
    if (lang === undefined) continue;
    const existing = files[lang];
    if (existing === undefined || (!isPdf(existing) && isPdf(url))) files[lang] = url;
  }
  return files;
}

function isPdf(url: string): boolean {
  return /\.pdf(?:[?#]|$)/i.test(url);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
