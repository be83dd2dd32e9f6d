import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../../lib/reader/file-name';

describe('documentFileName', () => {
  it('names a UN document by its symbol and language, as the UN names its files', () => {
    expect(documentFileName('A/RES/80/173', 'en', null)).toBe('A_RES_80_173.en.pdf');
    expect(documentFileName('A/C.3/80/L.4', 'fr', 'https://undocs.org/x')).toBe('A_C.3_80_L.4.fr.pdf');
    expect(documentFileName('S/RES/2768 (2025)', 'ru', null)).toBe('S_RES_2768(2025).ru.pdf');
  });

  it('takes the file name from the URL when the document has no symbol', () => {
    expect(documentFileName(null, null, 'https://example.org/files/Report%20final.pdf?x=1')).toBe('Report_final.pdf');
    expect(documentFileName(null, 'en', 'https://example.org/download')).toBe('download.pdf');
    expect(documentFileName(null, null, 'https://example.org/')).toBe('document.pdf');
    expect(documentFileName(null, null, null)).toBe('document.pdf');
  });
});
