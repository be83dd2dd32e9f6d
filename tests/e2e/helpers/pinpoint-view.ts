/**
 * What the pinpoint browser tests share: a synthetic PDF laid out as UN documents print them (one
 * line of text per entry, 22 pt apart, Helvetica 10), and where the reader opened a document at a
 * pinpoint (the text line at the top of the view, and its page).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { enMessage } from './en-messages';

/** A PDF with one page per entry of `pages`, each line drawn on its own text line. */
export async function pdfOf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 22, size: 10, font }));
  }
  return Buffer.from(await pdf.save());
}

/** Waits until the reader says it opened at `pinpoint`; returns the text layer's line at the top of the view and its page. */
export async function openedAt(page: Page, pinpoint: string): Promise<{ page: number; line: string }> {
  await expect
    .poll(() => page.getByRole('status').and(page.getByTestId('reader-status')).textContent(), { timeout: 60_000 })
    .toContain(enMessage('reader_pinpointFound', pinpoint));
  // The first text line whose top is inside the view (the reader leaves a line and a half above it).
  // The status can come before pdf.js has drawn the page's text layer: asked until it is there.
  const lineAtTop = () =>
    page.evaluate(() => {
      const view = document.getElementById('viewer-container')!.getBoundingClientRect();
      const spans = [
        ...document.querySelectorAll<HTMLElement>('#viewer .textLayer span[role="presentation"], #viewer .textLayer span:not([class])'),
      ]
        .filter((span) => (span.textContent ?? '').trim() !== '')
        .map((span) => ({ span, top: span.getBoundingClientRect().top }))
        .filter(({ top }) => top >= view.top)
        .sort((a, b) => a.top - b.top);
      const first = spans[0]?.span;
      if (first === undefined) return null;
      return { page: Number(first.closest<HTMLElement>('.page')!.dataset.pageNumber), line: first.textContent ?? '' };
    });
  let found: { page: number; line: string } | null = null;
  await expect.poll(async () => (found = await lineAtTop()), { timeout: 15_000 }).not.toBeNull();
  return found!;
}
