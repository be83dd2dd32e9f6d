/**
 * The reader's header: Back and Forward, the document's symbol and title, the language switch,
 * "open the original PDF", the citation count, the trail, and one status line (polite live
 * region) for what is happening or was not found. A failure replaces the status with an alert.
 */
import type { ComponentChildren } from 'preact';
import { formatCount, t } from '../extension/i18n';
import { langTag } from '../../lib/i18n/interface-locale';
import { failureText } from './failure-text';
import { LanguageSwitch } from './LanguageSwitch';
import { isModifiedClick, type ReaderActions } from '../../lib/reader/reader-actions';
import type { ReaderStore, ReaderViewState } from './reader-store';
import { Trail } from './Trail';
import { useStoreState } from '../use-store-state';

/** `children`: more controls for the first row (the citation panel's button). */
export function ReaderHeader({ store, actions, children }: { store: ReaderStore; actions: ReaderActions; children?: ComponentChildren }) {
  const state = useStoreState(store);
  const trail = state.trail;
  const canGoBack = trail !== null && trail.current > 0;
  const canGoForward = trail !== null && trail.current < trail.steps.length - 1;
  return (
    <div class="reader-header">
      <div class="header-row">
        <div class="history-buttons">
          <button type="button" onClick={actions.back} disabled={!canGoBack} title={t('reader_backHint')} data-testid="reader-back">
            <span aria-hidden="true">←</span>
            <span class="visually-hidden">{t('reader_back')}</span>
          </button>
          <button
            type="button"
            onClick={actions.forward}
            disabled={!canGoForward}
            title={t('reader_forwardHint')}
            data-testid="reader-forward"
          >
            <span aria-hidden="true">→</span>
            <span class="visually-hidden">{t('reader_forward')}</span>
          </button>
        </div>
        <h1 class="document-name" lang={state.lang === null ? undefined : langTag(state.lang)}>
          {state.symbol !== null && (
            <bdi class="document-symbol" data-testid="reader-symbol">
              {state.printedSymbol ?? state.symbol}
            </bdi>
          )}
          {state.title !== null && (
            // Cut with an ellipsis when the header is narrow: the whole title on hover.
            <span class="document-title" data-testid="reader-title" title={state.title}>
              {state.title}
            </span>
          )}
        </h1>
        {state.symbol !== null && <LanguageSwitch current={state.lang} actions={actions} />}
        {children}
        {state.originalUrl !== null && <OriginalLink url={state.originalUrl} actions={actions} label={t('reader_openOriginal')} />}
      </div>
      <div class="header-row header-row-secondary">
        <Trail trail={trail} actions={actions} />
        <StatusLine state={state} />
        <a class="help-link" href="/help.html" target="_blank" rel="noopener" data-testid="reader-help-link">
          {t('reader_helpLink')}
        </a>
      </div>
    </div>
  );
}

/** A real link to the original (works with a modified click or without the background), which asks the background first. */
export function OriginalLink({ url, actions, label }: { url: string; actions: ReaderActions; label: string }) {
  return (
    <a
      class="open-original"
      href={url}
      title={t('reader_openOriginalHint')}
      data-testid="reader-open-original"
      onClick={(event) => {
        if (isModifiedClick(event)) return;
        event.preventDefault();
        actions.openOriginal();
      }}
    >
      {label}
    </a>
  );
}

function StatusLine({ state }: { state: ReaderViewState }) {
  const notes: string[] = [];
  if (state.phase === 'loading') notes.push(t('reader_loading'));
  if (state.phase === 'ready') {
    if (state.noText) notes.push(t('reader_noTextLayer'));
    else if (state.pagesScanned < state.pageCount) {
      notes.push(t('reader_scanProgress', [formatCount(state.pagesScanned), formatCount(state.pageCount)]));
    }
    if (state.pinpoint !== null) {
      notes.push(t(state.pinpoint.found ? 'reader_pinpointFound' : 'reader_pinpointNotFound', state.pinpoint.pinpoint));
    }
    if (state.markNotice !== null) notes.push(state.markNotice);
  }
  const scanDone = state.phase === 'ready' && state.pagesScanned >= state.pageCount;
  return (
    <div class="status" data-testid="reader-status" data-scan={scanDone ? 'done' : 'running'}>
      {state.phase === 'ready' && !state.noText && (
        <span class="citation-count" data-testid="reader-citation-count" data-count={state.citations.length}>
          {t('reader_citationCount', formatCount(state.citations.length))}
        </span>
      )}
      <span role="status" aria-live="polite" class="status-text" data-testid="reader-status">
        {notes.join(' ')}
      </span>
    </div>
  );
}

/** The failure, in place of the document: what went wrong, and the way to try the original. */
export function FailurePanel({ store, actions }: { store: ReaderStore; actions: ReaderActions }) {
  const state = useStoreState(store);
  if (state.failure === null) return null;
  const name = state.symbol ?? state.originalUrl ?? '';
  return (
    <section class="failure" role="alert" data-testid="reader-failure" data-failure={failureKind(state)}>
      <h2>{t('reader_errorHeading')}</h2>
      <p>{failureText(state.failure, name)}</p>
      {state.originalUrl !== null && <OriginalLink url={state.originalUrl} actions={actions} label={t('reader_tryOriginal')} />}
    </section>
  );
}

function failureKind(state: ReaderViewState): string {
  const failure = state.failure;
  if (failure === null) return '';
  return failure.kind === 'fetch' ? failure.failure.kind : failure.kind;
}
