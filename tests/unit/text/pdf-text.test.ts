import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdfText, PdfTextError } from '../../../lib/text/pdf-text';
import { blankPdf, encryptedPdf, textPdf } from './minimal-pdf';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
}

describe('extractPdfText on the seed PDFs', () => {
  it('reads A/RES/76/186: its symbol, title, citations and pages', async () => {
    const pdf = await extractPdfText(fixture('a-res-76-186.ru.pdf'));
    expect(pdf.hasText).toBe(true);
    expect(pdf.pages).toBe(13);
    expect(pdf.text.split('\n')[0]).toBe('United Nations A/RES/76/186');
    expect(pdf.text).toContain('76/186. Улучшение координации усилий по борьбе с торговлей людьми');
    expect(pdf.text).toContain('в ее резолюции 64/293 от 30 июля 2010');
    expect(pdf.text).toContain('\n\n');
  });

  it('reads E/RES/2022/14 and A/RES/80/173', async () => {
    const ecosoc = await extractPdfText(fixture('e-res-2022-14.ru.pdf'));
    expect(ecosoc.pages).toBe(9);
    expect(ecosoc.text).toContain('E/RES/2022/14');
    expect(ecosoc.text).toContain('Экономический и Социальный Совет');
    expect(ecosoc.text).toContain('резолюцию 76/181');

    const assembly = await extractPdfText(fixture('a-res-80-173.ru.pdf'));
    expect(assembly.pages).toBe(25);
    expect(assembly.text).toContain('A/RES/80/173');
  });

  it('leaves the caller its bytes (pdf.js would detach the buffer it is given)', async () => {
    const bytes = fixture('e-res-2022-14.ru.pdf');
    await extractPdfText(bytes);
    expect(bytes.byteLength).toBeGreaterThan(100_000);
  });
});

describe('extractPdfText on made-up PDFs', () => {
  it('puts "\\n" between lines and "\\n\\n" between pages', async () => {
    const pdf = await extractPdfText(textPdf([['Recalling resolution 64/293,', 'and 70/1.'], ['Page two.']]));
    expect(pdf).toEqual({
      text: 'Recalling resolution 64/293,\nand 70/1.\n\nPage two.',
      pages: 2,
      pageTexts: ['Recalling resolution 64/293,\nand 70/1.', 'Page two.'],
      hasText: true,
    });
  });

  it('reports a PDF without any text (a scan) as hasText: false', async () => {
    expect(await extractPdfText(blankPdf())).toEqual({ text: '', pages: 1, pageTexts: [''], hasText: false });
  });
});

describe('extractPdfText failures', () => {
  async function failure(bytes: Uint8Array): Promise<PdfTextError> {
    const error: unknown = await extractPdfText(bytes).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(PdfTextError);
    return error as PdfTextError;
  }

  it('says an encrypted PDF is password-protected', async () => {
    const error = await failure(encryptedPdf());
    expect(error.reason).toBe('encrypted');
    expect(error.message).toBe('the PDF is password-protected');
  });

  it('says junk is not a readable PDF', async () => {
    const error = await failure(new TextEncoder().encode('this is not a PDF at all\n'.repeat(20)));
    expect(error.reason).toBe('corrupt');
    expect(error.message).toMatch(/^not a readable PDF/);
  });

  it('says an empty file is not a readable PDF', async () => {
    expect((await failure(new Uint8Array(0))).reason).toBe('corrupt');
  });

  it('says a truncated PDF is not a readable PDF', async () => {
    const whole = fixture('e-res-2022-14.ru.pdf');
    const error = await failure(whole.subarray(0, 2_000));
    expect(error.reason).toBe('corrupt');
  });
});
