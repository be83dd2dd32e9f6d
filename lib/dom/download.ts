/**
 * Hands a file to the browser as a download: an object URL on a hidden link, clicked, and let go
 * a little later, not at once (revoking synchronously can cancel the download in some browsers).
 * The window and its URL factory are passed in, so that node tests can stand in for both.
 */

export interface DownloadWindow {
  document: Document;
  setTimeout(run: () => void, ms: number): unknown;
}

export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/** Downloads `blob` as `fileName`; its object URL is kept `keepMs` (long enough for the download to start reading it). */
export function downloadBlob(win: DownloadWindow, urls: ObjectUrls, blob: Blob, fileName: string, keepMs = 10_000): void {
  const url = urls.createObjectURL(blob);
  const link = win.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  win.setTimeout(() => urls.revokeObjectURL(url), keepMs);
}
