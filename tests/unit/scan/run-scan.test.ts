import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../lib/citations/types';
import { textPdf, blankPdf, encryptedPdf } from '../text/minimal-pdf';
import { fakeEngine, FIXTURES, scan } from './scan-harness';

const TEXT = 'Recalling resolution 64/293\nand resolution 26/3 of the Commission.\n';

describe('runScan: output forms', () => {
  it('prints a table: a file header, then line:col, surface, symbol or none, body, kind', async () => {
    const run = await scan(['notes.en.txt'], fakeEngine, { 'notes.en.txt': TEXT });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'notes.en.txt  (lang en, no page symbol, 2 citations)',
        '  line:col  text               symbol             body  kind        pinpoint',
        '      1:11  resolution 64/293  A/RES/64/293       GA    resolution',
        '       2:5  resolution 26/3    — (no own symbol)  GA    resolution',
        '',
      ].join('\n'),
    );
  });

  it('shows a pinpoint, keeps a broken surface on one line and cuts a long one', async () => {
    const source = 'x A/RES/\n76/186 y ' + 'z'.repeat(60);
    const engine = (): Citation[] => [
      { start: 2, end: 15, text: source.slice(2, 15), symbol: 'A/RES/76/186', body: 'GA', kind: 'symbol', pinpoint: 'annex III' },
      { start: 18, end: source.length, text: source.slice(18), symbol: null, body: 'NON-UN', kind: 'decision' },
    ];
    const run = await scan(['f.txt'], engine, { 'f.txt': source });
    const lines = run.stdout.split('\n');
    expect(lines[2]).toMatch(/^ {7}1:3 {2}A\/RES\/↵76\/186 +A\/RES\/76\/186 +GA +symbol +annex III$/);
    expect(lines[3]).toContain(`${'z'.repeat(47)}…`);
  });

  it('says so when a file has no citation', async () => {
    const run = await scan(['empty.txt'], fakeEngine, { 'empty.txt': 'nothing here' });
    expect(run.stdout).toBe('empty.txt  (lang not given, no page symbol, 0 citations)\n');
  });

  it('--json prints the citations of the one file as an array', async () => {
    const run = await scan(['--json', 'notes.txt'], fakeEngine, { 'notes.txt': TEXT });
    const citations = JSON.parse(run.stdout) as Citation[];
    expect(citations).toEqual(fakeEngine(TEXT));
    expect(run.code).toBe(0);
  });

  it('--jsonl prints one line per file with its context', async () => {
    const run = await scan(['--jsonl', 'a-res-76-186.ru.txt', 'plain.txt'], fakeEngine, {
      'a-res-76-186.ru.txt': 'резолюции 64/293',
      'plain.txt': 'none',
    });
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      { file: 'a-res-76-186.ru.txt', lang: 'ru', pageSymbol: 'A/RES/76/186', citations: fakeEngine('резолюции 64/293') },
      { file: 'plain.txt', lang: null, pageSymbol: null, citations: [] },
    ]);
  });

  it('--help prints the usage and succeeds', async () => {
    const run = await scan(['--help'], fakeEngine);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run -s scan -- \[--json \| --jsonl\]/);
  });
});

describe('runScan: context for the engine', () => {
  it('reads lang and page symbol from the file name', async () => {
    const run = await scan(['e-res-2022-14.ru.txt', 'x.txt'], fakeEngine, { 'e-res-2022-14.ru.txt': '', 'x.txt': '' });
    expect(run.contexts).toEqual([{ lang: 'ru', pageSymbol: 'E/RES/2022/14' }, {}]);
  });

  it('lets --lang and --page-symbol override the file name', async () => {
    const run = await scan(['--lang', 'en', '--page-symbol', 'A/RES/1/1', 'a-res-76-186.ru.txt'], fakeEngine, {
      'a-res-76-186.ru.txt': '',
    });
    expect(run.contexts).toEqual([{ lang: 'en', pageSymbol: 'A/RES/1/1' }]);
    expect(run.stdout).toContain('(lang en, page A/RES/1/1, 0 citations)');
  });

  it("takes an HTML page's declared language over its file name", async () => {
    const run = await scan(['page.fr.html'], fakeEngine, { 'page.fr.html': '<html lang="es"><body><p>x</p></body></html>' });
    expect(run.contexts).toEqual([{ lang: 'es' }]);
  });
});

