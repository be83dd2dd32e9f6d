import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPinpoint } from '../../../lib/reader/pinpoint';
import { extractPdfText } from '../../../lib/text/pdf-text';

async function pages(name: string): Promise<string[]> {
  const pdf = await extractPdfText(new Uint8Array(readFileSync(new URL(`../../fixtures/un-pdfs/${name}`, import.meta.url))));
  return pdf.pageTexts;
}

describe('pinpoints in the PDFs the UN publishes', () => {
  it('finds the annexes of A/RES/79/1 and a paragraph inside one, past the running headers', async () => {
    const pact = await pages('A_RES_79_1.en.pdf');
    const annexI = findPinpoint(pact, 'annex I', 'en');
    const annexII = findPinpoint(pact, 'annex II', 'en');
    expect(pact[annexI!.page - 1]!.slice(annexI!.offset)).toMatch(/^Annex I\nGlobal Digital Compact/);
    expect(pact[annexII!.page - 1]!.slice(annexII!.offset)).toMatch(/^Annex II\nDeclaration on Future Generations/);
    // Paragraph 8 of the Compact, not paragraph 8 of the Pact.
    const inAnnex = findPinpoint(pact, 'annex I, para. 8', 'en');
    expect(inAnnex).toMatchObject({ complete: true });
    expect(pact[inAnnex!.page - 1]!.slice(inAnnex!.offset)).toMatch(/^8\. Our digital cooperation will be guided/);
    expect(findPinpoint(pact, 'annex III', 'en')).toBeNull();
  });

  it('finds para. 5 of A/RES/80/173 on page 2', async () => {
    const outcome = await pages('A_RES_80_173.en.pdf');
    const hit = findPinpoint(outcome, 'para. 5', 'en');
    expect(hit).toMatchObject({ page: 2, complete: true });
    expect(outcome[1]!.slice(hit!.offset)).toMatch(/^5\. We recognize that Governments/);
  });
});
