/**
 * The sidebar beside the pages: the document's outline (when it has one) and page thumbnails, as
 * in Firefox's viewer. Opened and closed from the toolbar; its tabs are buttons.
 */
import { t } from '../../extension/i18n';
import { Thumbnails } from './Thumbnails';
import type { OutlineEntry, ViewerModel } from './viewer-model';
import { useStoreState } from '../../use-store-state';

export function Sidebar({ model }: { model: ViewerModel }) {
  const state = useStoreState(model);
  const { pdf, outline, sidebar } = state;
  if (sidebar === 'closed' || pdf === null) return null;
  const tab = sidebar === 'outline' && outline !== null ? 'outline' : 'thumbnails';
  return (
    <nav class="reader-sidebar" aria-label={t('reader_sidebar')} data-testid="reader-sidebar">
      <div class="sidebar-tabs">
        {outline !== null && (
          <button
            type="button"
            class="tool-button tool-text"
            aria-pressed={tab === 'outline'}
            onClick={() => model.set({ sidebar: 'outline' })}
            data-testid="reader-sidebar-outline"
          >
            {t('reader_outline')}
          </button>
        )}
        <button
          type="button"
          class="tool-button tool-text"
          aria-pressed={tab === 'thumbnails'}
          onClick={() => model.set({ sidebar: 'thumbnails' })}
          data-testid="reader-sidebar-thumbnails"
        >
          {t('reader_thumbnails')}
        </button>
      </div>
      {tab === 'outline' && outline !== null ? (
        <OutlineTree entries={outline} go={(dest) => model.actions.goToDestination(dest)} />
      ) : (
        <Thumbnails pdf={pdf} page={state.page} actions={model.actions} />
      )}
    </nav>
  );
}

function OutlineTree({ entries, go }: { entries: readonly OutlineEntry[]; go: (dest: OutlineEntry['dest']) => void }) {
  return (
    <ul class="outline" data-testid="reader-outline">
      {entries.map((entry, i) => (
        <li key={i}>
          {entry.dest !== null ? (
            <button type="button" onClick={() => go(entry.dest)}>
              {entry.title}
            </button>
          ) : (
            <span>{entry.title}</span>
          )}
          {entry.items.length > 0 && <OutlineTree entries={entry.items} go={go} />}
        </li>
      ))}
    </ul>
  );
}
