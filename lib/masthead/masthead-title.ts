/**
 * The title of a UN document that is not a numbered resolution, from its first page. Below the
 * masthead (organ, symbol, distribution, date, languages, the job number and its barcode
 * `*2520327*`) come the session and agenda lines, the agenda item's own title, sometimes the
 * name of the committee, and then the document's title ("Implementation of Security Council
 * resolution 1701 (2006) during the period …", "Identical letters dated 19 March 2025 from …").
 * Lines are read as blocks: a line continues the one before when it starts in lower case or the
 * one before stops on a word that cannot end a title ("of", "the", "and", a comma).
 */
import { findDates } from '../metadata/document-dates';

const MAX_BLOCK_LINES = 4;

/** The job number line and its barcode end the masthead of every document since the 1990s. */
const JOB_NUMBER = /^[0-9]{2}-[0-9]{5}\b/;
const BARCODE = /^\*[0-9]{7}\*$/;
/** Session, year, agenda item and meeting lines, in the six languages' Latin and Cyrillic forms. */
const SESSION_LINE =
  /(?<!\p{L})(?:session|year|período de sesiones|periodo de sesiones|année|año|сессия|год)(?!\p{L}).{0,30}$|^(?:agenda item|item|point|tema|пункт)(?!\p{L}).{0,40}$|^(?:Distr\.|Original:|Provisional|Official Records|New York|Nueva York|Genève|Geneva)/iu;
const AGENDA_LINE = /^(?:agenda item|item|point|tema|пункт)\s+[0-9]/iu;
/** The organs and subsidiary bodies named above a title. */
const BODY_NAME =
  /^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Asamblea General|Consejo de Seguridad|Assemblée générale|Conseil de sécurité|Генеральная Ассамблея|Совет Безопасности|(?:Third |Fifth |Sixth )?Committee|Commission|Comité|Comisión|Комитет|Комиссия|Working Group|Grupo de trabajo|Groupe de travail|Рабочая группа|Conference|Conferencia|Conférence|Конференция)(?!\p{L})/iu;
/** Words a title line cannot end on: the next line carries on. */
const OPEN_END =
  /(?:(?<!\p{L})(?:of|the|and|for|on|in|to|from|by|a|an|de|del|la|las|los|el|y|et|des|du|le|les|и|в|по|о|об|для|с)|[,:–—-])$/iu;
/**
 * A letter's title names its sender and ends with its addressee ("Letter dated … from the
 * Permanent Representative of … addressed to the Secretary-General"): until the addressee is
 * named the title carries on, whatever case the next line starts in ("… from the Permanent" /
 * "Observer of …").
 */
const LETTER_START =
  /^(?:(?:Identical )?letters? dated|Note verbale dated|(?:Lettres? identiques|Lettres?) datées? du|Note verbale datée du|(?:Cartas? idénticas|Cartas?) de fecha|Nota verbal de fecha|(?:Идентичные )?письм[оа])(?!\p{L})/iu;
/** The addressee named: its words and at least one after them. */
const LETTER_ADDRESSEE = /(?<!\p{L})(?:addressed to|adressées? (?:au|à la|aux)|dirigidas? (?:al|a la|a los)|на имя)\s+\S/iu;
const LETTER_MAX_LINES = 6;

/** A verbatim record's meeting line: `71st plenary meeting`, `3756th Meeting`. */
const MEETING_LINE = /^[0-9]{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting$/i;
/** The sponsors' line of a draft ends with what it is: the title follows. */
const DRAFT_LINE = /:\s*(?:draft resolution|draft decision|proyecto de resolución|projet de résolution|проект резолюции)$/iu;

/** The title below the masthead, or null when the page has no masthead (an old scan). */
export function titleBelowMasthead(lines: readonly string[]): string | null {
  const end = lines.findIndex((line) => BARCODE.test(line) || JOB_NUMBER.test(line));
  if (end === -1) return null;
  const meeting = lines.find((line) => MEETING_LINE.test(line));
  if (meeting !== undefined) return meeting;
  let start = end + 1;
  while (start < lines.length && (BARCODE.test(lines[start]!) || JOB_NUMBER.test(lines[start]!))) start++;
  const blocks = toBlocks(lines.slice(start, start + 30));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const previous = blocks[i - 1];
    if (SESSION_LINE.test(block) || isDateLine(block) || BODY_NAME.test(block) || DRAFT_LINE.test(block)) continue;
    // The agenda item's own title, under "Agenda item 15".
    if (previous !== undefined && AGENDA_LINE.test(previous)) continue;
    // A committee's name stands above its session line.
    if (next !== undefined && SESSION_LINE.test(next)) continue;
    return block.replace(/\*+$/, '');
  }
  return null;
}

function toBlocks(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (line === '') continue;
    const last = blocks[blocks.length - 1];
    const first = line.charAt(0);
    const unfinishedLetter = last !== undefined && LETTER_START.test(last) && !LETTER_ADDRESSEE.test(last) && size < LETTER_MAX_LINES;
    const continues =
      last !== undefined && (unfinishedLetter || (size < MAX_BLOCK_LINES && (first !== first.toUpperCase() || OPEN_END.test(last))));
    if (continues) {
      blocks[blocks.length - 1] = `${last} ${line}`;
      size++;
    } else {
      blocks.push(line);
      size = 1;
    }
  }
  return blocks;
}

/** A line that is only a date (and a place or weekday): `12 March 2025`, `Nueva York, 8 a 12 de julio de 2024`. */
function isDateLine(line: string): boolean {
  return line.length < 60 && findDates(line).length > 0 && !/[.;]$/.test(line) && line.split(/\s+/).length <= 8;
}
