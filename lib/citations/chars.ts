/**
 * Character classes for damaged real-world text, as regex source fragments, and the folding that
 * turns a matched surface into canonical ASCII. Real UN text carries Cyrillic look-alikes inside
 * Latin symbols, full-width forms in Chinese, Arabic-Indic digits, no-break and thin spaces and
 * hyphen variants; the regexes accept them where they occur and canonicalise only what matched,
 * so the scan never has to rewrite the whole text.
 */

/** One digit: ASCII, full-width, Arabic-Indic, extended Arabic-Indic. */
export const DIGIT = '[0-9\\uFF10-\\uFF19\\u0660-\\u0669\\u06F0-\\u06F9]';
/** A slash: ASCII, full-width, division slash. */
export const SLASH = '[/\\uFF0F\\u2215]';
/** A hyphen inside a symbol or session (`S-26`, `S‑4`, `ES–10`). */
export const HYPHEN = '[-\\u2010\\u2011\\u2012\\u2013\\u2212]';
/** Horizontal space, including no-break and thin spaces (not a line break). */
export const HSPACE = '[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]';
export const OPEN_PAREN = '[(\\uFF08]';
export const CLOSE_PAREN = '[)\\uFF09]';
/**
 * Cyrillic and full-width capitals that look like Latin ones. A symbol written in them
 * (`СТОС/СОР/2006/12`, all Cyrillic) is the Latin symbol.
 */
const LOOKALIKE: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ѕ: 'S',
  Ј: 'J',
  Ӏ: 'I',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ѕ: 's',
  ј: 'j',
};
/** A capital letter that may stand in a symbol: Latin, a Cyrillic look-alike, or full-width. */
export const SYMBOL_CAPITAL =
  '[A-Z\\u0410\\u0412\\u0415\\u041A\\u041C\\u041D\\u041E\\u0420\\u0421\\u0422\\u0425\\u0423\\u0406\\u0405\\u0408\\u04C0\\uFF21-\\uFF3A]';
/** A lower-case letter of a modifier (`Add.1`, `Corr.2`): Latin or a Cyrillic look-alike. */
export const SYMBOL_SMALL = '[a-z\\u0430\\u0435\\u043E\\u0440\\u0441\\u0445\\u0443\\u0456\\u0455\\u0458]';

/** Folds one matched surface to ASCII: look-alikes, full-width forms, Arabic digits, spaces. */
export function foldToAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    const mapped = LOOKALIKE[ch];
    if (mapped !== undefined) out += mapped;
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code >= 0x0660 && code <= 0x0669) out += String.fromCharCode(code - 0x0660 + 48);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String.fromCharCode(code - 0x06f0 + 48);
    else if (code === 0x2215) out += '/';
    else if (code >= 0x2010 && code <= 0x2013) out += '-';
    else if (code === 0x2212) out += '-';
    else out += ch;
  }
  return out;
}

/** Integer value of a run of digits in any of the accepted scripts. */
export function digitsValue(s: string): number {
  return Number.parseInt(foldToAscii(s).replace(/[^0-9]/g, ''), 10);
}

const LETTER_RE = /\p{L}/u;
/** True when the character is a letter of any script. */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LETTER_RE.test(ch);
}

const CYRILLIC_RE = /[\u0400-\u04FF]/;
export function isCyrillic(ch: string | undefined): boolean {
  return ch !== undefined && CYRILLIC_RE.test(ch);
}
