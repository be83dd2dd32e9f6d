/**
 * `compare OLD NEW [--json] [--lang xx]`: pairs the paragraphs of two versions of a resolution and
 * prints the pairs. With one file, prints the versions it is best compared with (its previous
 * resolution, its draft). Everything outside the command (files, PDF reading, output) comes in
 * `CompareDeps`, so tests run it without a process or a disk.
 */
import type { Citation, ScanContext, UnLang } from '../citations/types';
import { detectLang } from '../citations/detect-lang';
import { factsFromFileName, symbolFromStem } from '../scan/file-name';
import { compareVersions } from './compare';
import { formatComparisonJson, formatComparisonText } from './format-text';
import { otherVersionCandidates } from './other-versions';

export interface CompareDeps {
  /** The text of each page of a PDF (or one page for a text file); rejects with a readable message. */
  readPages(path: string): Promise<string[]>;
  findCitations(text: string, context?: ScanContext): Citation[];
  stdout(text: string): void;
  stderr(text: string): void;
}

export const COMPARE_USAGE = `Usage: npm run -s compare -- OLD NEW [--json] [--lang xx]
       npm run -s compare -- FILE            (which versions to compare FILE with)
Pairs the paragraphs of two versions of a resolution (PDF, .txt or .md) by content and prints
each pair: old id, new id, status (unchanged, changed, new, dropped; "moved" when out of order)
and, for a changed one, the words deleted [-…-] and inserted {+…+}.
`;

export async function runCompare(argv: readonly string[], deps: CompareDeps): Promise<number> {
  const files: string[] = [];
  let json = false;
  let lang: UnLang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      deps.stdout(COMPARE_USAGE);
      return 0;
    } else if (arg === '--json') json = true;
    else if (arg === '--lang') {
      const value = argv[++i];
      if (value === undefined || !['ar', 'zh', 'en', 'fr', 'ru', 'es'].includes(value))
        return usage(deps, `--lang wants one of ar zh en fr ru es`);
      lang = value as UnLang;
    } else if (arg.startsWith('-')) return usage(deps, `unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length < 1 || files.length > 2) return usage(deps, files.length === 0 ? 'name one file or two' : 'at most two files');

  const versions = [];
  for (const file of files) {
    try {
      const pageTexts = await deps.readPages(file);
      if (pageTexts.every((page) => page.trim() === '')) throw new Error('no text in it');
      const facts = factsFromFileName(file.replace(/_/gu, '-'));
      versions.push({ file, pageTexts, lang: lang ?? facts.lang ?? detectLang(pageTexts.join('\n')), symbol: symbolOf(file) });
    } catch (error) {
      deps.stderr(`compare: ${file}: ${readFailure(error)}\n`);
      return 1;
    }
  }

  if (versions.length === 1) {
    const [only] = versions as [(typeof versions)[0]];
    if (only.symbol === undefined) return usage(deps, `cannot tell ${only.file}'s symbol from its name (name it like A_RES_80_228.en.pdf)`);
    const candidates = otherVersionCandidates({
      symbol: only.symbol,
      lang: only.lang,
      pageTexts: only.pageTexts,
      findCitations: (text, context) => deps.findCitations(text, context),
    });
    if (json) deps.stdout(`${JSON.stringify({ symbol: only.symbol, candidates }, null, 2)}\n`);
    else if (candidates.length === 0) deps.stdout(`${only.symbol}: no previous version or draft named in its text\n`);
    else deps.stdout(candidates.map((c) => `${c.symbol}\t${c.role === 'previous' ? 'previous version' : 'draft'}`).join('\n') + '\n');
    return 0;
  }

  const [older, newer] = versions as [(typeof versions)[0], (typeof versions)[0]];
  const comparison = compareVersions(older, newer);
  if (comparison.pairs.length === 0) {
    deps.stderr('compare: no numbered paragraphs found in either file (is it a resolution?)\n');
    return 1;
  }
  const names = { old: older.symbol ?? older.file, new: newer.symbol ?? newer.file };
  deps.stdout(json ? formatComparisonJson(names, comparison) : formatComparisonText(names, comparison));
  return 0;
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

function usage(deps: CompareDeps, message: string): number {
  deps.stderr(`compare: ${message}\nTry 'npm run -s compare -- --help'.\n`);
  return 2;
}

/** `A_RES_80_228.en.pdf` or `a-res-80-228.en.pdf` → `A/RES/80/228`. */
function symbolOf(file: string): string | undefined {
  const stem = (file.split(/[\\/]/u).pop() ?? '').replace(/\.(?:pdf|txt|md)$/iu, '').replace(/\.(?:ar|zh|en|fr|ru|es)$/iu, '');
  return symbolFromStem(stem.replace(/_/gu, '-')) ?? undefined;
}
