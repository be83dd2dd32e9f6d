import { describe, expect, it } from 'vitest';
import { loadSeedPdfs, makeLongPdf } from '../../../scripts/bench/long-pdf';
import { extractPdfText } from '../../../lib/text/pdf-text';

describe('the reader bench’s long document', () => {
  it('has exactly the pages asked for, the seeds’ pages in turn, with their text layers', async () => {
    const pdf = await makeLongPdf(loadSeedPdfs(), 60);
    const text = await extractPdfText(pdf);
    expect(text.pages).toBe(60);
    expect(text.hasText).toBe(true);
    // 13 pages of A/RES/76/186, 9 of E/RES/2022/14, 25 of A/RES/80/173, then A/RES/76/186 again.
    const pages = text.text.split('\n\n');
    expect(pages[0]).toContain('A/RES/76/186');
    expect(pages[13]).toContain('E/RES/2022/14');
    expect(pages[22]).toContain('A/RES/80/173');
    expect(pages[47]).toContain('A/RES/76/186');
    expect(text.text).toContain('резолюции 64/293');
  });

  it('stops mid-seed when the count says so', async () => {
    const text = await extractPdfText(await makeLongPdf(loadSeedPdfs(), 5));
    expect(text.pages).toBe(5);
  });
});
