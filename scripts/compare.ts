/**
 * `npm run -s compare -- OLD NEW [--json] [--lang xx]`, or `-- FILE` for the versions to compare
 * FILE with. The command itself is `lib/compare/run-compare.ts`; this file only wires it to node.
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findCitations } from '../lib/citations';
import { runCompare } from '../lib/compare/run-compare';
import { extractPdfText } from '../lib/text/pdf-text';

// pdf.js's font data ships with the package; in node it reads it from disk by path.
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

process.exitCode = await runCompare(process.argv.slice(2), {
  async readPages(path) {
    const bytes = new Uint8Array(await readFile(path));
    if (!/\.pdf$/iu.test(path)) return [new TextDecoder('utf-8', { fatal: true }).decode(bytes)];
    const pdf = await extractPdfText(bytes, {
      cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
      standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    });
    return pdf.pageTexts;
  },
  findCitations,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
