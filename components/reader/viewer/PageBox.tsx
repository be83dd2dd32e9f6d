/**
 * The page in view and the page count ("12 / 56"), as in Chrome's and Firefox's viewers: type a
 * number and press Enter to go there; the arrows go a page up or down.
 */
import { useState } from 'preact/hooks';
import { t } from '../../extension/i18n';
import type { ViewerActions, ViewerState } from './viewer-model';

export function PageBox({ state, actions }: { state: ViewerState; actions: ViewerActions }) {
  const [draft, setDraft] = useState<string | null>(null);
  const go = () => {
    const page = Number(draft);
    if (draft !== null && Number.isInteger(page) && page >= 1) actions.goToPage(Math.min(page, state.pageCount));
    setDraft(null);
  };
  return (
    <div class="page-box" role="group" aria-label={t('reader_pageGroup')}>
      <button
        type="button"
        class="tool-button"
        disabled={!state.ready || state.page <= 1}
        onClick={() => actions.goToPage(state.page - 1)}
        aria-label={t('reader_pagePrevious')}
        title={t('reader_pagePrevious')}
        data-testid="reader-page-previous"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <input
        type="text"
        inputMode="numeric"
        // A number: its caret moves left to right in Arabic too, so the toolbar's arrows leave it at its visual edges.
        dir="ltr"
        class="page-number"
        size={3}
        disabled={!state.ready}
        value={draft ?? (state.page > 0 ? String(state.page) : '')}
        aria-label={t('reader_pageNumber', String(state.pageCount))}
        data-testid="reader-page-number"
        onInput={(event) => setDraft(event.currentTarget.value.replace(/[^0-9]/g, ''))}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={() => setDraft(null)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            go();
          } else if (event.key === 'Escape') {
            setDraft(null);
          }
        }}
      />
      <span class="page-count" data-testid="reader-page-count">
        {t('reader_pageCount', String(state.pageCount))}
      </span>
      <button
        type="button"
        class="tool-button"
        disabled={!state.ready || state.page >= state.pageCount}
        onClick={() => actions.goToPage(state.page + 1)}
        aria-label={t('reader_pageNext')}
        title={t('reader_pageNext')}
        data-testid="reader-page-next"
      >
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
