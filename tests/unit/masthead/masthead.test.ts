import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentIdentity, readMasthead } from '../../../lib/masthead/masthead';
import { parseWritten, readMastheadSymbol } from '../../../lib/masthead/masthead-symbol';
import { titleBelowMasthead } from '../../../lib/masthead/masthead-title';
import { isMissingDocumentPlaceholder } from '../../../lib/masthead/placeholder';
import { extractPdfText, type PdfText } from '../../../lib/text/pdf-text';

const UN_PDFS = new URL('../../fixtures/un-pdfs/', import.meta.url);

async function realPdf(name: string): Promise<PdfText> {
  return extractPdfText(new Uint8Array(readFileSync(new URL(name, UN_PDFS))));
}

describe('the masthead of real UN PDFs', () => {
  // Symbol, date of issue and title as each file's first page prints them (read by eye).
  const cases: Array<[file: string, symbol: string, date: string, title: string | RegExp]> = [
    [
      'A_RES_80_173.en.pdf',
      'A/RES/80/173',
      '2025-12-19',
      /^Outcome document of the high-level meeting of the General Assembly on the overall review .* World Summit on the Information Society$/,
    ],
    ['A_RES_79_1.en.pdf', 'A/RES/79/1', '2024-09-22', 'The Pact for the Future'],
    [
      'A_RES_79_277.en.pdf',
      'A/RES/79/277',
      '2025-03-27',
      'Modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society',
    ],
    [
      'A_RES_78_213.en.pdf',
      'A/RES/78/213',
      '2023-12-22',
      'Promotion and protection of human rights in the context of digital technologies',
    ],
    ['A_C.3_80_L.4.en.pdf', 'A/C.3/80/L.4', '2025-10-14', 'Improving the coordination of efforts against trafficking in persons'],
    [
      'S_2025_153.en.pdf',
      'S/2025/153',
      '2025-03-12',
      'Implementation of Security Council resolution 1701 (2006) during the period from 21 October 2024 to 20 February 2025',
    ],
    ['S_RES_2768(2025).en.pdf', 'S/RES/2768(2025)', '2025-01-15', 'Resolution 2768 (2025)'],
    ['A_65_PV.71.en.pdf', 'A/65/PV.71', '2010-12-21', '71st plenary meeting'],
    ['S_PV.3756.en.pdf', 'S/PV.3756', '1997-03-21', '3756th Meeting'],
    ['A_AC.292_2024_3.es.pdf', 'A/AC.292/2024/3', '2024-04-29', /^Documento de antecedentes inicial sobre las capacidades necesarias/],
    ['CEDAW_C_CAF_CO_6.ru.pdf', 'CEDAW/C/CAF/CO/6', '2024-02-20', /^Заключительные замечания по шестому периодическому докладу/],
  ];
  it.each(cases)('%s is %s, dated %s, with its title', async (file, symbol, date, title) => {
    const pdf = await realPdf(file);
    const masthead = readMasthead(pdf.pageTexts[0]!);
    expect(masthead.symbol).toEqual({ symbol, parts: [symbol], reissued: false });
    expect(masthead.date).toBe(date);
    if (typeof title === 'string') expect(masthead.title).toBe(title);
    else expect(masthead.title).toMatch(title);
  });

  it('reads a joint GA/SC symbol as one document filed under its first half', async () => {
    const pdf = await realPdf('A_ES-10_1027-S_2025_173.en.pdf');
    const masthead = readMasthead(pdf.pageTexts[0]!);
    expect(masthead.symbol).toEqual({ symbol: 'A/ES-10/1027-S/2025/173', parts: ['A/ES-10/1027', 'S/2025/173'], reissued: false });
    expect(masthead.title).toBe(
      'Identical letters dated 19 March 2025 from the Permanent Observer of the State of Palestine to the United Nations addressed to the Secretary-General, the President of the General Assembly and the President of the Security Council',
    );
  });

  it('finds no masthead in an image-only scan, an OCR text without one, or the placeholder page', async () => {
    for (const file of ['A_47_60-S_23329.en.pdf', 'E_CN.4_109.en.pdf', 'ODS_not_found.en.pdf']) {
      const pdf = await realPdf(file);
      expect(readMasthead(pdf.pageTexts[0] ?? '').symbol, file).toBeNull();
    }
    expect((await realPdf('A_47_60-S_23329.en.pdf')).hasText).toBe(false);
  });
});

describe('written masthead symbols', () => {
  it('reads a reissue star, a joint symbol, and a Council year written apart', () => {
    expect(parseWritten('S/RES/2776 (2025)*')).toEqual({ symbol: 'S/RES/2776(2025)', parts: ['S/RES/2776(2025)'], reissued: true });
    expect(parseWritten('A/47/60-S/23329')).toEqual({ symbol: 'A/47/60-S/23329', parts: ['A/47/60', 'S/23329'], reissued: false });
    expect(readMastheadSymbol('United Nations S/RES/2776 (2025)*\nSecurity Council Distr.: General')?.symbol).toBe('S/RES/2776(2025)');
    // A hyphen inside a session marker is not a joint.
    expect(parseWritten('A/RES/ES-10/24')?.parts).toEqual(['A/RES/ES-10/24']);
  });

  it('is not fooled by words with slashes', () => {
    expect(readMastheadSymbol('and/or TCP/IP-2 input/output')).toBeNull();
    expect(parseWritten('A/47/60-and/or')).toBeNull();
  });
});

