/**
 * Hand-written PDFs for tests: a blank page (what an image-only scan looks like to a text
 * extractor), pages of Helvetica text lines, and an encrypted file. Offsets in the cross-reference
 * table are computed, so pdf.js reads them without repair.
 */

/** A PDF whose object `n` (1-based) has the body `objects[n - 1]`; object 1 is the catalog. */
export function buildPdf(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is ASCII: one byte each, so string offsets are byte offsets.
  return new TextEncoder().encode(body);
}

/**
 * One page per entry; each page is a list of lines, each line a list of runs drawn one after the
 * other with `Tj` (each run becomes its own text item when its font size differs).
 */
export function textPdf(pages: readonly (readonly string[])[]): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  const fontRef = 3;
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (const lines of pages) {
    const content = lines.map((line, i) => `BT /F1 12 Tf 72 ${720 - i * 20} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const contentRef = objects.length;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontRef} 0 R >> >> /Contents ${contentRef} 0 R >>`,
    );
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return buildPdf(objects);
}

/** One blank page: no text at all, as in a scanned document without OCR. */
export function blankPdf(): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
  ]);
}

/**
 * A PDF locked with a user password. The standard security handler's check values are made up,
 * so no password (the empty one pdf.js tries first included) opens it.
 */
export function encryptedPdf(): Uint8Array {
  const check = 'A5'.repeat(32);
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${'5A'.repeat(32)}> /U <${check}> /P -44 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `,
  );
}
