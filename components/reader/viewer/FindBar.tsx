/**
 * The find bar (Ctrl/Cmd+F): search the whole document as one types; Enter for the next match,
 * Shift+Enter for the previous (F3 and Shift+F3 anywhere); "3 of 17"; Escape closes it and gives
 * the focus back to the pages. The search itself is pdf.js's (document-find.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../extension/i18n';
import type { FindResult, ViewerActions, ViewerState } from './viewer-model';

export function FindBar({ state, actions, onClose }: { state: ViewerState; actions: ViewerActions; onClose: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.findOpen) {
      field.current?.focus();
      field.current?.select();
    }
  }, [state.findOpen, state.findFocus]);
  if (!state.findOpen) return null;
  const { query, matchCase, entireWord } = state.findQuery;
  const search = (again: boolean, previous: boolean, patch: Partial<ViewerState['findQuery']> = {}) =>
    actions.find({ query, matchCase, entireWord, ...patch, again, previous });
  const close = () => {
    actions.closeFind();
    onClose();
  };
  return (
    <div
      class="find-bar"
      role="search"
      data-testid="reader-find-bar"
      onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), close())}
    >
      <input
        ref={field}
        type="search"
        class="find-field"
        value={query}
        placeholder={t('reader_findField')}
        aria-label={t('reader_findField')}
        aria-describedby="reader-find-result"
        data-testid="reader-find-field"
        onInput={(event) => search(false, false, { query: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            search(true, event.shiftKey);
          }
        }}
      />
      <button
        type="button"
        class="tool-button"
        onClick={() => search(true, true)}
        aria-label={t('reader_findPrevious')}
        title={t('reader_findPreviousHint')}
        data-testid="reader-find-previous"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="tool-button"
        onClick={() => search(true, false)}
        aria-label={t('reader_findNext')}
        title={t('reader_findNextHint')}
        data-testid="reader-find-next"
      >
        <span aria-hidden="true">↓</span>
      </button>
      <span
        id="reader-find-result"
        class="find-result"
        role="status"
        aria-live="polite"
        data-testid="reader-find-result"
        data-status={state.find.status}
        data-total={state.find.total}
        data-current={state.find.current}
        data-complete={String(state.find.complete)}
        data-query={state.find.query}
      >
        {resultText(state.find, query)}
      </span>
      <label class="find-option">
        <input type="checkbox" checked={matchCase} onChange={(event) => search(false, false, { matchCase: event.currentTarget.checked })} />
        {t('reader_findMatchCase')}
      </label>
      <label class="find-option">
        <input
          type="checkbox"
          checked={entireWord}
          onChange={(event) => search(false, false, { entireWord: event.currentTarget.checked })}
        />
        {t('reader_findWholeWords')}
      </label>
      <button
        type="button"
        class="tool-button find-close"
        onClick={close}
        aria-label={t('reader_findClose')}
        title={t('reader_findClose')}
        data-testid="reader-find-close"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

function resultText(result: FindResult, query: string): string {
  if (query === '') return '';
  if (result.status === 'not-found') return t('reader_findNotFound');
  if (result.total === 0) return result.status === 'pending' ? t('reader_findSearching') : '';
  const count = t('reader_findCount', [String(result.current), String(result.total)]);
  if (result.status === 'wrapped') return `${count} · ${t(result.previous ? 'reader_findWrappedBottom' : 'reader_findWrappedTop')}`;
  return count;
}
