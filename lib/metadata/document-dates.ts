/**
 * Dates written out in the six UN languages, and the date a resolution was adopted.
 *
 * The adoption date is printed in the header ("Resolution adopted by the General Assembly on
 * 16 December 2021", "Резолюция, принятая Генеральной Ассамблеей 16 декабря 2021 года",
 * "Adopted by the Security Council at its 7193rd meeting, on 9 June 2014",
 * "2018年11月15日安全理事会第8401次会议通过", "القرار 61/53 اتخذ في الجلسة العامة 67، المعقودة
 * في 6 كانون الأول/ديسمبر 2006") and again after the last paragraph ("53rd plenary meeting
 * 16 December 2021", "53-е пленарное заседание, 16 декабря 2021 года"). Only those places are
 * read: the preamble is full of dates of other acts.
 *
 * Works on folded text (`document-text.ts`): ASCII digits.
 */
import { daysInMonth } from './untrusted';

export interface FoundDate {
  index: number;
  end: number;
  iso: string;
}

const MONTHS: Record<string, number> = {};
function months(names: string, from = 1): void {
  names.split(' ').forEach((group, i) => {
    for (const name of group.split('|')) MONTHS[name] = from + i;
  });
}
months('january february march april may june july august september october november december');
months('janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre décembre|decembre');
months('enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre');
months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
months('يناير فبراير مارس أبريل|ابريل|إبريل مايو يونيه|يونيو يوليه|يوليو أغسطس|اغسطس سبتمبر أكتوبر|اكتوبر نوفمبر ديسمبر');
// The Levantine names, written before the Egyptian ones in UN Arabic ("كانون الأول/ديسمبر").
months(
  'كانون_الثاني شباط آذار|اذار نيسان أيار|ايار حزيران تموز آب|اب أيلول|ايلول تشرين_الأول|تشرين_الاول تشرين_الثاني كانون_الأول|كانون_الاول',
);

const monthAlternation = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace('_', '\\s+'))
  .join('|');

/** `16 December 2021`, `1er juillet 2000`, `16 de diciembre de 2021`, `16 декабря 2021 года`, `6 كانون الأول/ديسمبر 2006`. */
const WRITTEN_DATE = new RegExp(
  `(?<![0-9])([0-9]{1,2})(?:er)?\\s+(?:de\\s+)?(${monthAlternation})(?:\\s*/\\s*(?:${monthAlternation}))?(?:\\s*\\(\\s*(?:${monthAlternation})\\s*\\))?\\s*,?\\s+(?:de\\s+)?([0-9]{4})([0-9]?)`,
  'giu',
);
/** `2021年12月16日`. */
const CJK_DATE = /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/g;

/** Every date in `text[from, to)`, in order. */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const slice = text.slice(from, to);
  const found: FoundDate[] = [];
  for (const match of slice.matchAll(WRITTEN_DATE)) {
    // A fifth digit is a footnote mark glued to the year in PDF text ("21 июля 20221 года").
    const [whole, day, monthName, year] = match;
    const iso = toIso(Number(year), MONTHS[(monthName ?? '').toLowerCase().replace(/\s+/g, '_')], Number(day));
    if (iso !== undefined) found.push({ index: from + match.index, end: from + match.index + whole.length, iso });
  }
  for (const match of slice.matchAll(CJK_DATE)) {
    const iso = toIso(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso !== undefined) found.push({ index: from + match.index, end: from + match.index + match[0].length, iso });
  }
  return found.sort((a, b) => a.index - b.index);
}

function toIso(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || year < 1945 || year > 2100 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Words that introduce the adoption date in a header, followed by the date within a line or two. */
const ADOPTION_ANCHOR =
  /adopted\s+by\s+the\b|adopt[ée]e?\s+par\s+(?:l['’]|le\s)|r[ée]solution\s+du(?=\s+[0-9])|aprobad[ao]\s+por\s+(?:la|el)\s|принят(?:ая|а|ой|ое)\s|اتخذ(?:ته|ه)?\s/giu;
/** The Chinese header puts the date first: `2021年12月16日大会决议`, `…第8401次会议通过`. */
const CJK_ADOPTION_AFTER = /^[^\n。]{0,40}?(?:通过|通過|决议|決議)/u;
/** The closing line: `53rd plenary meeting`, `53-е пленарное заседание`, `53e séance plénière`, `الجلسة العامة 53`. */
const CLOSING_ANCHOR =
  /[0-9]{1,4}(?:-?[еeй]|st|nd|rd|th|e|ème|ª|a)?\s+(?:plenary\s+meeting|пленарное\s+заседание|s[ée]ance\s+pl[ée]ni[èe]re|sesi[óo]n\s+plenaria)|الجلسة\s+العامة\s+[0-9]{1,4}|第[0-9]{1,4}次全体会议|第[0-9]{1,4}次全體會議/giu;

const ANCHOR_REACH = 160;
const CLOSING_REACH = 60;

/**
 * The adoption date: from the header (`[0, headerEnd)`), else from the closing line after
 * `closingFrom`. Undefined when neither says it: a date is never guessed from the preamble.
 */
export function findAdoptionDate(folded: string, headerEnd: number, closingFrom: number): string | undefined {
  const headerDates = findDates(folded, 0, headerEnd);
  for (const anchor of folded.slice(0, headerEnd).matchAll(ADOPTION_ANCHOR)) {
    const after = anchor.index + anchor[0].length;
    const date = headerDates.find((d) => d.index >= after && d.index - after <= ANCHOR_REACH);
    if (date !== undefined) return date.iso;
  }
  for (const date of headerDates) {
    if (/[年]/.test(folded.slice(date.index, date.end)) && CJK_ADOPTION_AFTER.test(folded.slice(date.end, date.end + 60))) return date.iso;
  }
  const tail = folded.slice(closingFrom);
  for (const anchor of tail.matchAll(CLOSING_ANCHOR)) {
    const at = closingFrom + anchor.index;
    const near = findDates(folded, Math.max(closingFrom, at - 20), at + anchor[0].length + CLOSING_REACH);
    const date = near.find((d) => d.index >= at + anchor[0].length) ?? near[near.length - 1];
    if (date !== undefined) return date.iso;
  }
  return undefined;
}
