/**
 * Section headings between the paragraphs of a UN text, as each language version prints them.
 * A heading is no paragraph and no part of the one before it.
 *
 * - Latin and Cyrillic: `I. Sustainable development`, `A. Введение`, `Action 12. We will …`.
 * - Arabic: the roman number as an ordinal adverb and the letter by its name, each before a dash
 *   (`أولا - التنمية المستدامة`, `ثاني عشر - …`, `ألف - مقدمة`), parts as `الجزء الأول`.
 * - Chinese: the roman number as a Chinese numeral (`一. 导言`, `十二、…`), the letter kept Latin
 *   (`A. 背景`), parts and chapters as `第一部分`, `第二章`.
 * - In every script, a short line without punctuation after a finished clause, followed by a
 *   paragraph or another heading ("Introduction", "مقدمة", "导言"). Latin and Cyrillic headings
 *   start with a capital; Arabic and Chinese have none, so there the line must be shorter still
 *   and what follows must open a clause.
 */

const ARABIC_ORDINALS = ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];
const ARABIC_TEENS = ['حادي', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع'];
/** Letters of sections (ألف for A, باء for B, …) in the order of the Latin alphabet the UN's Arabic texts follow. */
const ARABIC_LETTER_NAMES = [
  'ألف',
  'باء',
  'جيم',
  'دال',
  'هاء',
  'واو',
  'زاي',
  'حاء',
  'طاء',
  'ياء',
  'كاف',
  'لام',
  'ميم',
  'نون',
  'سين',
  'عين',
  'فاء',
  'صاد',
  'قاف',
  'راء',
  'شين',
  'تاء',
  'ثاء',
  'خاء',
  'ذال',
  'ضاد',
  'ظاء',
  'غين',
];
/** `أولا`/`أولاً`, `ثاني عشر`: the ordinal adverb, with or without its tanwin. */
const ARABIC_ROMAN = `(?:(?:${ARABIC_ORDINALS.join('|')})\\u064B?|(?:${ARABIC_TEENS.join('|')})\\s+عشر)`;
/** الأول … العاشر, and the feminine forms (الأولى, الثانية …) some headings agree with. */
const ARABIC_ORDINAL_ADJECTIVE =
  '(?:ال(?:أول|أولى|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|سابعة|ثامن|ثامنة|تاسع|تاسعة|عاشر|عاشرة))';
const HAN_NUMERAL = '[一二三四五六七八九十]{1,3}';
const DASH = '[-–—]';

/** A numbered section's heading, in the six languages (the line's whole text is tested). */
export const SECTION_HEADING = new RegExp(
  [
    // Latin and Cyrillic: `I. Title`, `A. Введение`, `Action 12. We will …`.
    String.raw`^(?:[IVXL]{1,5}\.|[A-ZА-Я]\.|Action\s+[0-9]{1,3}\.)\s+\p{Lu}`,
    // Arabic: `أولا - …`, `ثاني عشر - …`, `ألف - …`; `الجزء الأول` (alone or with a title after a dash).
    String.raw`^(?:${ARABIC_ROMAN}|${ARABIC_LETTER_NAMES.join('|')})\s*${DASH}\s*\p{Script=Arabic}`,
    String.raw`^(?:الجزء|الفرع|الباب|الفصل)\s+${ARABIC_ORDINAL_ADJECTIVE}(?:\s*${DASH}\s*\p{Script=Arabic}.*)?$`,
    // Chinese: `一. 导言`, `十二、…`, `A. 背景`; `第一部分`, `第二章` (alone or with a title).
    String.raw`^(?:${HAN_NUMERAL}|[A-Z])\s*[.．、]\s*\p{Script=Han}`,
    String.raw`^第${HAN_NUMERAL}(?:部分|章|节)(?:$|[\s.．、：:]*\p{Script=Han})`,
  ].join('|'),
  'u',
);

/** A heading that is a sentence and may run over lines to its full stop (`Action 56. We will …`). */
export const SENTENCE_HEADING = /^Action\s+[0-9]{1,3}\.\s/u;

/** A heading is short: "Introduction", "Objectives", "Follow-up and review". */
const SHORT_HEADING = 60;
/** Arabic and Chinese have no capitals to tell a heading by: shorter still ("مقدمة", "导言", "后续行动和审查"). */
const SHORT_HEADING_UNCASED = { arabic: 40, han: 20 } as const;

/**
 * Whether `line`, which follows a finished clause and does not end one, is a short unnumbered
 * heading: `next` is the line after it, `opensClause` tells a line that opens a clause.
 */
export function isShortHeading(line: string, next: string | undefined, opensClause: (line: string) => boolean): boolean {
  if (next === undefined) return false;
  const followedByText = /^(?:[0-9]{1,3}\.\s|\(?[a-z]\)\s|\p{Lu})/u.test(next);
  if (/^\p{Lu}/u.test(line)) return line.length < SHORT_HEADING && followedByText;
  const script = /^\p{Script=Arabic}/u.test(line) ? 'arabic' : /^\p{Script=Han}/u.test(line) ? 'han' : null;
  if (script === null || line.length >= SHORT_HEADING_UNCASED[script] || opensClause(line)) return false;
  // No punctuation at all: a line of a paragraph has at least its comma or full stop.
  if (/[\p{P}]/u.test(line.replace(/[-–—]/gu, ''))) return false;
  return opensClause(next) || SECTION_HEADING.test(next);
}
