/**
 * What a file's name says about the document in it. The project names saved UN documents
 * `{symbol with "-" for "/"}.{lang}.{ext}`: `a-res-76-186.ru.txt` is A/RES/76/186 in Russian.
 */

import { parseSymbol, UN_LANGS, type UnLang } from '../citations';
import { parseWritten } from '../masthead/masthead-symbol';

export type SourceFormat = 'text' | 'html' | 'pdf';

const FORMATS: Record<string, SourceFormat> = {
  txt: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS).map((ext) => `.${ext}`);

export interface FileNameFacts {
  /** Lower-cased extension without the dot, '' when there is none. */
  extension: string;
  format: SourceFormat | null;
  lang?: UnLang;
  pageSymbol?: string;
}

export function factsFromFileName(path: string): FileNameFacts {
  const base = path.split(/[\\/]/).pop() ?? '';
  const parts = base.split('.');
  const extension = parts.length > 1 ? (parts.pop() ?? '').toLowerCase() : '';
  const facts: FileNameFacts = { extension, format: Object.hasOwn(FORMATS, extension) ? (FORMATS[extension] as SourceFormat) : null };

  const maybeLang = parts.length > 1 ? parts[parts.length - 1]?.toLowerCase() : undefined;
  if (maybeLang !== undefined && isUnLang(maybeLang)) {
    facts.lang = maybeLang;
    parts.pop();
  }
  const symbol = symbolFromStem(parts.join('.'));
  if (symbol !== null) facts.pageSymbol = symbol;
  return facts;
}

export function isUnLang(value: string): value is UnLang {
  return (UN_LANGS as readonly string[]).includes(value);
}

/**
 * `a-res-76-186` → `A/RES/76/186`, `a-res-es-10-19` → `A/RES/ES-10/19`, `e-2002-68-add.1` →
 * `E/2002/68/Add.1`; null for a stem that does not spell a symbol (`notes-2024`).
 */
export function symbolFromStem(stem: string): string | null {
  if (/^[a-z0-9.()_-]+$/i.test(stem) && stem.includes('_')) return symbolFromUnFileName(stem);
  if (!/^[a-z0-9.()-]+$/i.test(stem) || !stem.includes('-')) return null;
  // A session marker keeps its hyphen: `s-26` and `es-10` are one component, not two. Never
  // the first component, which is a series (`s-2019-1` is S/2019/1).
  const written = stem.replace(/-/g, '/').replace(/\/(e?s)\/(\d+)(?=\/|$)/gi, '/$1-$2');
  return parseSymbol(written);
}

/**
 * The UN's own file names write "/" as "_" and keep hyphens: `A_RES_80_173`, `S_RES_2768(2025)`,
 * `A_ES-10_1027-S_2025_173` (a joint symbol: the first half is the one the document is filed under).
 */
function symbolFromUnFileName(stem: string): string | null {
  const written = stem.replace(/_/g, '/');
  return parseWritten(written)?.parts[0] ?? null;
}
