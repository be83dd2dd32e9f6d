import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { foldArabicPresentationForms, hasArabicPresentationForms, pdfTextNormalizer } from '../../../lib/text/arabic-presentation-forms';

// As a PDF that maps each shaped glyph to its contextual form writes them.
const AL_QARAR = '\uFE8D\uFEDF\uFED8\uFEAE\uFE8D\uFEAE'; // ﺍﻟﻘﺮﺍﺮ: القرار
const AL_SALAM = '\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1'; // ﺍﻟﺴﻼﻡ: السلام, a lam-alef ligature inside
const AL_AMIN = '\uFE8D\uFEF9\uFEE3\uFEF4\uFEE6'; // ﺍﻹﻣﻴﻦ: الإمين, a lam-alef with hamza below

describe('foldArabicPresentationForms', () => {
  it('folds contextual forms to the letters they show', () => {
    expect(foldArabicPresentationForms(AL_QARAR)).toBe('القرار');
    expect(foldArabicPresentationForms(`${AL_QARAR} 76/186`)).toBe('القرار 76/186');
  });

  it('writes a lam-alef ligature inside a word as lam and alef', () => {
    expect(foldArabicPresentationForms(AL_SALAM)).toBe('السلام');
    expect(foldArabicPresentationForms(AL_SALAM)).toHaveLength(AL_SALAM.length + 1);
    expect(foldArabicPresentationForms('\uFEFB')).toBe('\u0644\u0627');
    // With a hamza: lam then the precomposed alef with hamza (NFKC composes them).
    expect(foldArabicPresentationForms('\uFEF7')).toBe('\u0644\u0623');
    expect(foldArabicPresentationForms(AL_AMIN)).toBe('\u0627\u0644\u0625\u0645\u064A\u0646');
  });

  it('folds Presentation Forms-A too (the forms pdf.js already folds agree)', () => {
    expect(foldArabicPresentationForms('\uFB50')).toBe('\u0671'); // alef wasla, isolated
    expect(foldArabicPresentationForms('\uFDF2')).toBe('\u0627\u0644\u0644\u0647'); // the ligature for "Allah"
  });

  it('leaves everything else as it is: letters, Latin ligatures, the byte order mark, ornate parentheses', () => {
    for (const text of ['القرار 76/186', 'resolution 70/1', 'резолюция', '第76/186号决议', '\uFB01', '\uFEFF', '\uFD3E76/186\uFD3F', '']) {
      expect(foldArabicPresentationForms(text)).toBe(text);
    }
    expect(hasArabicPresentationForms('القرار 76/186')).toBe(false);
    expect(hasArabicPresentationForms(AL_QARAR)).toBe(true);
  });

  it('folds a string as it folds its characters one by one, so a per-character map back is exact', () => {
    const text = `إذ تشير إلى ${AL_QARAR} 76/186 ${AL_SALAM} ${AL_AMIN}\uFE70\uFE71\uFC5E\uFDFA`;
    const byCharacter = [...text].map(foldArabicPresentationForms).join('');
    expect(foldArabicPresentationForms(text)).toBe(byCharacter);
    expect(foldArabicPresentationForms(foldArabicPresentationForms(text))).toBe(foldArabicPresentationForms(text));
  });

  it('lets the engine find an Arabic citation written in presentation forms', () => {
    const text = foldArabicPresentationForms(`إذ تشير إلى ${AL_QARAR} 76/186 المؤرخ`);
    const [citation] = findCitations(text, { lang: 'ar' });
    expect(citation?.symbol).toBe('A/RES/76/186');
    expect(text.slice(citation!.start, citation!.end)).toBe('القرار 76/186');
  });
});

describe('pdfTextNormalizer', () => {
  it("runs pdf.js's normaliser, then folds", () => {
    const calls: string[] = [];
    const normalize = pdfTextNormalizer((s) => {
      calls.push(s);
      return s.replace('\uFB01', 'fi');
    });
    expect(normalize(`\uFB01 ${AL_QARAR}`)).toBe('fi القرار');
    expect(calls).toEqual([`\uFB01 ${AL_QARAR}`]);
  });
});
