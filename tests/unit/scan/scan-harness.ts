/**
 * Runs the scan command in memory: files come from a map (else from disk, for the real fixtures
 * and for node's own errors), output is collected, and the engine can be a stand-in.
 */

import { readFile } from 'node:fs/promises';
import type { Citation, ScanContext } from '../../../lib/citations/types';
import { parseHtmlDocument } from '../../../lib/scan/linkedom-html';
import { runScan, type ScanDeps } from '../../../lib/scan/run-scan';

export type Engine = (text: string, context?: ScanContext) => Citation[];

export interface ScanRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The contexts the engine was called with, in order. */
  contexts: (ScanContext | undefined)[];
}

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

export async function scan(argv: string[], engine: Engine, files: Record<string, string | Uint8Array> = {}): Promise<ScanRun> {
  const run: ScanRun = { code: -1, stdout: '', stderr: '', contexts: [] };
  const deps: ScanDeps = {
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) return new Uint8Array(await readFile(path));
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    parseHtml: parseHtmlDocument,
    findCitations: (text, context) => {
      run.contexts.push(context);
      return engine(text, context);
    },
    stdout: (text) => {
      run.stdout += text;
    },
    stderr: (text) => {
      run.stderr += text;
    },
  };
  run.code = await runScan(argv, deps);
  return run;
}

/** A stand-in engine: "resolution N/M" in English or Russian is a GA resolution. */
export const fakeEngine: Engine = (text) =>
  [...text.matchAll(/(?:resolution|резолюци\p{L}*)\s+(\d+)\/(\d+)/giu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    symbol: Number(match[1]) >= 31 ? `A/RES/${match[1]}/${match[2]}` : null,
    body: 'GA' as const,
    kind: 'resolution' as const,
  }));
