/**
 * The words of a paragraph as a comparison reads them. Each word keeps the text it is shown
 * with and gets a key it is compared by: PDF text is noisy in ways that are not changes of
 * wording (punctuation glued to a word, quotes and dashes of another shape, footnote marks whose
 * numbers shift when a footnote is added before them), and those differences are left out of the
 * key. Chinese and Japanese text has no spaces: each Han character is a word of its own.
 */

export interface Word {
  /** As printed, with the punctuation attached to it. */
  text: string;
  /** What two words are compared by; '' for a word that takes no part (a footnote mark, lone punctuation). */
  key: string;
}

/** Han ideographs and CJK punctuation: one word each. */
const HAN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20]/u;

/** Words after which a number is a number (a paragraph, an article), not a footnote mark. */
const NUMBER_TAKERS = new Set(
  [
    'paragraph',
    'paragraphs',
    'para',
    'paras',
    'article',
    'articles',
    'art',
    'goal',
    'goals',
    'target',
    'targets',
    'no',
    'nos',
    'chapter',
    'chap',
    'section',
    'sect',
    'annex',
    'annexes',
    'resolution',
    'resolutions',
    'decision',
    'decisions',
    'rule',
    'rules',
    'principle',
    'principles',
    'page',
    'pages',
    'vol',
    'volume',
    'item',
    'items',
    'part',
    'and',
    'or',
    'to',
    'of',
    'from',
    'with',
    'et',
    'ou',
    'à',
    'de',
    'y',
    'o',
    'a',
    'и',
    'или',
    'по',
    'от',
    'до',
    'пункт',
    'пункты',
    'пунктах',
    'пункте',
    'статья',
    'статьи',
    'статье',
    'цель',
    'цели',
    'задача',
    'задачи',
    'резолюция',
    'резолюции',
    'резолюцию',
    'решение',
    'решения',
    'глава',
    'раздел',
    'приложение',
    'párrafo',
    'párrafos',
    'artículo',
    'artículos',
    'objetivo',
    'meta',
    'metas',
    'resolución',
    'resoluciones',
    'anexo',
    'capítulo',
    'sección',
    'al',
    'del',
    'paragraphe',
    'paragraphes',
    'objectif',
    'cible',
    'cibles',
    'annexe',
    'chapitre',
  ].map((word) => word.normalize('NFC')),
);

/**
 * Joins a paragraph's lines into one line: a word cut by a hyphen at a line's end is joined
 * again ("rights-\nbased" → "rights-based"), except a hyphen that stands for a word repeated
 * after a conjunction ("gender- and age-sensitive").
 */
export function joinLines(text: string): string {
  return text
    .replace(/(\p{L})-[ \t]*\n[ \t]*(?!(?:and|or|et|ou|y|o|и|или)\s)(?=\p{Ll})/gu, '$1-')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function wordsOf(text: string): Word[] {
  const pieces: string[] = [];
  for (const chunk of joinLines(text).split(' ')) {
    if (chunk === '') continue;
    if (!HAN.test(chunk)) {
      pieces.push(chunk);
      continue;
    }
    // Han characters one by one, with punctuation kept on the character before it.
    let run = '';
    for (const char of chunk) {
      if (HAN.test(char) && !/\p{P}/u.test(char)) {
        if (run !== '') pieces.push(run);
        run = char;
      } else run += char;
    }
    if (run !== '') pieces.push(run);
  }
  const words: Word[] = [];
  pieces.forEach((piece, index) => {
    const previous = index > 0 ? pieces[index - 1]! : '';
    const next = pieces[index + 1] ?? '';
    words.push({ text: piece, key: isFootnoteMark(piece, previous, next) ? '' : keyOf(piece) });
  });
  return words;
}

/**
 * Lower case (a capital is an editorial change: "States parties" → "States Parties"), NFKC, no
 * punctuation, no Arabic tatweel or short vowels, a glued footnote mark dropped.
 */
export function keyOf(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    key = computeKey(word);
    // Words repeat ("the", "of", "trafficking"): a bounded cache halves a comparison's time.
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(word, key);
  }
  return key;
}

const KEYS = new Map<string, string>();

function computeKey(word: string): string {
  const plain = word
    .normalize('NFKC')
    // "forms,3" "children”,11" "organs”": a footnote number glued after a word's punctuation.
    .replace(/(?<=[\p{L}”’)»][,.;:]|[”’)»])\d{1,3}$/u, '')
    .replace(/(?<=\p{Ll}{2})\d{1,3}$/u, '')
    // "2016,18": a year ending a clause, then the footnote mark.
    .replace(/(?<=(?:^|\D)\d{4}[,;])\d{1,3}$/u, '')
    .replace(/(?:\u0640|[\u064B-\u065F]|\u0670)/gu, '')
    .toLowerCase();
  // A word that is only punctuation (a comma cut from its word, a dash) takes no part either.
  return plain.replace(/[\p{P}\p{S}]/gu, '');
}

/**
 * A footnote mark standing apart ("Development, 1 and recalling", "pornography 7 and"): a number
 * of one to three digits after a word that does not take a number, before a lower-case word or
 * the paragraph's end.
 */
function isFootnoteMark(word: string, previous: string, next: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  if (!/^\d{1,3}[,;.]?$/u.test(word) || previous === '') return false;
  // After a number a number is a list ("paragraphs 3, 4 and 5"), unless the first is a year ending a clause.
  if (/\d[,;.]?$/u.test(previous) && !/^\d{4}[,;]$/u.test(previous)) return false;
  const bare = previous
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '');
  if (NUMBER_TAKERS.has(bare) && !/[,;:”’)]$/u.test(previous)) return false;
  // After a sentence's end the next sentence starts with a capital ("…the Child. 12 We welcome").
  return next === '' || /^[\p{Ll}(“‘"]/u.test(next) || /^\p{Lo}/u.test(next) || /[.;:]$/u.test(previous);
}
