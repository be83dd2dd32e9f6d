/**
 * The language of a text, from its scripts and, for Latin-script text, its commonest words.
 * Reads a sample, not the whole text: a page's language shows in its first pages.
 */
import type { UnLang } from './types';

const SAMPLE = 20_000;
const LATIN_WORDS: Record<'en' | 'fr' | 'es', RegExp> = {
  en: /\b(?:the|of|and|to|in|its|resolution|that)\b/g,
  fr: /\b(?:le|la|les|des|du|et|sa|ses|dans|résolution)\b/g,
  es: /\b(?:el|los|las|del|y|su|sus|en|resolución|que)\b/g,
};

export function detectLang(text: string): UnLang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const scripts: Array<[UnLang, number]> = [
    ['ar', count(/[\u0600-\u06FF]/g)],
    ['zh', count(/[\u4E00-\u9FFF]/g) * 3],
    ['ru', count(/[\u0400-\u04FF]/g)],
  ];
  const latin = count(/[A-Za-z\u00C0-\u00FF]/g);
  const best = scripts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (best[1] > latin * 0.5 && best[1] > 0) return best[0];
  const lower = sample.toLowerCase();
  const words = (['en', 'fr', 'es'] as const).map((l) => [l, lower.match(LATIN_WORDS[l])?.length ?? 0] as const);
  return words.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}
