/**
 * The scan command's arguments. A mistake here is a usage error (exit code 2), reported before any
 * file is read.
 */

import { UN_LANGS, type UnLang } from '../citations/types';
import { isUnLang } from './file-name';

export type OutputMode = 'table' | 'json' | 'jsonl';

export interface ScanOptions {
  mode: OutputMode;
  lang?: UnLang;
  pageSymbol?: string;
  files: string[];
}

export type ParsedArgs = { kind: 'help' } | { kind: 'scan'; options: ScanOptions } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: npm run -s scan -- [--json | --jsonl] [--lang xx] [--page-symbol SYMBOL] FILE...

Finds the citations of UN documents in each FILE and prints them. Without FILE,
scans the sample UN documents bundled in assets/samples/.

Files:
  .txt, .md     scanned as they are (offsets index the file's UTF-8 text)
  .html, .htm   the page's text, one run per block; links to undocs.org,
                docs.un.org and documents.un.org are reported as "document" citations
  .pdf          the text layer, lines joined by "\\n", pages by "\\n\\n"

Options:
  --json               print the citations of exactly one FILE as a JSON array
  --jsonl              print one JSON line per FILE: {"file","lang","pageSymbol","citations"}
                       (and "printedSymbol", "title", "date" when the first page prints them)
  --lang xx            the documents' language: ${UN_LANGS.join(', ')}
  --page-symbol SYM    the documents' own symbol (decides what "its resolution" means)
  -h, --help           print this help

Without --lang or --page-symbol they are read from a file name such as
a-res-76-186.ru.txt (A/RES/76/186, Russian), else left to the engine.
The table shows line:col (1-based, in characters) of each citation's start.

Exit status: 0 when every file was scanned, 1 when a file could not be, 2 on a usage error.
`;

/** `defaultFiles` are scanned when no FILE is given (the bundled sample documents). */
export function parseScanArgs(argv: readonly string[], defaultFiles: readonly string[] = []): ParsedArgs {
  let mode: OutputMode = 'table';
  let lang: UnLang | undefined;
  let pageSymbol: string | undefined;
  const files: string[] = [];
  const error = (message: string): ParsedArgs => ({ kind: 'usage-error', message });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inlineValue = eq === -1 ? undefined : arg.slice(eq + 1);
    const value = (): string | undefined => inlineValue ?? argv[++i];

    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--json':
      case '--jsonl': {
        const wanted: OutputMode = name === '--json' ? 'json' : 'jsonl';
        if (inlineValue !== undefined) return error(`${name} takes no value`);
        if (mode !== 'table' && mode !== wanted) return error('--json and --jsonl exclude each other');
        mode = wanted;
        break;
      }
      case '--lang': {
        const given = value()?.toLowerCase();
        if (given === undefined || given === '') return error('--lang needs a language');
        if (!isUnLang(given)) return error(`--lang must be one of ${UN_LANGS.join(', ')} (got "${given}")`);
        lang = given;
        break;
      }
      case '--page-symbol': {
        const given = value()?.trim();
        if (given === undefined || given === '') return error('--page-symbol needs a symbol');
        pageSymbol = given;
        break;
      }
      default:
        return error(`unknown option ${name}`);
    }
  }

  if (files.length === 0) files.push(...defaultFiles);
  if (files.length === 0) return error('no file given');
  if (mode === 'json' && files.length !== 1) {
    return error(`--json prints one file's citations; got ${files.length} files (use --jsonl)`);
  }
  const options: ScanOptions = { mode, files };
  if (lang !== undefined) options.lang = lang;
  if (pageSymbol !== undefined) options.pageSymbol = pageSymbol;
  return { kind: 'scan', options };
}