describe('runScan: file formats', () => {
  it('scans .md as raw text: offsets index the file itself', async () => {
    const source = '# Title\n\n[резолюции 70/125](#)\n';
    const run = await scan(['--json', 'n.md'], fakeEngine, { 'n.md': source });
    const [citation] = JSON.parse(run.stdout) as Citation[];
    expect(citation && source.slice(citation.start, citation.end)).toBe('резолюции 70/125');
  });

  it('scans HTML as extracted text and reports undocs links as document citations', async () => {
    const html =
      '<html lang="en"><body><p>Recalling resolution <a href="https://undocs.org/en/A/RES/64/293">64/293</a>' +
      ' and <a href="https://docs.un.org/en/S/RES/2331(2016)">the Council text</a>.</p></body></html>';
    const run = await scan(['--json', 'page.html'], fakeEngine, { 'page.html': html });
    expect(JSON.parse(run.stdout)).toEqual([
      { start: 10, end: 27, text: 'resolution 64/293', symbol: 'A/RES/64/293', body: 'GA', kind: 'resolution' },
      { start: 32, end: 48, text: 'the Council text', symbol: 'S/RES/2331(2016)', body: 'SC', kind: 'document' },
    ]);
  });

  it('scans a PDF as its extracted text', async () => {
    const pdf = textPdf([['Recalling resolution 64/293,'], ['resolution 70/1']]);
    const run = await scan(['--jsonl', 'doc.pdf'], fakeEngine, { 'doc.pdf': pdf });
    const { citations } = JSON.parse(run.stdout) as { citations: Citation[] };
    expect(citations.map((c) => [c.start, c.text])).toEqual([
      [10, 'resolution 64/293'],
      [30, 'resolution 70/1'],
    ]);
  });
});

describe('runScan: bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'resolute-scan-'));

  it('reports each bad file on one line, still scans the others, and exits 1', async () => {
    const files = {
      'good.txt': 'resolution 64/293',
      'nul.txt': new Uint8Array([0x61, 0x00, 0x62]),
      'latin1.txt': new Uint8Array([0x72, 0xe9, 0x73]),
      'locked.pdf': encryptedPdf(),
      'scan.pdf': blankPdf(),
      'junk.pdf': new TextEncoder().encode('%PDF-1.4 garbage'),
      'notes.docx': 'x',
      'good2.txt': 'resolution 70/1',
    };
    const argv = [
      'nul.txt',
      'good.txt',
      `${dir}/missing.txt`,
      dir,
      'latin1.txt',
      'locked.pdf',
      'scan.pdf',
      'junk.pdf',
      'notes.docx',
      'good2.txt',
    ];
    const run = await scan(argv, fakeEngine, files);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'scan: nul.txt: binary file (NUL byte at offset 1)',
      'scan: ' + dir + '/missing.txt: no such file',
      'scan: ' + dir + ': is a directory',
      'scan: latin1.txt: not valid UTF-8 text (first bad byte at offset 1)',
      'scan: locked.pdf: the PDF is password-protected',
      'scan: scan.pdf: the PDF has no text layer (a scanned or image-only PDF; OCR it first)',
      expect.stringMatching(/^scan: junk\.pdf: not a readable PDF/),
      'scan: notes.docx: cannot scan ".docx" files (supported: .txt .md .html .htm .pdf)',
      '',
    ]);
    expect(run.stdout).toContain('good.txt  (lang not given, no page symbol, 1 citation)');
    expect(run.stdout).toContain('good2.txt  (lang not given, no page symbol, 1 citation)');
  });

  it('exits 1 with nothing on stdout when the one --json file fails', async () => {
    const run = await scan(['--json', `${dir}/missing.txt`], fakeEngine);
    expect(run).toMatchObject({ code: 1, stdout: '' });
  });

  it('reports an engine failure on that file and goes on', async () => {
    const engine = (text: string): Citation[] => {
      if (text.includes('boom')) throw new Error('engine broke\nstack…');
      return [];
    };
    const run = await scan(['a.txt', 'b.txt'], engine, { 'a.txt': 'boom', 'b.txt': 'fine' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('scan: a.txt: failed: engine broke\n');
    expect(run.stdout).toContain('b.txt');
  });

  it('exits 2 on a usage error, before reading any file', async () => {
    const run = await scan(['--lang', 'xx', `${dir}/missing.txt`], fakeEngine);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`scan: --lang must be one of ar, zh, en, fr, ru, es (got "xx")\nTry 'npm run -s scan -- --help'.\n`);
    expect(run.contexts).toEqual([]);
  });

  it('reads the real fixtures from disk', async () => {
    const run = await scan(['--jsonl', `${FIXTURES}a-res-76-186.ru.txt`], fakeEngine);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ lang: 'ru', pageSymbol: 'A/RES/76/186' });
  });
});
