/**
 * How much of what real UN documents cite the offline catalogue knows: every resolution cited in
 * the real UN PDFs of `tests/fixtures/un-pdfs/` (found by the citation engine, as `scan` finds
 * them), looked up offline with the cards' own code (the bundled samples, then the catalogue), and
 * the share of distinct cited resolutions that get a title. Also the catalogue's size as shipped
 * (each shard gzipped: browsers fetch extension files uncompressed, but the store's package and a
 * reviewer's download are compressed) and the time of an offline lookup, first (shard loaded) and
 * warm.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findCitations } from '../../lib/citations';
import { UN_LANGS, type UnLang } from '../../lib/citations/types';
import { createCatalogue } from '../../lib/metadata/catalogue';
import { openedSource, readBundledFacts } from '../../lib/metadata/opened-documents';
import { resolveMetadata, type MetadataAnswer, type MetadataSources } from '../../lib/metadata/resolve-metadata';
import { extractPdfText } from '../../lib/text/pdf-text';

const PDFS = new URL('../../tests/fixtures/un-pdfs/', import.meta.url);
const COMPACT = new URL('../../assets/catalog/compact/', import.meta.url);
const BUNDLED = new URL('../../assets/catalog/bundled.json', import.meta.url);
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A resolution symbol (of any body): what the catalogue is for. */
const RESOLUTION = /\/RES\//;

/** The distinct resolution symbols cited in the real UN PDFs, and how many files were read. */
export async function citedResolutions(dir: URL = PDFS): Promise<{ files: number; symbols: string[] }> {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.pdf'))
    .sort();
  const symbols = new Set<string>();
  for (const name of names) {
    const lang = /\.([a-z]{2})\.pdf$/.exec(name)?.[1] as UnLang | undefined;
    const pdf = await extractPdfText(new Uint8Array(readFileSync(new URL(name, dir))), {
      cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
      standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    });
    const options = lang !== undefined && UN_LANGS.includes(lang) ? { lang } : {};
    for (const citation of findCitations(pdf.text, options))
      if (citation.symbol !== null && RESOLUTION.test(citation.symbol)) symbols.add(citation.symbol);
  }
  return { files: names.length, symbols: [...symbols].sort() };
}

/** The offline sources the cards use: the bundled samples and the catalogue shards in `compact`. */
export function offlineSources(compact: URL = COMPACT): MetadataSources {
  return {
    opened: openedSource(readBundledFacts(JSON.parse(readFileSync(BUNDLED, 'utf8')) as unknown)),
    catalogue: createCatalogue((shard) => Promise.resolve(JSON.parse(readFileSync(new URL(`${shard}.json`, compact), 'utf8')) as unknown)),
  };
}

export async function lookUp(symbol: string, sources: MetadataSources): Promise<MetadataAnswer | undefined> {
  let last: MetadataAnswer | undefined;
  for await (const answer of resolveMetadata(symbol, { lang: 'en' }, sources)) last = answer;
  return last;
}

export interface Coverage {
  files: number;
  cited: number;
  titled: number;
  /** Cited symbols without a title offline (for the report). */
  missing: string[];
}

export async function coverage(symbols: readonly string[], files: number, sources = offlineSources()): Promise<Coverage> {
  const missing: string[] = [];
  for (const symbol of symbols) if ((await lookUp(symbol, sources))?.metadata?.title === undefined) missing.push(symbol);
  return { files, cited: symbols.length, titled: symbols.length - missing.length, missing };
}

/** The shards' total size, raw and each gzipped (level 9). */
export function catalogueSize(compact: URL = COMPACT): { files: number; raw: number; gzip: number } {
  const names = readdirSync(compact).filter((name) => name.endsWith('.json'));
  let raw = 0;
  let gzip = 0;
  for (const name of names) {
    const bytes = readFileSync(new URL(name, compact));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: names.length, raw, gzip };
}
