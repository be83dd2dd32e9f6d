/**
 * The viewer's toolbar under the reader's header: pages, zoom, find, print and save, then the
 * find bar when it is open. It wraps onto more lines in a narrow window instead of overlapping.
 */
import { t } from '../../extension/i18n';
import { CopyCitation } from '../../controls/CopyCitation';
import { useRovingToolbar } from '../../controls/use-roving-toolbar';
import { FindBar } from './FindBar';
import { PageBox } from './PageBox';
import { PrintMenu } from './PrintMenu';
import type { ViewerModel } from './viewer-model';
import { ZoomControl } from './ZoomControl';
import { useStoreState } from '../../use-store-state';

export function ViewerToolbar({ model, onFindClosed }: { model: ViewerModel; onFindClosed: () => void }) {
  const state = useStoreState(model);
  const { actions } = model;
  const toolbar = useRovingToolbar();
  return (
    <div class="viewer-toolbar">
      {/* One Tab stop, arrows between the tools (WAI-ARIA toolbar); its host region bears the same name. */}
      <div class="toolbar-row" role="toolbar" aria-label={t('reader_toolbar')} ref={toolbar}>
        <button
          type="button"
          class="tool-button"
          disabled={!state.ready}
          aria-expanded={state.sidebar !== 'closed'}
          aria-controls="reader-sidebar"
          title={t('reader_sidebarToggle')}
          data-testid="reader-sidebar-toggle"
          onClick={() =>
            model.set({ sidebar: state.sidebar === 'closed' ? (state.outline !== null ? 'outline' : 'thumbnails') : 'closed' })
          }
        >
          <span aria-hidden="true">☰</span>
          <span class="visually-hidden">{t('reader_sidebarToggle')}</span>
        </button>
        <PageBox state={state} actions={actions} />
        <ZoomControl state={state} actions={actions} />
        <span class="toolbar-gap" />
        <button
          type="button"
          class="tool-button tool-text"
          disabled={!state.ready}
          aria-pressed={state.findOpen}
          title={t('reader_findHint')}
          data-testid="reader-find"
          onClick={() => (state.findOpen ? (actions.closeFind(), onFindClosed()) : actions.openFind())}
        >
          {t('reader_find')}
        </button>
        <CopyCitation cited={state.cited} />
        <PrintMenu state={state} actions={actions} />
        <button
          type="button"
          class="tool-button tool-text"
          disabled={!state.ready}
          title={t('reader_saveHint')}
          data-testid="reader-save"
          onClick={actions.save}
        >
          {t('reader_save')}
        </button>
      </div>
      <FindBar state={state} actions={actions} onClose={onFindClosed} />
    </div>
  );
}
