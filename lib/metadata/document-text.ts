/**
 * Shared groundwork for reading a resolution's own text (`document-summary.ts`): a folded copy of
 * the text for matching, and where the preamble starts.
 *
 * The folded copy has the same length as the original, character for character (full-width forms
 * and Arabic-Indic digits become ASCII, exotic spaces become spaces), so an offset found in it
 * indexes the original, and what is shown is taken from the original.
 *
 * A UN resolution reads: header (symbol, distribution, session, "Resolution adopted by …"), the
 * number and title (`76/186. Title`), the acting body as a heading of its own ("The General
 * Assembly,"), the preamble, then the numbered operative paragraphs.
 */

/** Folds one UTF-16 unit; every replacement is one unit too. */
function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 48; // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 48; // extended Arabic-Indic digits
  if (code === 0x00a0 || code === 0x3000 || code === 0x202f || code === 0x205f || (code >= 0x2000 && code <= 0x200a)) return 32;
  if (code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2212) return 45; // hyphens to "-"
  return code;
}

export function foldForMatching(text: string): string {
  let out = '';
  // Chunked: String.fromCharCode with a huge argument list would overflow the stack.
  for (let start = 0; start < text.length; start += 8192) {
    const units: number[] = [];
    const end = Math.min(text.length, start + 8192);
    for (let i = start; i < end; i++) units.push(foldUnit(text.charCodeAt(i)));
    out += String.fromCharCode(...units);
  }
  return out;
}

// The acting bodies, as their headings are written in each language.
const BODIES_LATIN_CYRILLIC = [
  'general\\s+assembly',
  'security\\s+council',
  'economic\\s+and\\s+social\\s+council',
  'human\\s+rights\\s+council',
  'assembl[ée]e\\s+g[ée]n[ée]rale',
  'conseil\\s+de\\s+s[ée]curit[ée]',
  'conseil\\s+[ée]conomique\\s+et\\s+social',
  "conseil\\s+des\\s+droits\\s+de\\s+l['’]homme",
  'asamblea\\s+general',
  'consejo\\s+de\\s+seguridad',
  'consejo\\s+econ[óo]mico\\s+y\\s+social',
  'consejo\\s+de\\s+derechos\\s+humanos',
  'генеральная\\s+ассамблея',
  'совет\\s+безопасности',
  'экономический\\s+и\\s+социальный\\s+совет',
  'совет\\s+по\\s+правам\\s+человека',
].join('|');
const BODIES_ARABIC = 'الجمعية\\s+العامة|مجلس\\s+الأمن|المجلس\\s+الاقتصادي\\s+والاجتماعي|مجلس\\s+حقوق\\s+الإنسان';
const BODIES_CHINESE = '大会|大會|安全理事会|安全理事會|经济及社会理事会|經濟及社會理事會|人权理事会|人權理事會';
const ARTICLE = "(?:the\\s+|l['’]\\s?|le\\s+|la\\s+|el\\s+)?";

/**
 * A heading on a line of its own (list markers and Markdown emphasis allowed), ending in a comma
 * or the line end. `إن` introduces the Arabic heading; OCR sometimes loses its first letter.
 */
const LINE_HEADING = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[-*•>][ \\t]+)?(?:\\*\\*)?((?:${ARTICLE}(?:${BODIES_LATIN_CYRILLIC})|(?:إ?ن[ \\t]+)?(?:${BODIES_ARABIC})|(?:${BODIES_CHINESE})))(?:\\*\\*)?[ \\t]*([,،，:]|(?=\\r?\\n|$))`,
  'giu',
);

/**
 * In text extracted as one long line, the heading sits mid-line. Only its capitalised form with
 * an article (`The General Assembly,`) or with `إن` counts there, followed by a comma: prose says
 * "the General Assembly, at its …" in lower case.
 */
const MID_HEADING = new RegExp(
  `\\s((?:(?:The|Le|La|El)\\s+|L['’]\\s?)(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Assemblée générale|Conseil de sécurité|Asamblea General|Consejo de Seguridad)|إن\\s+(?:${BODIES_ARABIC}))\\s*[,،]`,
  'gu',
);

export interface Heading {
  /** Where the body's name starts. */
  start: number;
  /** Just past the heading (its comma included). */
  end: number;
  withComma: boolean;
}

/** Every heading in `folded`, in order. */
export function findHeadings(folded: string): Heading[] {
  const headings: Heading[] = [];
  for (const match of folded.matchAll(LINE_HEADING)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].indexOf(name);
    headings.push({ start, end: match.index + match[0].length, withComma: (match[2] ?? '') !== '' });
  }
  for (const match of folded.matchAll(MID_HEADING)) {
    const start = match.index + 1;
    if (!headings.some((h) => h.start === start)) headings.push({ start, end: match.index + match[0].length, withComma: true });
  }
  return headings.sort((a, b) => a.start - b.start);
}

/**
 * Where the preamble starts: the first heading with a comma ("The General Assembly,"), else the
 * first heading at all (some texts drop the comma), else the start of the text.
 */
export function preambleStart(headings: readonly Heading[]): number {
  return (headings.find((h) => h.withComma) ?? headings[0])?.start ?? 0;
}
