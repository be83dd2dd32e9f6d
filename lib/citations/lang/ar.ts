/**
 * Arabic: how UN documents in Arabic cite resolutions and decisions. Words take attached
 * prefixes (و and, ب by/in, ل for, ف so, ك as) and the article ال, which ل turns into لل; the
 * possessive is an ending on the head word (`قرارها` its resolution, `قراراتها` its resolutions).
 * Pre-1976 General Assembly sessions are written `(د-21)`, part letters as words (`ألف` A).
 */
import type { LanguageData } from './types';

/** The article with the prefixes that attach to it: ال، وال، بال، فال، كال، لل، ولل. */
const AL = '(?:[وف]?(?:ال|بال|كال|لل))';
/** Prefixes attached to a word without the article. */
const PRE = '(?:[وف]?[بلك]?)';

export const ar: LanguageData = {
  lang: 'ar',
  resolutionHeads: `(?:[وف]?لل|${PRE}(?:ال)?)قرار(?:ات|ا|ي|ين|ان)?(?:ها|ه|هما|هم)?`,
  decisionHeads: `(?:[وف]?لل|${PRE}(?:ال)?)مقرر(?:ات|ا|ي|ين|ان)?(?:ها|ه|هما|هم)?`,
  possessives: `(?!)`,
  possessiveSuffix: `(?:ها|ه|هما)$`,
  numberMarkers: `رقم`,
  joinerWords: `و|أو|وكذلك`,
  dateAfter:
    `(?:المؤرخ|المؤرخة|المؤرخين|المؤرختين|المؤرخات|الصادر|الصادرة)\\s+(?:في\\s+)?` +
    `(?:\\d{1,2}\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s*/\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s+)?\\d{4}`,
  titleIntro: `المعنون|المعنونة|المعنونين|المعنونتين|المعنونة\\s+باسم`,
  topicIntro: `بشأن|المتعلق\\p{L}*|حول`,
  fillers: `أيضا|أيضاً|كذلك`,
  bodyConnector: `(?:الصادر|الصادرة|الذي\\s+اتخذه|التي\\s+اتخذها|الذي\\s+اعتمده|التي\\s+اعتمدها)\\s+(?:عن\\s+)?|`,
  adoptedBy: `(?:التي|الذي|اللذين|اللتين|اللذان|اللتان)\\s+(?:اتخذ|اعتمد)\\p{L}*\\s+`,
  subjectArticle: `(?!)`,
  authorBridge: `في|ب`,
  possessiveBridge: `[،,]?\\s*(?:في)?`,
  bodies: [
    { body: 'HRC', re: `${PRE}مجلس\\s+حقوق\\s+الإنسان` },
    { body: 'SUBCOM', re: `${AL}لجنة\\s+الفرعية\\s+لتعزيز\\s+وحماية\\s+حقوق\\s+الإنسان` },
    { body: 'CHR', re: `${PRE}لجنة\\s+حقوق\\s+الإنسان` },
    { body: 'CCPCJ', re: `${PRE}لجنة\\s+منع\\s+الجريمة\\s+والعدالة\\s+الجنائية` },
    { body: 'CND', re: `${PRE}لجنة\\s+المخدرات` },
    { body: 'OTHER-UN', re: `${PRE}مؤتمر\\s+الدول\\s+الأطراف\\s+في\\s+اتفاقية\\s+الأمم\\s+المتحدة\\s+لمكافحة\\s+الفساد` },
    {
      body: 'COP-UNTOC',
      re: `${PRE}مؤتمر\\s+الأطراف(?:\\s+في\\s+اتفاقية\\s+الأمم\\s+المتحدة\\s+لمكافحة\\s+الجريمة\\s+المنظمة\\s+عبر\\s+الوطنية)?`,
    },
    { body: 'ECOSOC', re: `${AL}مجلس\\s+الاقتصادي\\s+والاجتماعي` },
    { body: 'SC', re: `${PRE}مجلس\\s+الأمن(?:\\s+الدولي)?` },
    { body: 'GA', re: `${AL}جمعية\\s+العامة` },
    { body: 'OTHER-UN', re: `${PRE}مؤتمر\\s+الأمم\\s+المتحدة\\s+(?:ال)?(?:لمنع|منع)\\s+الجريمة(?:\\s+والعدالة\\s+الجنائية)?` },
    {
      body: 'OTHER-UN',
      re: `${PRE}جمعية\\s+الصحة\\s+العالمية|${AL}مجلس\\s+التنفيذي|${AL}مؤتمر\\s+العام|${PRE}لجنة\\s+وضع\\s+المرأة|${PRE}لجنة\\s+القانون\\s+الدولي|${PRE}جمعية\\s+الأمم\\s+المتحدة\\s+للبيئة`,
    },
    {
      body: 'NON-UN',
      re: `${AL}مجلس\\s+الوزاري|${PRE}منظمة\\s+الأمن\\s+والتعاون\\s+في\\s+أوروبا|${PRE}مجلس\\s+أوروبا|${PRE}لجنة\\s+الوزراء`,
    },
    {
      body: 'NON-UN',
      re: `${AL}اتحاد\\s+الأفريقي|${PRE}جامعة\\s+الدول\\s+العربية|${AL}اتحاد\\s+الأوروبي|${AL}برلمان\\s+الأوروبي|${PRE}منظمة\\s+الدول\\s+الأمريكية|${PRE}منظمة\\s+التعاون\\s+الإسلامي`,
    },
    { body: 'COUNCIL', re: `${AL}مجلس` },
    { body: 'ASSEMBLY', re: `${AL}جمعية` },
    { body: 'SUBSIDIARY', re: `${AL}لجنة|${AL}مؤتمر|${AL}مجلس\\s+التنفيذي|${AL}منتدى` },
  ],
  speakers: [
    { body: 'GA', re: `(?:إن\\s+)?الجمعية\\s+العامة` },
    { body: 'SC', re: `(?:إن\\s+)?مجلس\\s+الأمن` },
    { body: 'ECOSOC', re: `(?:إن\\s+)?المجلس\\s+الاقتصادي\\s+والاجتماعي` },
    { body: 'HRC', re: `(?:إن\\s+)?مجلس\\s+حقوق\\s+الإنسان` },
    { body: 'CHR', re: `(?:إن\\s+)?لجنة\\s+حقوق\\s+الإنسان` },
    { body: 'CCPCJ', re: `(?:إن\\s+)?لجنة\\s+منع\\s+الجريمة\\s+والعدالة\\s+الجنائية` },
    { body: 'CND', re: `(?:إن\\s+)?لجنة\\s+المخدرات` },
  ],
  pinpoints: [
    { label: 'annex', re: `(?:${AL}|[بلك]?)مرفق(?:ين|ان)?|مرفقه|مرفقها` },
    { label: 'para.', re: `(?:${AL}|[بلك]?)فقر(?:ة|ات|تين|تان)` },
    { label: 'chap.', re: `(?:${AL}|[بلك]?)فصل` },
    { label: 'sect.', re: `(?:${AL}|[بلك]?)فرع` },
    { label: 'Part', re: `(?:${AL}|[بلك]?)جزء` },
  ],
  pinpointOf: `(?:(?:من|في)\\s+)?`,
  documentNouns: `${AL}تقرير|${AL}وثيقة|${AL}مذكرة|${AL}رسالة`,
  ordinals: {
    الأول: 1,
    الثاني: 2,
    الثالث: 3,
    الرابع: 4,
    الخامس: 5,
    السادس: 6,
    السابع: 7,
    الثامن: 8,
    التاسع: 9,
    العاشر: 10,
    الأولى: 1,
    الثانية: 2,
    الثالثة: 3,
  },
};
