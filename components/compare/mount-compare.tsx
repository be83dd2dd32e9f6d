/**
 * Puts the comparison on the reader page: the view over the document while a comparison is
 * shown, a status line while loading, a message when the other version cannot be read.
 */
import { render } from 'preact';
import { t } from '../extension/i18n';
import './compare.css';
import type { CompareController } from '../../lib/compare/compare-controller';
import { ComparisonView } from './ComparisonView';
import { useStoreState } from '../use-store-state';

export function mountComparison(host: HTMLElement, controller: CompareController, locale: string, win: Window): () => void {
  render(<ComparisonHost controller={controller} locale={locale} win={win} />, host);
  return () => render(null, host);
}

function ComparisonHost({ controller, locale, win }: { controller: CompareController; locale: string; win: Window }) {
  const state = useStoreState(controller);
  if (state.phase === 'loading')
    return (
      <p class="compare-note" role="status" data-testid="compare-loading">
        {t('compare_loading', state.symbol)}
      </p>
    );
  if (state.phase === 'failed') {
    return (
      <p class="compare-note" role="alert" data-testid="compare-failed">
        {t(state.reason === 'unavailable' ? 'compare_unavailable' : 'compare_noParagraphs', state.symbol)}{' '}
        <button type="button" onClick={() => controller.close()}>
          {t('compare_close')}
        </button>
      </p>
    );
  }
  if (state.phase !== 'shown') return null;
  return <ComparisonView state={state} controller={controller} locale={locale} win={win} />;
}
