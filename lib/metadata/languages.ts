/**
 * Recognising which official UN language a piece of Library data is in: file labels (`856 $y`,
 * written in the language itself: "Русский", "العربية", "中文"), MARC language codes (`041`),
 * the `-RU.pdf` suffix of the Library's file names, and, for a title with no label, its script.
 */
import type { UnLang } from '../citations/types';

// Maps, not object literals: a label or code read from a record must never find `constructor`.
const LABELS = new Map<string, UnLang>(
  Object.entries({
    english: 'en',
    anglais: 'en',
    français: 'fr',
    francais: 'fr',
    french: 'fr',
    español: 'es',
    espanol: 'es',
    spanish: 'es',
    русский: 'ru',
    russian: 'ru',
    العربية: 'ar',
    arabic: 'ar',
    中文: 'zh',
    chinese: 'zh',
  }),
);

/** MARC 21 language codes (bibliographic and terminologic forms). */
const MARC_CODES = new Map<string, UnLang>(
  Object.entries({
    eng: 'en',
    fre: 'fr',
    fra: 'fr',
    spa: 'es',
    rus: 'ru',
    ara: 'ar',
    chi: 'zh',
    zho: 'zh',
  }),
);

/** The language a file label names ("English", "Français", "العربية"), if it is an official one. */
export function langFromLabel(label: string): UnLang | undefined {
  return LABELS.get(label.trim().toLowerCase());
}

/** `eng` → `en`; also splits run-together codes (`araengfre`), which some records carry. */
export function langsFromMarcCode(value: string): UnLang[] {
  const code = value.trim().toLowerCase();
  if (code.length === 0 || code.length % 3 !== 0) return [];
  const out: UnLang[] = [];
  for (let at = 0; at < code.length; at += 3) {
    const lang = MARC_CODES.get(code.slice(at, at + 3));
    if (lang === undefined) return [];
    if (!out.includes(lang)) out.push(lang);
  }
  return out;
}

/** The Library names files `A_RES_76_186-RU.pdf`: the suffix says the language. */
export function langFromFileName(url: string): UnLang | undefined {
  const match = /-(AR|ZH|EN|FR|RU|ES)\.[A-Za-z]{2,5}(?:[?#].*)?$/i.exec(url);
  return match?.[1] === undefined ? undefined : (match[1].toLowerCase() as UnLang);
}

/**
 * The language of an unlabelled title, when its script alone says it: Cyrillic is Russian, Arabic
 * script Arabic, Han Chinese. Latin-script titles stay unknown (English, French and Spanish
 * variants all look alike to a script test, and a wrong label is worse than none).
 */
export function langOfScript(text: string): UnLang | undefined {
  let cyrillic = 0;
  let arabic = 0;
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  const total = cyrillic + arabic + han + latin;
  if (total === 0) return undefined;
  if (cyrillic / total > 0.6) return 'ru';
  if (arabic / total > 0.6) return 'ar';
  if (han / total > 0.3 && latin / total < 0.5) return 'zh';
  return undefined;
}
