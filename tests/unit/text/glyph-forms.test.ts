import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { foldGlyphForms, hasGlyphForms, pdfTextNormalizer } from '../../../lib/text/glyph-forms';

// As a PDF that maps each shaped glyph to its contextual form writes them.
const AL_QARAR = '\uFE8D\uFEDF\uFED8\uFEAE\uFE8D\uFEAE'; // ﺍﻟﻘﺮﺍﺮ: القرار
const AL_SALAM = '\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1'; // ﺍﻟﺴﻼﻡ: السلام, a lam-alef ligature inside
const AL_AMIN = '\uFE8D\uFEF9\uFEE3\uFEF4\uFEE6'; // ﺍﻹﻣﻴﻦ: الإمين, a lam-alef with hamza below

describe('foldGlyphForms', () => {
  it('folds contextual forms to the letters they show', () => {
    expect(foldGlyphForms(AL_QARAR)).toBe('القرار');
    expect(foldGlyphForms(`${AL_QARAR} 76/186`)).toBe('القرار 76/186');
  });

  it('writes a lam-alef ligature inside a word as lam and alef', () => {
    expect(foldGlyphForms(AL_SALAM)).toBe('السلام');
    expect(foldGlyphForms(AL_SALAM)).toHaveLength(AL_SALAM.length + 1);
    expect(foldGlyphForms('\uFEFB')).toBe('\u0644\u0627');
    // With a hamza: lam then the precomposed alef with hamza (NFKC composes them).
    expect(foldGlyphForms('\uFEF7')).toBe('\u0644\u0623');
    expect(foldGlyphForms(AL_AMIN)).toBe('\u0627\u0644\u0625\u0645\u064A\u0646');
  });

  it('folds Presentation Forms-A too (the forms pdf.js already folds agree)', () => {
    expect(foldGlyphForms('\uFB50')).toBe('\u0671'); // alef wasla, isolated
    expect(foldGlyphForms('\uFDF2')).toBe('\u0627\u0644\u0644\u0647'); // the ligature for "Allah"
  });

  it('leaves everything else as it is: letters, Latin ligatures, the byte order mark, ornate parentheses', () => {
    for (const text of ['القرار 76/186', 'resolution 70/1', 'резолюция', '第76/186号决议', '\uFB01', '\uFEFF', '\uFD3E76/186\uFD3F', '']) {
      expect(foldGlyphForms(text)).toBe(text);
    }
    expect(hasGlyphForms('القرار 76/186')).toBe(false);
    expect(hasGlyphForms(AL_QARAR)).toBe(true);
  });

  it('folds a string as it folds its characters one by one, so a per-character map back is exact', () => {
    const text = `إذ تشير إلى ${AL_QARAR} 76/186 ${AL_SALAM} ${AL_AMIN}\uFE70\uFE71\uFC5E\uFDFA`;
    const byCharacter = [...text].map(foldGlyphForms).join('');
    expect(foldGlyphForms(text)).toBe(byCharacter);
    expect(foldGlyphForms(foldGlyphForms(text))).toBe(foldGlyphForms(text));
  });

  it('folds Kangxi radicals and CJK compatibility ideographs to the ideographs they stand for', () => {
    // As Chromium printing Noto Sans CJK writes them (tests/fixtures/synthetic/find-zh.pdf): ⼤会, 努⼒.
    expect(foldGlyphForms('\u2F24会')).toBe('大会');
    expect(foldGlyphForms('改进协调努\u2F12')).toBe('改进协调努力');
    expect(foldGlyphForms('\uF900')).toBe('\u8C48'); // a compatibility ideograph
    expect(foldGlyphForms('\u2E80')).toBe('\u2E80'); // a radical with no compatibility mapping stays
    expect(hasGlyphForms('大会')).toBe(false);
    const text = '\u2F24会第76/186号决议\u2F12\uFA6C';
    expect(foldGlyphForms(text)).toBe([...text].map(foldGlyphForms).join(''));
  });

  it('lets the engine find an Arabic citation written in presentation forms', () => {
    const text = foldGlyphForms(`إذ تشير إلى ${AL_QARAR} 76/186 المؤرخ`);
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
