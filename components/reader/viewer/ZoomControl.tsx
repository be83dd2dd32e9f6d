/**
 * Zoom out, the zoom chosen (pdf.js's presets and percentages), zoom in: the controls of Firefox's
 * viewer. A scale reached by Ctrl+wheel shows as its percentage.
 */
import type { MessageKey } from '../../extension/i18n';
import { t } from '../../extension/i18n';
import { MAX_ZOOM, MIN_ZOOM, type ZoomValue } from '../../../lib/reader/zoom-memory';
import type { ViewerActions, ViewerState } from './viewer-model';

const PRESETS: ReadonlyArray<readonly [ZoomValue, MessageKey]> = [
  ['auto', 'reader_zoomAuto'],
  ['page-width', 'reader_zoomPageWidth'],
  ['page-fit', 'reader_zoomPageFit'],
  ['page-actual', 'reader_zoomActual'],
];
const SCALES = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

export function ZoomControl({ state, actions }: { state: ViewerState; actions: ViewerActions }) {
  const value = String(state.zoom);
  const scales = typeof state.zoom === 'number' && !SCALES.includes(state.zoom) ? [...SCALES, state.zoom].sort((a, b) => a - b) : SCALES;
  return (
    <div class="zoom-control" role="group" aria-label={t('reader_zoomGroup')}>
      <button
        type="button"
        class="tool-button"
        disabled={!state.ready || state.scale <= MIN_ZOOM}
        onClick={actions.zoomOut}
        aria-label={t('reader_zoomOut')}
        title={t('reader_zoomOutHint')}
        data-testid="reader-zoom-out"
      >
        <span aria-hidden="true">−</span>
      </button>
      <select
        class="zoom-select"
        disabled={!state.ready}
        value={value}
        aria-label={t('reader_zoomSelect')}
        data-testid="reader-zoom"
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          actions.setZoom(Number.isNaN(Number(chosen)) ? (chosen as ZoomValue) : Number(chosen));
        }}
      >
        {PRESETS.map(([zoom, label]) => (
          <option key={zoom} value={String(zoom)}>
            {t(label)}
          </option>
        ))}
        {scales.map((scale) => (
          <option key={scale} value={String(scale)}>
            {t('reader_zoomPercent', String(Math.round(scale * 100)))}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="tool-button"
        disabled={!state.ready || state.scale >= MAX_ZOOM}
        onClick={actions.zoomIn}
        aria-label={t('reader_zoomIn')}
        title={t('reader_zoomInHint')}
        data-testid="reader-zoom-in"
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
