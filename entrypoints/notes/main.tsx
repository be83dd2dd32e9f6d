/**
 * Boots notes.html, every note across documents: opens the notes database (shared with the other
 * extension pages; changes announced between tabs), then the page (components/notes/NotesPage).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { NotesPage } from '../../components/notes/NotesPage';
import { openSharedNotesStore, subscribeNotesChanges } from '../../lib/notes/notes-sync';
import { filtersFromSearch } from '../../lib/notes/notes-ui-page-model';
import { draftsReplayLock, pageDraftKeeper } from '../../lib/notes/notes-ui-drafts';
import { replayDrafts } from '../../lib/notes/drafts';
import '../../components/palette.css';
import '../../components/notes/notes.css';
import './style.css';

applyInterfaceLanguage(document.documentElement);
document.title = t('notes_pageTitle');

const app = document.getElementById('app');
if (app) void start(app);

async function start(root: HTMLElement): Promise<void> {
  let store;
  try {
    store = await openSharedNotesStore(window);
  } catch (error) {
    const problem = document.createElement('p');
    problem.setAttribute('role', 'alert');
    problem.className = 'note-problem';
    problem.dataset.testid = 'notes-unavailable';
    problem.textContent = t('notes_unavailable', error instanceof Error ? error.message : String(error));
    root.replaceChildren(problem);
    return;
  }
  const drafts = pageDraftKeeper(window);
  // Text typed in a tab that closed before it reached the database is written now (ADR 0012).
  if (drafts !== null) await replayDrafts(store, drafts, draftsReplayLock(navigator)).catch(() => []);
  render(
    <NotesPage
      store={store}
      win={window}
      subscribe={(listener, signal) => subscribeNotesChanges(window, listener, signal)}
      initialFilters={filtersFromSearch(location.search)}
      onFilters={(search) => history.replaceState(history.state, '', `${location.pathname}${search}`)}
      drafts={drafts}
      readerUrl={(address) => browser.runtime.getURL(`/${address}` as '/reader.html')}
    />,
    root,
  );
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) render(null, root);
  });
}
