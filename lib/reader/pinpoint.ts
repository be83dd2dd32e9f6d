/**
 * Finds a citation's pinpoint (`annex III`, `para. 29`, `Part I`, `chap. V, sect. A`; the engine
 * reports them with English labels) in the cited document's own text, in the document's
 * language: `ПРИЛОЖЕНИЕ III`, `Annexe III`, `Anexo III`, `المرفق الثالث`, `附件三`; a paragraph
 * is a line starting with its number and a dot (`29.`). A heading is a line of its own, starting
 * with a capital, so a mention in running text ("…set out in\nannex III to…") is not taken for
 * the place itself.
 * Each part of a pinpoint is looked for after the previous one (`annex, para. 3`).
 */
import { romanValue, toRoman } from '../citations/roman';
import type { UnLang } from '../citations/types';

export interface PinpointHit {
  /** 1-based page. */
  page: number;
  /** Offset of the heading's line in that page's text. */
  offset: number;
  /** False when only the first parts were found (the reader goes to the deepest one found). */
  complete: boolean;
}

type Label = 'annex' | 'para.' | 'chap.' | 'sect.' | 'Part';

/** Heading words per language, as they start a heading line. */
const HEADINGS: Record<Exclude<Label, 'para.' | 'sect.'>, Record<UnLang, string>> = {
  annex: { en: 'annex', fr: 'annexe', es: 'anexo', ru: 'приложение', ar: 'المرفق', zh: '附件' },
  'chap.': { en: 'chapter', fr: 'chapitre', es: 'capítulo', ru: 'глава', ar: 'الفصل', zh: '' },
  Part: { en: 'part', fr: 'partie', es: 'parte', ru: 'часть', ar: 'الجزء', zh: '' },
};

/** Arabic headings number with ordinal words (masculine: المرفق الثالث). */
const ARABIC_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function findPinpoint(pages: readonly string[], pinpoint: string, lang: UnLang): PinpointHit | null {
  let from = { page: 1, offset: 0 };
  let hit: PinpointHit | null = null;
  for (const part of pinpointParts(pinpoint)) {
    const pattern = partPattern(part, lang);
    const found = pattern === null ? null : searchLines(pages, pattern, from);
    if (found === null) return hit === null ? null : { ...hit, complete: false };
    hit = { ...found, complete: true };
    // The next part lies after this heading's line.
    from = { page: found.page, offset: found.offset + 1 };
  }
  return hit;
}

/**
 * The parts of a pinpoint, outermost first: `annex, Part I, para. 2` is three. A comma inside a
 * part's list of values (`para. 9 (a), (b) and (c)`, `paras. 15, 16 and 17`) does not split it.
 */
export function pinpointParts(pinpoint: string): string[] {
  return pinpoint.split(/\s*,\s*(?=(?:annex(?:es)?|paras?\.|chaps?\.|sects?\.|Parts?)(?:\s|$)|[A-Z](?:,|$))/);
}

const SINGULAR: Record<string, Label> = { annexes: 'annex', 'paras.': 'para.', 'chaps.': 'chap.', 'sects.': 'sect.', Parts: 'Part' };

/**
 * A regexp matching a line that is the heading of `part` (`annex III`), or null for a part not
 * understood. A list of values (`paras. 9 and 10`) or subparagraphs (`para. 9 (a), (b) and (c)`)
 * is looked for at its first value: the reader opens there, the rest follows on the page.
 */
export function partPattern(part: string, lang: UnLang): RegExp | null {
  const match = /^(annex(?:es)?|paras?\.|chaps?\.|sects?\.|Parts?)(?:\s+([^\s,]+)(?:[\s,].*)?)?$/.exec(part.trim());
  if (match === null) return null;
  const label = SINGULAR[match[1] as string] ?? (match[1] as Label);
  const value = match[2];
  // The heading alone on its line, perhaps with a footnote mark or a colon after it.
  const end = String.raw`\s*[.:]?\s*[*†0-9]{0,2}\s*$`;
  if (label === 'para.') {
    if (value === undefined || !/^[0-9]{1,3}$/.test(value)) return null;
    // `29. Text`, and `29 - Text` as Arabic documents number paragraphs.
    return new RegExp(String.raw`^\s*${value}\s*(?:\.|\s-)(?:\s|$)`, 'u');
  }
  if (label === 'sect.') {
    // Sections are lettered headings (`A. Title`); numbered forms (`sect. I.A`) are not looked for.
    if (value === undefined || !/^[A-Z]$/.test(value)) return null;
    return new RegExp(String.raw`^\s*${value}\.\s`, 'u');
  }
  const number = value === undefined ? null : numberOf(value);
  if (value !== undefined && number === null) return null;
  if (lang === 'zh') {
    const numeral = number === null ? '' : `(?:${chineseNumeral(number)}|${toRoman(number)}|${number})`;
    if (label === 'annex') return new RegExp(String.raw`^\s*附件\s*${numeral}(?![一二三四五六七八九十IVXLC0-9])`, 'u');
    if (number === null) return null;
    const suffix = label === 'chap.' ? '章' : '部分';
    return new RegExp(String.raw`^\s*第\s*${numeral}\s*${suffix}`, 'u');
  }
  const word = headingWord(HEADINGS[label][lang]);
  if (number === null) return new RegExp(String.raw`^\s*${word}${end}`, 'u');
  const forms = [toRoman(number), String(number)];
  if (lang === 'ar' && number <= ARABIC_ORDINALS.length) forms.unshift(ARABIC_ORDINALS[number - 1]!);
  return new RegExp(String.raw`^\s*${word}\s+(?:${forms.join('|')})${end}`, 'u');
}

/** `Annex` or `ANNEX` (headings are capitalised; running text is not); words of scripts without case as they are. */
function headingWord(word: string): string {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return capital === word ? word : `(?:${capital}|${word.toUpperCase()})`;
}

/** A pinpoint value as a number: `III` → 3, `12` → 12; null for letters (`A`) and the like. */
function numberOf(value: string): number | null {
  if (/^[0-9]{1,3}$/.test(value)) return Number(value);
  return romanValue(value.toUpperCase());
}

/** 1 … 99 in Chinese numerals (三, 十二, 二十一). */
export function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]!}十${CHINESE_DIGITS[n % 10]!}`;
}

/** The first line at or after `from` that matches `pattern`. */
function searchLines(
  pages: readonly string[],
  pattern: RegExp,
  from: { page: number; offset: number },
): { page: number; offset: number } | null {
  for (let page = from.page; page <= pages.length; page++) {
    const text = pages[page - 1] ?? '';
    let lineStart = 0;
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      if ((page > from.page || lineStart >= from.offset) && pattern.test(text.slice(lineStart, lineEnd))) {
        return { page, offset: lineStart };
      }
      if (newline === -1) break;
      lineStart = newline + 1;
    }
  }
  return null;
}
