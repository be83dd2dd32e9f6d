/**
 * `npm run -s lookup -- [--offline] [--lang xx] SYMBOL...`: the command is
 * `lib/lookup/run-lookup.ts`; this file wires it to node: the catalogue from
 * `assets/catalog/compact/`, and unless `--offline` the UN Digital Library (politely, one request
 * per 5 s) and the document's first pages from documents.un.org read with pdf.js.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runLookup } from '../lib/lookup/run-lookup';
import { createCatalogue } from '../lib/metadata/catalogue';
import { documentFetchFailure, DOCUMENT_PAGES_READ } from '../lib/metadata/document-fetch';
import { createLibraryClient } from '../lib/metadata/library-client';
import { openedSource, readBundledFacts } from '../lib/metadata/opened-documents';
import type { MetadataSources } from '../lib/metadata/resolve-metadata';
import { documentSource } from '../lib/reader/document-source';
import { fetchPdf } from '../lib/reader/fetch-pdf';
import { extractPdfText } from '../lib/text/pdf-text';
import { joinPages } from '../lib/text/pdf-lines';
import { localeMessage } from './lookup/locale-messages';

const COMPACT = new URL('../assets/catalog/compact/', import.meta.url);
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const clock = {
  now: () => Date.now(),
  sleep: (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    }),
};

const BUNDLED = new URL('../assets/catalog/bundled.json', import.meta.url);

function sources(offline: boolean): MetadataSources {
  const catalogue = createCatalogue(async (shard) => JSON.parse(await readFile(new URL(`${shard}.json`, COMPACT), 'utf8')) as unknown);
  // The samples bundled with the extension, known to its cards from the start.
  const opened = openedSource(readBundledFacts(JSON.parse(readFileSync(BUNDLED, 'utf8')) as unknown));
  if (offline) {
    const off = { kind: 'offline', detail: '--offline' } as const;
    return { opened, catalogue, library: { lookup: () => Promise.resolve(off) }, readDocument: () => Promise.resolve(off) };
  }
  return {
    opened,
    catalogue,
    library: createLibraryClient({ fetch: (url, init) => fetch(url, init), clock }),
    async readDocument(symbol, lang, signal) {
      const candidate = documentSource({ symbol, lang }, lang, []).candidates[0];
      if (candidate === undefined) return { kind: 'error', detail: 'no source' };
      const fetched = await fetchPdf(candidate.url, {
        fetch: (url, init) => fetch(url, init),
        ...(signal ? { signal } : {}),
        timeoutMs: 15_000,
      });
      if (fetched.kind !== 'ok') return documentFetchFailure(fetched);
      try {
        const read = await extractPdfText(fetched.bytes, {
          cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
          standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
        });
        return { kind: 'text', text: joinPages(read.pageTexts.slice(0, DOCUMENT_PAGES_READ)) };
      } catch (error) {
        return { kind: 'error', detail: `unreadable PDF: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}

process.exitCode = await runLookup(process.argv.slice(2), {
  sources,
  translate: (lang) => (key, substitutions) => localeMessage(lang, key, substitutions),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
