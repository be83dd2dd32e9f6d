import { downloadBlob } from '../../lib/dom/download';

/** Saves text as a file the reader downloads (the comparison's HTML or Markdown). */
export function downloadText(win: Window, fileName: string, text: string, type: string): void {
  downloadBlob(win, URL, new Blob([text], { type }), fileName);
}

/** `A/RES/80/228` → `A-RES-80-228`: a symbol as part of a file name. */
export function symbolForFileName(symbol: string): string {
  return symbol.replace(/[^A-Za-z0-9.()-]+/gu, '-');
}
