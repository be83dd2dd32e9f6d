import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { pdfPageText } from '../../../lib/surface/pdf-page-text';
import { joinPageItems, joinPageItemsMapped, joinPages, type PdfTextItem } from '../../../lib/text/pdf-lines';
import { extractPdfText } from '../../../lib/text/pdf-text';
import { pdfjsNormalize, SEED_PDFS, seedBytes, seedPages } from './seed-pages';

/** An item at (x, y) in a 10-point font, 5 units per character wide. */
function item(str: string, x: number, y: number, hasEOL = false): PdfTextItem {
  return { str, hasEOL, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 };
}

/** Every piece's text is the item's text at the recorded offset. */
function expectPiecesTrue(items: readonly PdfTextItem[]) {
  const { text, pieces } = joinPageItemsMapped(items);
  expect(text).toBe(joinPageItems(items));
  let last = 0;
  for (const piece of pieces) {
    expect(piece.start).toBeGreaterThanOrEqual(last);
    expect(piece.end).toBeGreaterThan(piece.start);
    const fromItem = items[piece.item]!.str.slice(piece.itemStart, piece.itemStart + piece.end - piece.start);
    // A space item may be a tab or several spaces; the join writes one space for it.
    if (items[piece.item]!.str.trim() === '') expect(text.slice(piece.start, piece.end)).toBe(' ');
    else expect(text.slice(piece.start, piece.end)).toBe(fromItem);
    last = piece.end;
  }
  // Whatever no piece covers was inserted by the join: line breaks and spaces only.
  const covered = new Set(pieces.flatMap((p) => Array.from({ length: p.end - p.start }, (_, k) => p.start + k)));
  for (let i = 0; i < text.length; i++) if (!covered.has(i)) expect(text[i]).toMatch(/[\n ]/);
}

describe('joinPageItemsMapped', () => {
  it('says where each stretch of the page text came from', () => {
    const items = [
      item('  в ее резолюции', 0, 700),
      item(' ', 80, 700),
      item('64/293', 90, 700, true),
      item('', 0, 685, true),
      item('от 30 июля', 0, 685),
    ];
    const { text, pieces } = joinPageItemsMapped(items);
    expect(text).toBe('в ее резолюции 64/293\nот 30 июля');
    expect(pieces).toEqual([
      { start: 0, end: 14, item: 0, itemStart: 2 },
      { start: 14, end: 15, item: 1, itemStart: 0 },
      { start: 15, end: 21, item: 2, itemStart: 0 },
      { start: 22, end: 32, item: 4, itemStart: 0 },
    ]);
  });

  it('keeps its pieces true to the items on every page of the seed PDFs', async () => {
    for (const name of SEED_PDFS) {
      for (const page of await seedPages(name)) expectPiecesTrue(page.items);
    }
  });

  it('keeps pieces true where trailing spaces are trimmed and gaps become spaces', () => {
    expectPiecesTrue([item('a  ', 0, 700, true), item('b', 0, 685), item('c', 30, 685), item(' \t', 40, 685), item('d ', 60, 685)]);
  });
});

