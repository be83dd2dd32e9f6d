/**
 * `npm run bench [-- WORD...]`: measures the citation engine and the reader, and prints plain tables.
 * Add a measurement by adding a section to `SECTIONS`.
 */

import { findCitations } from '../lib/citations';
import { adversarialSection } from './bench/adversarial';
import { anchoringSection } from './bench/anchoring';
import type { BenchSection } from './bench/bench-section';
import { compareSection } from './bench/compare';
import { metadataSection } from './bench/metadata';
import { metadataCoverageSection } from './bench/metadata-coverage';
import { notesSection } from './bench/notes';
import { notesPageSection } from './bench/notes-page';
import { panelSection } from './bench/panel';
import { pageSection } from './bench/page';
import { popoverSection } from './bench/popover';
import { readerSection } from './bench/reader';
import { readerRealSection } from './bench/reader-real';
import { readerViewerSection } from './bench/reader-viewer';
import { runBench } from './bench/run-bench';
import { securitySection } from './bench/security';
import { throughputSection } from './bench/throughput';

const SECTIONS: readonly BenchSection[] = [
  throughputSection,
  adversarialSection,
  readerSection,
  readerRealSection,
  readerViewerSection,
  metadataSection,
  metadataCoverageSection,
  panelSection,
  popoverSection,
  pageSection,
  notesSection,
  notesPageSection,
  anchoringSection,
  compareSection,
  securitySection,
];

process.exitCode = await runBench(SECTIONS, findCitations, process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
