/**
 * The scan command: reads each file, finds its citations, prints them. Everything it touches
 * outside itself (files, output streams, the HTML parser, the engine) comes in `ScanDeps`, so
 * tests run it without a process or a disk.
 */

import { withoutOwnMentions } from '../citations/own-mentions';
import type { Citation, ScanContext } from '../citations/types';
import { documentIdentity, readMasthead } from '../masthead/masthead';
import { factsFromFileName, isUnLang } from './file-name';
import { withLinkCitations } from './link-citations';
import { loadSource, SourceError, type SourceReaders } from './load-source';
import { parseScanArgs, USAGE, type ScanOptions } from './scan-args';
import { formatScanJson, formatScanJsonLine, formatScanTable, type FileScan } from './scan-output';

export interface ScanDeps extends SourceReaders {
  /** Rejects like node's `fs.promises.readFile` (an error with `code` ENOENT, EISDIR …). */
  readFile(path: string): Promise<Uint8Array>;
  findCitations(text: string, context?: ScanContext): Citation[];
  stdout(text: string): void;
  stderr(text: string): void;
  /** Scanned when the command names no file. */
  defaultFiles?: readonly string[];
}

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;

/** Runs the command; resolves to the exit code. Never throws for a bad file. */
export async function runScan(argv: readonly string[], deps: ScanDeps): Promise<number> {
  const parsed = parseScanArgs(argv, deps.defaultFiles);
  if (parsed.kind === 'help') {
    deps.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    deps.stderr(`scan: ${parsed.message}\nTry 'npm run -s scan -- --help'.\n`);
    return EXIT_USAGE;
  }

  const { options } = parsed;
  let failed = false;
  let printed = 0;
  for (const file of options.files) {
    let scan: FileScan;
    try {
      scan = await scanFile(file, options, deps);
    } catch (error) {
      deps.stderr(`scan: ${file}: ${failureReason(error)}\n`);
      failed = true;
      continue;
    }
    if (options.mode === 'json') deps.stdout(formatScanJson(scan));
    else if (options.mode === 'jsonl') deps.stdout(formatScanJsonLine(scan));
    else deps.stdout((printed > 0 ? '\n' : '') + formatScanTable(scan));
    printed++;
  }
  return failed ? EXIT_FILE_FAILED : EXIT_OK;
}

/** One file: its text, its context (given, else declared by the file, else from its name). */
export async function scanFile(file: string, options: ScanOptions, deps: ScanDeps): Promise<FileScan> {
  const facts = factsFromFileName(file);
  const bytes = await deps.readFile(file);
  const source = await loadSource(facts.format, facts.extension, bytes, deps);

  const declared = source.declaredLang !== null && isUnLang(source.declaredLang) ? source.declaredLang : undefined;
  const lang = options.lang ?? declared ?? facts.lang ?? null;
  // The masthead is the document's own word: a file saved under another name is still its document.
  const masthead = source.firstPage === null ? null : readMasthead(source.firstPage);
  const identity = documentIdentity(masthead?.symbol ?? null, facts.pageSymbol ?? null);
  const pageSymbol = options.pageSymbol ?? identity.symbol;
  const context: ScanContext = {};
  if (lang !== null) context.lang = lang;
  if (pageSymbol !== null) context.pageSymbol = pageSymbol;

  const found = deps.findCitations(source.text, context);
  // What the document cites, as the reader lists and links it: never the document itself.
  const own = pageSymbol !== null ? [pageSymbol, ...identity.own] : identity.own;
  const citations = withoutOwnMentions(withLinkCitations(found, source.links), own);
  return {
    file,
    lang,
    pageSymbol,
    // Whole as printed when the masthead's symbol is joint and the scan goes by one half of it.
    ...(pageSymbol !== null && identity.printed !== null && identity.printed !== pageSymbol && identity.own.includes(pageSymbol)
      ? { printedSymbol: identity.printed }
      : {}),
    ...(masthead?.title ? { title: masthead.title } : {}),
    ...(masthead?.date ? { date: masthead.date } : {}),
    text: source.text,
    citations,
  };
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** One line a person can act on. */
function failureReason(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(FILE_ERRORS, code)) return FILE_ERRORS[code] as string;
  const message = error instanceof Error ? error.message : String(error);
  return `failed: ${message.split('\n')[0] ?? ''}`;
}