describe('which document a file is', () => {
  const masthead = (written: string) => parseWritten(written);
  it('is the masthead’s document when the file name or address names another', () => {
    expect(documentIdentity(masthead('A/RES/80/173'), 'A/RES/1/1')).toEqual({
      symbol: 'A/RES/80/173',
      printed: 'A/RES/80/173',
      own: ['A/RES/80/173'],
      disagrees: 'A/RES/1/1',
    });
  });
  it('keeps the half of a joint symbol that was asked for, and the given symbol without a masthead', () => {
    expect(documentIdentity(masthead('A/ES-10/1027-S/2025/173'), 'S/2025/173')).toMatchObject({ symbol: 'S/2025/173', disagrees: null });
    expect(documentIdentity(masthead('A/ES-10/1027-S/2025/173'), null)).toMatchObject({ symbol: 'A/ES-10/1027', disagrees: null });
    expect(documentIdentity(null, 'E/CN.4/109')).toEqual({
      symbol: 'E/CN.4/109',
      printed: 'E/CN.4/109',
      own: ['E/CN.4/109'],
      disagrees: null,
    });
    expect(documentIdentity(null, null)).toEqual({ symbol: null, printed: null, own: [], disagrees: null });
  });
  it('shows a joint symbol whole, and knows the document by each of its halves', () => {
    for (const given of ['S/2025/173', 'A/ES-10/1027', null]) {
      expect(documentIdentity(masthead('A/ES-10/1027-S/2025/173'), given)).toMatchObject({
        printed: 'A/ES-10/1027-S/2025/173',
        own: ['A/ES-10/1027', 'S/2025/173'],
      });
    }
    expect(documentIdentity(masthead('S/RES/2776 (2025)*'), 'S/RES/2776(2025)')).toMatchObject({ printed: 'S/RES/2776(2025)' });
  });
});

describe("the UN's placeholder for a missing document", () => {
  it('is recognised on the real placeholder PDF and on no real document', async () => {
    const placeholder = await realPdf('ODS_not_found.en.pdf');
    expect(isMissingDocumentPlaceholder(placeholder.pages, placeholder.pageTexts[0]!)).toBe(true);
    for (const file of ['S_RES_2772(2025).en.pdf', 'E_CN.4_109.en.pdf', 'A_RES_79_277.en.pdf']) {
      const pdf = await realPdf(file);
      expect(isMissingDocumentPlaceholder(pdf.pages, pdf.pageTexts[0]!), file).toBe(false);
    }
  });
  it('is not a document that quotes its sentence', () => {
    const quoting = `Users reported: "The document you are looking for does not exist in the Official Document System (ODS)". ${'More text. '.repeat(80)}`;
    expect(isMissingDocumentPlaceholder(1, quoting)).toBe(false);
  });
});

describe("a letter's title runs until its addressee", () => {
  const masthead = ['United Nations S/2025/999', 'Security Council Distr.: General', '1 April 2025', '25-01234 (E)', '*2501234*'];
  it.each([
    [
      [
        'Letter dated 31 March 2025 from the Permanent',
        'Representative of Kenya to the United Nations',
        'addressed to the President of the Security Council',
      ],
      'Letter dated 31 March 2025 from the Permanent Representative of Kenya to the United Nations addressed to the President of the Security Council',
    ],
    [
      ['Lettre datée du 31 mars 2025, adressée au Président du Conseil de', 'sécurité par le Représentant permanent du Kenya'],
      'Lettre datée du 31 mars 2025, adressée au Président du Conseil de sécurité par le Représentant permanent du Kenya',
    ],
    [
      ['Carta de fecha 31 de marzo de 2025 dirigida a la Presidencia del', 'Consejo de Seguridad por el Representante Permanente de Kenya'],
      'Carta de fecha 31 de marzo de 2025 dirigida a la Presidencia del Consejo de Seguridad por el Representante Permanente de Kenya',
    ],
    [
      [
        'Письмо Постоянного представителя Кении при Организации',
        'Объединенных Наций от 31 марта 2025 года на имя',
        'Председателя Совета Безопасности',
      ],
      'Письмо Постоянного представителя Кении при Организации Объединенных Наций от 31 марта 2025 года на имя Председателя Совета Безопасности',
    ],
  ])('%j', (title, expected) => {
    expect(titleBelowMasthead([...masthead, ...title, '', 'I have the honour to refer to resolution 2735 (2024).'])).toBe(expected);
  });

  it('leaves a title that is not a letter as it was: a capitalised line after a full one starts a new block', () => {
    expect(titleBelowMasthead([...masthead, 'Children and armed conflict', 'Report of the Secretary-General'])).toBe(
      'Children and armed conflict',
    );
  });
});
