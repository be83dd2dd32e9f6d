/**
 * The viewer's toolbar under the reader's header: pages, zoom, find, print and save, then the
 * find bar when it is open. It wraps onto more lines in a narrow window instead of overlapping.
 */
import { t } from '../../extension/i18n';
import { CopyCitation } from './CopyCitation';
import { FindBar } from './FindBar';
import { PageBox } from './PageBox';
import { PrintMenu } from './PrintMenu';
import { useViewerState, type ViewerModel } from './viewer-model';
import { ZoomControl } from './ZoomControl';

export function ViewerToolbar({ model, onFindClosed }: { model: ViewerModel; onFindClosed: () => void }) {
  const state = useViewerState(model);
  const { actions } = model;
  return (
    <div class="viewer-toolbar">
      {/* Named by its host, the reader's "Document tools" region (entrypoints/reader/index.html). */}
      <div class="toolbar-row">
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
        <CopyCitation cited={state.cited} clipboard={(text) => navigator.clipboard.writeText(text)} />
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