describe('pdfPageText', () => {
  it("is the text scan extracts for the same page (the reader's links and scan agree)", async () => {
    const normalize = await pdfjsNormalize();
    for (const name of [...SEED_PDFS, 'synthetic/find-ar.pdf', 'synthetic/find-zh.pdf']) {
      const scanned = await extractPdfText(seedBytes(name));
      const pages = (await seedPages(name)).map((page) => pdfPageText(page.items, normalize).text);
      expect(joinPages(pages), name).toBe(scanned.text);
    }
  });

  it('reads the letters of an Arabic PDF drawn in presentation forms, as scan does', async () => {
    const normalize = await pdfjsNormalize();
    const drawn = await seedPages('synthetic/find-ar.pdf');
    const [page1, page2] = drawn.map((page) => pdfPageText(page.items, normalize).text);
    // pdf.js gives the text layer contextual forms (ﺍﻟﻘﺮﺍﺭ); the page text has none left.
    expect(drawn[0]!.items.some((i) => /[\uFE70-\uFEFE]/.test(i.str))).toBe(true);
    expect(`${page1}${page2}`).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFE]/);
    expect(page1).toContain('إذ تشير إلى القرار 76/186 المؤرخ');
    expect(findCitations(page2!, { lang: 'ar' }).map((c) => c.symbol)).toEqual(['S/RES/2331(2016)', 'A/RES/76/186']);
  });

  it('maps a citation split across items and lines back to each item', () => {
    const items = [item('resolution', 0, 700), item('s 64/', 55, 700, true), item('293 of', 0, 685)];
    const page = pdfPageText(items);
    expect(page.text).toBe('resolution s 64/\n293 of');
    const start = page.text.indexOf('64/');
    expect(page.itemRangesOf(start, start + '64/\n293'.length)).toEqual([
      { item: 1, start: 2, end: 5 },
      { item: 2, start: 0, end: 3 },
    ]);
    expect(page.itemAt(start)).toBe(1);
    expect(page.itemAt(page.text.indexOf('\n'))).toBeNull();
  });

  it('reads normalised text but maps back to the characters as drawn (ligatures, no-break spaces)', async () => {
    const normalize = await pdfjsNormalize();
    // "ﬁrst" drawn with the fi ligature, a no-break space before the number, and an Arabic
    // ligature (U+FC00, two letters in one glyph).
    const drawn = 'ﬁrst resolution\u00A064/293 \uFC00';
    const page = pdfPageText([item(drawn, 0, 700)], normalize);
    expect(page.text).toBe(`first resolution 64/293 ${'\uFC00'.normalize('NFKC')}`);
    expect(page.itemRangesOf(0, 2)).toEqual([{ item: 0, start: 0, end: 1 }]);
    const numberAt = page.text.indexOf('64/293');
    expect(page.itemRangesOf(numberAt, numberAt + 6)).toEqual([{ item: 0, start: numberAt - 1, end: numberAt + 5 }]);
    // Both letters of the ligature lead back to its one drawn character; half of it to all of it.
    const tail = page.text.length - 2;
    expect(page.itemRangesOf(tail, tail + 1)).toEqual([{ item: 0, start: drawn.length - 1, end: drawn.length }]);
    const cited = findCitations(page.text, { lang: 'en' }).find((c) => c.symbol === 'A/RES/64/293');
    expect(page.text.slice(cited!.start, cited!.end)).toBe('resolution 64/293');
  });

  it('reads Arabic presentation forms as letters and maps a citation after a lam-alef back to its drawn glyphs', async () => {
    const normalize = await pdfjsNormalize();
    // ﺍﻟﺴﻼﻡ ﺍﻟﻘﺮﺍﺭ 76/186: "السلام" with a lam-alef ligature (U+FEFC) inside, then "القرار 76/186",
    // every letter as its contextual form, as older PDF producers map their glyphs.
    const salam = '\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1';
    const qarar = '\uFE8D\uFEDF\uFED8\uFEAE\uFE8D\uFEAE';
    const drawn = `${salam} ${qarar} 76/186`;
    const page = pdfPageText([item('إذ تشير إلى', 200, 700, true), item(drawn, 0, 685)], normalize);
    expect(page.text).toBe('إذ تشير إلى\nالسلام القرار 76/186');
    const cited = findCitations(page.text, { lang: 'ar' }).find((c) => c.symbol === 'A/RES/76/186');
    expect(page.text.slice(cited!.start, cited!.end)).toBe('القرار 76/186');
    // The folded text is one character longer than drawn (the ligature): the way back is exact.
    const qararAt = salam.length + 1;
    expect(page.itemRangesOf(cited!.start, cited!.end)).toEqual([{ item: 1, start: qararAt, end: drawn.length }]);
    expect(drawn.slice(qararAt)).toBe(`${qarar} 76/186`);
    expect(page.offsetOf(1, qararAt)).toBe(cited!.start);
    expect(page.offsetOf(1, drawn.length)).toBe(cited!.end);
    // Lam and alef both lead back to the one ligature glyph, and the glyph to its lam.
    const lam = page.text.indexOf('السلام') + 3;
    expect(page.text.slice(lam, lam + 2)).toBe('لا');
    expect(page.itemRangesOf(lam, lam + 1)).toEqual([{ item: 1, start: 3, end: 4 }]);
    expect(page.itemRangesOf(lam + 1, lam + 2)).toEqual([{ item: 1, start: 3, end: 4 }]);
    expect(page.offsetOf(1, 3)).toBe(lam);
    expect(page.offsetOf(1, 4)).toBe(lam + 2);
  });
});
