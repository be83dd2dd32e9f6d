/**
 * Page thumbnails: one button per page, drawn by pdf.js when it scrolls into the sidebar's view
 * (never all at once), the page in view marked. pdfjs-dist does not export its own thumbnail
 * viewer, so this is the small part of it the reader needs.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../extension/i18n';
import type { PDFDocumentProxy } from '../../extension/pdfjs';
import type { ViewerActions } from './viewer-model';

const THUMBNAIL_WIDTH = 110;

export function Thumbnails({ pdf, page, actions }: { pdf: PDFDocumentProxy; page: number; actions: ViewerActions }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const root = list.current;
    if (!root) return;
    const drawn = new WeakSet<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const canvas = entry.target as HTMLCanvasElement;
          if (!entry.isIntersecting || drawn.has(canvas)) continue;
          drawn.add(canvas);
          void drawThumbnail(pdf, Number(canvas.dataset.page), canvas);
        }
      },
      { root, rootMargin: '200px 0px' },
    );
    for (const canvas of Array.from(root.querySelectorAll('canvas'))) observer.observe(canvas);
    return () => observer.disconnect();
  }, [pdf]);
  useEffect(() => {
    list.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
  }, [page]);
  return (
    <ol class="thumbnails" ref={list} data-testid="reader-thumbnails">
      {Array.from({ length: pdf.numPages }, (_, i) => i + 1).map((n) => (
        <li key={n}>
          <button
            type="button"
            aria-current={n === page ? 'page' : undefined}
            aria-label={t('reader_thumbnail', String(n))}
            onClick={() => actions.goToPage(n)}
          >
            <canvas data-page={n} width={THUMBNAIL_WIDTH} height={Math.round(THUMBNAIL_WIDTH * 1.414)} aria-hidden="true" />
            <span aria-hidden="true">{n}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

async function drawThumbnail(pdf: PDFDocumentProxy, n: number, canvas: HTMLCanvasElement): Promise<void> {
  try {
    const page = await pdf.getPage(n);
    const unscaled = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (THUMBNAIL_WIDTH / unscaled.width) * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${THUMBNAIL_WIDTH}px`;
    await page.render({ canvas, viewport }).promise;
  } catch {
    // A page pdf.js cannot draw keeps its blank thumbnail; the button still goes there.
  }
}
