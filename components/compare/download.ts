/** Saves text as a file the reader downloads (the comparison's HTML or Markdown). */
export function downloadText(win: Window, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started.
  win.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `A/RES/80/228` → `A-RES-80-228`: a symbol as part of a file name. */
export function symbolForFileName(symbol: string): string {
  return symbol.replace(/[^A-Za-z0-9.()-]+/gu, '-');
}
