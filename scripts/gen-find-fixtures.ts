/**
 * Writes tests/fixtures/synthetic/find-ar.pdf and find-zh.pdf: two-page resolutions in Arabic and
 * in Chinese, written as UN documents in those languages write them, for find and citation tests
 * (no real Arabic or Chinese UN PDF is among the fixtures). Chromium prints them (Skia/PDF, as
 * the other seed PDFs were made), so the text is shaped as a browser shapes it (Arabic joined,
 * with its marks as separate glyphs) and carries its Unicode; the Arabic is then rewritten as one
 * run per line (`asOneRunPerLine`). The operative paragraphs are on page 2, below the first screen. Run: `npx tsx scripts/gen-find-fixtures.ts` (needs /usr/bin/chromium
 * and the fonts DejaVu Sans and Noto Serif CJK SC, Debian's fonts-dejavu-core and fonts-noto-cjk).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDFArray, PDFDocument, PDFName, decodePDFRawStream, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/helpers/browser';

interface Fixture {
  file: string;
  lang: 'ar' | 'zh';
  dir: 'rtl' | 'ltr';
  font: string;
  symbol: string;
  masthead: [string, string];
  preamble: string[];
  operative: string[];
  /** Arabic: rewrite Skia's glyph-by-glyph runs as one run per line (see `asOneRunPerLine`). */
  oneRunPerLine: boolean;
}

const FIXTURES: Fixture[] = [
  {
    file: 'find-ar.pdf',
    lang: 'ar',
    dir: 'rtl',
    font: "'DejaVu Sans'",
    symbol: 'A/RES/76/900',
    masthead: ['الأمم المتحدة', 'الجمعية العامة'],
    preamble: [
      'الدورة السادسة والسبعون',
      'البند 111 من جدول الأعمال',
      'قرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2021',
      '76/900 - تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص',
      'إن الجمعية العامة،',
      'إذ تشير إلى القرار 76/186 المؤرخ 16 كانون الأول/ديسمبر 2021 وإلى جميع قراراتها السابقة المتعلقة بالاتجار بالأشخاص،',
      'وإذ تؤكد من جديد إدانتها الشديدة للاتجار بالأشخاص، ولا سيما النساء والأطفال، الذي يشكل تهديدا خطيرا لكرامة الإنسان وحقوقه،',
      'وإذ يساورها القلق لأن الاتجار بالأشخاص لا يزال، رغم التدابير المتواصلة المتخذة، يمثل أحد التحديات الخطيرة التي تواجه المجتمع الدولي،',
      'وإذ تسلم بأن التعاون الدولي والإقليمي ضروري لمنع الاتجار بالأشخاص ومكافحته وحماية ضحاياه،',
    ],
    oneRunPerLine: true,
    operative: [
      // With vowel marks (tashkeel) inside the words, as some printings have them; no shadda and
      // no mark on a last letter: Skia gives those only through the ActualText taken away below.
      '1 - تَطْلُب إِلَى الأَمِين العَام أَن يُوَاصِل دَعْم جُهُود الحُكُومَات فِي هَذَا المَجَال؛',
      '2 - تحيط علما بتقرير الأمين العام، وتشير إلى قرار مجلس الأمن 2331 (2016)؛',
      '3 - تطلب إلى الأمين العام أن يقدم إليها في دورتها السابعة والسبعين تقريرا عن تنفيذ القرار 76/186؛',
    ],
  },
  {
    file: 'find-zh.pdf',
    lang: 'zh',
    dir: 'ltr',
    font: "'Noto Serif CJK SC'",
    symbol: 'A/RES/76/900',
    masthead: ['联合国', '大会'],
    preamble: [
      '第七十六届会议',
      '议程项目111',
      '2021年12月16日大会决议',
      '76/900. 改进协调努力，打击贩运人口',
      '大会，',
      '回顾其2021年12月16日第76/186号决议以及关于贩运人口问题的所有以往决议，',
      '重申强烈谴责贩运人口行为，特别是贩运妇女和儿童的行为，这种行为严重威胁人的尊严和人权，',
      '表示关切尽管采取了持续措施，贩运人口仍然是国际社会面临的严重挑战之一，',
      '认识到国际和区域合作对于预防和打击贩运人口及保护受害者至关重要，',
    ],
    oneRunPerLine: false,
    operative: [
      '1. 重申《联合国打击贩运人口全球行动计划》的重要性；',
      '2. 注意到秘书长的报告，并回顾安全理事会第2331(2016)号决议；',
      '3. 请秘书长向大会第七十七届会议提交关于第76/186号决议执行情况的报告；',
    ],
  },
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function html(fixture: Fixture): string {
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escape(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${fixture.lang}" dir="${fixture.dir}">
<head><meta charset="utf-8"><title>${escape(fixture.symbol)}</title>
<style>
  @page { size: A4; margin: 2.5cm 2.2cm; }
  body { font-family: ${fixture.font}; font-size: 11pt; line-height: 1.6; }
  header { display: flex; justify-content: space-between; border-bottom: 2px solid #000; margin-bottom: 1.5em; }
  header b { font-size: 16pt; }
  .symbol { direction: ltr; font-family: 'DejaVu Sans'; }
  .operative { break-before: page; }
  p { margin: 0 0 0.9em; }
</style></head>
<body>
<header><b>${escape(fixture.masthead[0])}</b><span class="symbol">${escape(fixture.symbol)}</span></header>
<p><b>${escape(fixture.masthead[1])}</b></p>
${paragraphs(fixture.preamble)}
<section class="operative">${paragraphs(fixture.operative)}</section>
</body></html>`;
}

/**
 * Skia writes right-to-left text as `/ReversedChars` marked content with every glyph in its own
 * `/Span <</ActualText …>>`. Poppler honours both; pdf.js honours neither and reads such a line a
 * glyph at a time, backwards. UN Arabic PDFs (Word) draw a line's glyphs as one run in visual order,
 * which pdf.js reads back in logical order: taking those marked-content wrappers away gives the same
 * shape (Skia's text has no other marked content). The glyphs, their places and the fonts' ToUnicode
 * stay as Chromium wrote them.
 */
async function asOneRunPerLine(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes);
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs as PDFRef[]) {
      const stream = pdf.context.lookup(ref) as PDFRawStream;
      const text = Buffer.from(decodePDFRawStream(stream).decode())
        .toString('latin1')
        .replace(/^\/ReversedChars BMC\n/gm, '')
        .replace(/^\/Span<<\/ActualText <[0-9A-F]+> >> BDC\n/gm, '')
        .replace(/^EMC\n/gm, '');
      pdf.context.assign(ref, pdf.context.flateStream(Buffer.from(text, 'latin1')));
    }
  }
  return pdf.save();
}

const outDir = new URL('../tests/fixtures/synthetic/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const fixture of FIXTURES) {
    await page.setContent(html(fixture));
    await page.evaluate(() => document.fonts.ready);
    const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(new URL(fixture.file, outDir), fixture.oneRunPerLine ? await asOneRunPerLine(printed) : printed);
    console.log(`wrote tests/fixtures/synthetic/${fixture.file}`);
  }
} finally {
  await browser.close();
}
