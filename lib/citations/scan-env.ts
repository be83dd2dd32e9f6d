/** What every finder knows about the text being scanned. */
import type { Body, UnLang } from './types';

export interface ScanEnv {
  text: string;
  /** The page's language (given or detected): decides between look-alike head words. */
  pageLang: UnLang;
  /** The page's own canonical symbol, given or inferred. */
  pageSymbol: string | null;
  /** The body speaking at an offset: the author of a quoted draft inside it, else the page's. */
  speakerAt(offset: number): Body | null;
  /** True when the span touches text that is not scanned (a URL). */
  isExcluded(start: number, end: number): boolean;
}
