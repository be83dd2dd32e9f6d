/**
 * The name a saved document gets: its symbol with slashes as underscores and its language, as the
 * UN's own files are named (`A_RES_80_173.en.pdf`), so that a folder of saved documents sorts and
 * reads like the Official Document System. Without a symbol, the file's own name from its URL.
 */
import type { UnLang } from '../citations/types';

/** Characters no common file system takes in a name, control characters, and spaces (UN file names have none). */
const UNSAFE = /[\\/:*?"<>|\s\p{Cc}]+/gu;

export function documentFileName(symbol: string | null, lang: UnLang | null, url: string | null): string {
  if (symbol !== null) return `${symbol.replace(/\//g, '_').replace(UNSAFE, '')}${lang !== null ? `.${lang}` : ''}.pdf`;
  const last = url === null ? '' : lastPathPart(url);
  const name = last.replace(UNSAFE, '_');
  if (name === '' || name === '_') return 'document.pdf';
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

function lastPathPart(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return '';
  }
}
