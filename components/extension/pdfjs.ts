/**
 * pdf.js for the reader page: the library, its worker, and the data files it asks for (CMaps for
 * CJK fonts that are not embedded, standard font data, image decoders), all shipped inside the
 * extension so that documents open offline. Vite gives the files hashed names, so pdf.js gets
 * factories that look a name up instead of the usual base URLs.
 *
 * `pdf_viewer.mjs` reads `globalThis.pdfjsLib` when it is evaluated: set it first, then import it
 * dynamically (a static import would be hoisted above the assignment).
 */
import * as pdfjsLib from 'pdfjs-dist';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfTextNormalizer } from '../../lib/text/glyph-forms';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

type FileUrls = Record<string, string>;

const CMAPS = byFileName(import.meta.glob('/node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url', import: 'default', eager: true }));
const STANDARD_FONTS = byFileName(
  import.meta.glob('/node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', { query: '?url', import: 'default', eager: true }),
);
const WASM = byFileName(import.meta.glob('/node_modules/pdfjs-dist/wasm/*.wasm', { query: '?url', import: 'default', eager: true }));

function byFileName(files: Record<string, unknown>): FileUrls {
  const out: FileUrls = {};
  for (const [path, url] of Object.entries(files)) out[path.slice(path.lastIndexOf('/') + 1)] = String(url);
  return out;
}

async function fetchBytes(urls: FileUrls, name: string): Promise<Uint8Array> {
  const url = urls[name];
  if (url === undefined) throw new Error(`pdf.js data file not bundled: ${name}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`pdf.js data file ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

class BundledCMaps {
  async fetch({ name }: { name: string }) {
    return { cMapData: await fetchBytes(CMAPS, `${name}.bcmap`), isCompressed: true };
  }
}

class BundledStandardFonts {
  fetch({ filename }: { filename: string }) {
    return fetchBytes(STANDARD_FONTS, filename);
  }
}

class BundledWasm {
  fetch({ filename }: { filename: string }) {
    return fetchBytes(WASM, filename);
  }
}

export type PdfjsLib = typeof pdfjsLib;
export type PdfViewerModule = typeof import('pdfjs-dist/web/pdf_viewer.mjs');
export type PDFDocumentProxy = pdfjsLib.PDFDocumentProxy;

export { pdfjsLib };

let viewerModule: Promise<PdfViewerModule> | undefined;

/** The pdf.js viewer components (PDFViewer, EventBus, PDFLinkService). */
export function loadViewerModule(): Promise<PdfViewerModule> {
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
  viewerModule ??= import('pdfjs-dist/web/pdf_viewer.mjs');
  return viewerModule;
}

/**
 * Starts reading a PDF from its bytes (pdf.js takes ownership of them), in pdf.js's shared worker
 * or in `worker` (which the caller destroys).
 */
export function openPdf(bytes: Uint8Array, worker?: pdfjsLib.PDFWorker): pdfjsLib.PDFDocumentLoadingTask {
  const params: DocumentInitParameters = {
    data: bytes,
    ...(worker !== undefined ? { worker } : {}),
    isEvalSupported: false,
    // Never "cMapUrl"-fetched: the factories below serve the bundled files; the URLs only tell
    // pdf.js that the data exists.
    cMapUrl: 'bundled:/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: 'bundled:/standard_fonts/',
    wasmUrl: 'bundled:/wasm/',
    CMapReaderFactory: BundledCMaps,
    StandardFontDataFactory: BundledStandardFonts,
    WasmFactory: BundledWasm,
    verbosity: pdfjsLib.VerbosityLevel.ERRORS,
    // The fonts' glyph widths, so that a citation inside a longer line sits on its glyphs (ADR 0020).
    fontExtraProperties: true,
  };
  return pdfjsLib.getDocument(params);
}

/**
 * A PDF's drawn text as the citation engine, clauses and comparison read it, as `scan` reads it:
 * pdf.js's own Unicode normalisation (ligatures, some Arabic forms), then every Arabic presentation
 * form folded to its letters (pdf.js leaves the letters' contextual forms as drawn). Folds each
 * character on its own, so the reader can map its result back to the drawn glyphs.
 */
export const normalizePdfText: (s: string) => string = pdfTextNormalizer(pdfjsLib.normalizeUnicode);

/** What the text layer asks pdf.js for; the reader must read the same items to map onto its spans. */
export const TEXT_LAYER_PARAMS = { includeMarkedContent: true, disableNormalization: true } as const;
