/**
 * `npm run -s scan -- [--json | --jsonl] [--lang xx] [--page-symbol SYM] FILE...`
 * The command itself is `lib/scan/run-scan.ts`; this file only wires it to node.
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { findCitations } from '../lib/citations';
import { BUNDLED_SAMPLE_FILES } from '../lib/reader/bundled-samples';
import { parseHtmlDocument } from '../lib/scan/linkedom-html';
import { runScan } from '../lib/scan/run-scan';

// With no FILE, the command scans the sample UN documents bundled with the extension.
const samplesDir = new URL('../assets/samples/', import.meta.url).pathname;
const SAMPLES = BUNDLED_SAMPLE_FILES.map((name) => relative(process.cwd(), join(samplesDir, name)));

// pdf.js's font data ships with the package; in node it reads it from disk by path.
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

process.exitCode = await runScan(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  parseHtml: parseHtmlDocument,
  pdf: {
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  },
  findCitations,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  defaultFiles: SAMPLES,
});
