/**
 * Sub-paragraph letters in the six languages, as the position in their alphabet: Latin `(b)`,
 * Russian `б)`, Arabic `(ب)` (the abjad order UN Arabic texts letter lists in), Chinese `(二)`,
 * all position 1, so that `op-12-b` names the same clause in every language version.
 */

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
/** Russian list letters: the alphabet without ё, й, ъ, ы, ь, which lists skip. */
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщэюя';
const ABJAD = [
  'أ',
  'ب',
  'ج',
  'د',
  'ه',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
  'ش',
  'ت',
  'ث',
  'خ',
  'ذ',
  'ض',
  'ظ',
  'غ',
];
const CHINESE_DIGITS = '一二三四五六七八九';
/** Cyrillic letters typed for the Latin ones they look like (`с)` after `b)`). */
const LOOKALIKES: Record<string, string> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', і: 'i' };

/** A sub-paragraph token's possible positions (0-based): usually one, two for a lookalike. */
export function letterPositions(token: string): number[] {
  const lower = token.toLowerCase();
  if (lower.length === 1 && LATIN.includes(lower)) return [LATIN.indexOf(lower)];
  if (lower.length === 1 && CYRILLIC.includes(lower)) {
    const positions = [CYRILLIC.indexOf(lower)];
    const latin = LOOKALIKES[lower];
    if (latin !== undefined && LATIN.indexOf(latin) !== positions[0]) positions.push(LATIN.indexOf(latin));
    return positions;
  }
  // Arabic: `هـ` is written with a tatweel; `ا` stands for `أ` in some texts.
  const arabic = lower.replace(/\u0640/g, '').replace(/^ا$/, 'أ');
  if (ABJAD.includes(arabic)) return [ABJAD.indexOf(arabic)];
  const chinese = chineseValue(token);
  if (chinese !== null && chinese <= LATIN.length) return [chinese - 1];
  return [];
}

/** An annex's Chinese number (`附件二` → 2), or null. */
export function hanNumber(token: string): number | null {
  return chineseValue(token);
}

/** الأول … العاشر (and the feminine forms) without their article, as 1 … 10; null for another word. */
const ARABIC_ORDINAL_STEMS = ['أول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'];
export function arabicOrdinal(word: string): number | null {
  const masculine = word === 'أولى' ? 'أول' : word.replace(/ة$/u, '');
  const index = ARABIC_ORDINAL_STEMS.indexOf(masculine);
  return index === -1 ? null : index + 1;
}

/** 一 … 九十九 as a number, or null. */
function chineseValue(token: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(token);
  if (match === null || token === '') return null;
  const [, first, ten, second] = match;
  if (ten === undefined) return second === undefined && first !== undefined ? CHINESE_DIGITS.indexOf(first) + 1 : null;
  const tens = first === undefined ? 1 : CHINESE_DIGITS.indexOf(first) + 1;
  return tens * 10 + (second === undefined ? 0 : CHINESE_DIGITS.indexOf(second) + 1);
}

/** The Latin letter at a position: 0 → `a`; past `z`, `aa`, `ab` … (never met in practice). */
export function latinLetter(position: number): string {
  if (position < LATIN.length) return LATIN[position]!;
  return latinLetter(Math.floor(position / LATIN.length) - 1) + LATIN[position % LATIN.length]!;
}

const ROMAN = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx',
];

/** The value of a lowercase roman numeral i … xx, or null. */
export function romanPosition(token: string): number | null {
  const index = ROMAN.indexOf(token);
  return index === -1 ? null : index + 1;
}

export function romanNumeral(value: number): string {
  return ROMAN[value - 1] ?? String(value);
}
