/**
 * How UN documents cite a resolution in running text, in each of the six languages, for "copy a
 * citation": "General Assembly resolution 80/173 of 17 December 2025", "résolution 80/173 de
 * l'Assemblée générale en date du 17 décembre 2025", "резолюция 80/173 Генеральной Ассамблеи от
 * 17 декабря 2025 года"… Security Council resolutions carry their year in the number and are
 * cited without a date. Anything that is not a resolution of the General Assembly, the Security
 * Council, the Economic and Social Council or the Human Rights Council is cited by its symbol.
 */
import type { UnLang } from '../citations/types';

type Organ = 'ga' | 'sc' | 'ecosoc' | 'hrc';

const MONTHS: Record<Exclude<UnLang, 'zh'>, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ar: [
    'كانون الثاني/يناير',
    'شباط/فبراير',
    'آذار/مارس',
    'نيسان/أبريل',
    'أيار/مايو',
    'حزيران/يونيه',
    'تموز/يوليه',
    'آب/أغسطس',
    'أيلول/سبتمبر',
    'تشرين الأول/أكتوبر',
    'تشرين الثاني/نوفمبر',
    'كانون الأول/ديسمبر',
  ],
};

/** The organ's name as the citation line puts it, per language. */
const ORGANS: Record<Organ, Record<UnLang, string>> = {
  ga: {
    en: 'General Assembly',
    fr: 'de l’Assemblée générale',
    es: 'de la Asamblea General',
    ru: 'Генеральной Ассамблеи',
    ar: 'الجمعية العامة',
    zh: '大会',
  },
  sc: {
    en: 'Security Council',
    fr: 'du Conseil de sécurité',
    es: 'del Consejo de Seguridad',
    ru: 'Совета Безопасности',
    ar: 'مجلس الأمن',
    zh: '安全理事会',
  },
  ecosoc: {
    en: 'Economic and Social Council',
    fr: 'du Conseil économique et social',
    es: 'del Consejo Económico y Social',
    ru: 'Экономического и Социального Совета',
    ar: 'المجلس الاقتصادي والاجتماعي',
    zh: '经济及社会理事会',
  },
  hrc: {
    en: 'Human Rights Council',
    fr: 'du Conseil des droits de l’homme',
    es: 'del Consejo de Derechos Humanos',
    ru: 'Совета по правам человека',
    ar: 'مجلس حقوق الإنسان',
    zh: '人权理事会',
  },
};

/** The organ and the resolution's number as cited ("80/173", "2768 (2025)"), or null for another document. */
export function resolutionOf(symbol: string): { organ: Organ; number: string } | null {
  let match = /^A\/RES\/([0-9A-Z-]+\/[0-9]+(?:\s?[A-Z])?)$/.exec(symbol);
  if (match) return { organ: 'ga', number: match[1]! };
  match = /^S\/RES\/([0-9]+)\s*\(([0-9]{4})\)$/.exec(symbol);
  if (match) return { organ: 'sc', number: `${match[1]} (${match[2]})` };
  match = /^E\/RES\/([0-9]{4}\/[0-9]+(?:\s?[A-Z])?)$/.exec(symbol);
  if (match) return { organ: 'ecosoc', number: match[1]! };
  match = /^A\/HRC\/RES\/([0-9A-Z-]+\/[0-9]+)$/.exec(symbol);
  if (match) return { organ: 'hrc', number: match[1]! };
  return null;
}

/** A full date ("2025-12-17") as the language writes it in UN documents; null for a partial or bad date. */
export function formatUnDate(iso: string | undefined, lang: UnLang): string | null {
  const match = iso === undefined ? null : /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (lang === 'zh') return `${year}年${month}月${day}日`;
  const name = MONTHS[lang][month - 1]!;
  if (lang === 'en') return `${day} ${name} ${year}`;
  if (lang === 'fr') return `${day === 1 ? '1er' : day} ${name} ${year}`;
  if (lang === 'es') return `${day} de ${name} de ${year}`;
  if (lang === 'ru') return `${day} ${name} ${year} года`;
  return `${day} ${name} ${year}`;
}

/** The citation line of `symbol` in `lang`, with its date of adoption when known (ISO). */
export function citationLine(symbol: string, lang: UnLang, date?: string): string {
  const resolution = resolutionOf(symbol);
  if (resolution === null) return symbol;
  const { organ, number } = resolution;
  const name = ORGANS[organ][lang];
  // The Security Council's number carries its year: no date, as its resolutions are cited.
  const when = organ === 'sc' ? null : formatUnDate(date, lang);
  switch (lang) {
    case 'en':
      return `${name} resolution ${number}${when ? ` of ${when}` : ''}`;
    case 'fr':
      return `résolution ${number} ${name}${when ? ` en date du ${when}` : ''}`;
    case 'es':
      return `resolución ${number} ${name}${when ? `, de ${when}` : ''}`;
    case 'ru':
      return `резолюция ${number} ${name}${when ? ` от ${when}` : ''}`;
    case 'ar':
      return `قرار ${name} ${number}${when ? ` المؤرخ ${when}` : ''}`;
    case 'zh':
      return `${name}${when ?? ''}第${number.replace(' ', '')}号决议`;
  }
}

/** The document's permanent address on undocs.org. */
export function undocsLink(symbol: string, lang: UnLang): string {
  return `https://undocs.org/${lang}/${symbol.split('/').map(encodeURIComponent).join('/')}`;
}
