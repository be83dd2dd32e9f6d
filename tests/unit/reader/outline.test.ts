import { describe, expect, it } from 'vitest';
import { readOutline } from '../../../entrypoints/reader/outline';
import type { PDFDocumentProxy } from '../../../components/extension/pdfjs';

const pdfWith = (outline: unknown, fails = false) =>
  ({ getOutline: () => (fails ? Promise.reject(new Error('bad outline')) : Promise.resolve(outline)) }) as unknown as PDFDocumentProxy;

describe('readOutline', () => {
  it("keeps the bookmarks' titles, destinations and nesting, with titles cleaned of control characters", async () => {
    const outline = await readOutline(
      pdfWith([
        {
          title: 'Annex\u0000 I',
          dest: 'annex1',
          items: [{ title: '  Part\none ', dest: [{ num: 5, gen: 0 }, { name: 'XYZ' }], items: [] }],
        },
        { title: '', dest: null, items: [] },
      ]),
    );
    expect(outline).toEqual([
      { title: 'Annex I', dest: 'annex1', items: [{ title: 'Part one', dest: [{ num: 5, gen: 0 }, { name: 'XYZ' }], items: [] }] },
      { title: '—', dest: null, items: [] },
    ]);
  });

  it('gives null for a document without an outline or whose outline cannot be read', async () => {
    expect(await readOutline(pdfWith(null))).toBeNull();
    expect(await readOutline(pdfWith([]))).toBeNull();
    expect(await readOutline(pdfWith(null, true))).toBeNull();
  });
});
