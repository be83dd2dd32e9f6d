/**
 * notes.html: every note across documents. A search box and filters (document, colour, tag), a
 * sort by date, the list drawn a page at a time (10,000 notes stay quick), each note with its
 * document, quote, text, tags and dates, a link that opens it at its place, its editor, and
 * delete with undo. Export (all, or the filtered document's) and import are in NotesTransfer.
 * Changes from other tabs arrive through `subscribe` and are shown at once.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { queryNotes } from '../../lib/notes/query';
import { NOTE_COLOURS, type Note, type NoteColour, type NotesChange, type NotesStore } from '../../lib/notes/types';
import { formatCount, t, tPlural, type MessageKey } from '../extension/i18n';
import { COLOUR_KEYS, NoteEditor } from './NoteEditor';
import { uiLocale } from '../extension/i18n';
import { NoteBody } from './NoteSummary';
import type { NoteDraftKeeper } from '../../lib/notes/notes-ui-autosave';
import { documentLabel, formatWhen, noteAddress } from '../../lib/notes/notes-ui-format';
import {
  applyChange,
  documentChoices,
  filtersToSearch,
  NOTES_SORTS,
  PAGE_SIZE,
  RELOAD_ALL_OVER,
  tagChoices,
  type NotesPageFilters,
  type NotesSort,
} from '../../lib/notes/notes-ui-page-model';
import { NotesTransfer } from './NotesTransfer';
import { sharedDraftKeeper } from '../../lib/notes/notes-ui-drafts';
import { UndoDelete } from './UndoDelete';

export interface NotesPageProps {
  store: NotesStore;
  /** Hears every tab's committed changes; stops when the signal aborts. */
  subscribe: (listener: (change: NotesChange) => void, signal: AbortSignal) => void;
  initialFilters: NotesPageFilters;
  /** Keeps the filters in the address (history.replaceState), so a reload shows the same list. */
  onFilters?: (search: string) => void;
  drafts?: NoteDraftKeeper | null;
  /** A reader address (`reader.html?…`) as a URL this page opens. */
  readerUrl: (address: string) => string;
  win: Window & typeof globalThis;
  /** The search box waits this long after a keystroke before filtering. */
  searchDelayMs?: number;
}

const SORT_KEYS: Record<NotesSort, MessageKey> = {
  'updated-desc': 'notes_sort_updatedDesc',
  'updated-asc': 'notes_sort_updatedAsc',
  'created-desc': 'notes_sort_createdDesc',
  document: 'notes_sort_document',
};

type Loaded = { kind: 'loading' } | { kind: 'ready'; notes: Note[] } | { kind: 'failed'; problem: string };

export function NotesPage({
  store,
  subscribe,
  initialFilters,
  onFilters,
  drafts = sharedDraftKeeper(),
  readerUrl,
  win,
  searchDelayMs = 120,
}: NotesPageProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [filters, setFilters] = useState(initialFilters);
  const [typed, setTyped] = useState(initialFilters.text);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [deleted, setDeleted] = useState<Note[]>([]);
  const notesRef = useRef<Note[]>([]);

  useEffect(() => {
    const abort = new AbortController();
    // Changes are applied one after another, so a quick series cannot finish out of order.
    let queue = Promise.resolve();
    const reloadAll = async () => {
      try {
        const notes = await store.all();
        if (!abort.signal.aborted) {
          notesRef.current = notes;
          setLoaded({ kind: 'ready', notes });
        }
      } catch (error) {
        if (!abort.signal.aborted) setLoaded({ kind: 'failed', problem: error instanceof Error ? error.message : String(error) });
      }
    };
    subscribe((change) => {
      queue = queue.then(async () => {
        if (change.written.length + change.deleted.length > RELOAD_ALL_OVER) return reloadAll();
        const notes = await applyChange(notesRef.current, change, (id) => store.get(id));
        if (abort.signal.aborted) return;
        notesRef.current = notes;
        setLoaded({ kind: 'ready', notes });
      });
    }, abort.signal);
    void reloadAll();
    return () => abort.abort();
  }, [store, subscribe]);

  // The search waits for a pause in typing; the filters and sort apply at once.
  useEffect(() => {
    if (typed === filters.text) return undefined;
    const timer = win.setTimeout(() => setFilters((f) => ({ ...f, text: typed })), searchDelayMs);
    return () => win.clearTimeout(timer);
  }, [typed, filters.text, searchDelayMs, win]);

  useEffect(() => {
    onFilters?.(filtersToSearch(filters));
    setShown(PAGE_SIZE);
  }, [filters, onFilters]);

  const notes = loaded.kind === 'ready' ? loaded.notes : [];
  // A note being edited keeps its place in the list (sorted and filtered as it was when its editor
  // opened): moving the row under the reader's cursor as each save changes its date would lose the focus.
  const [editing, setEditing] = useState<ReadonlyMap<string, Note>>(new Map());
  const ordered = useMemo(() => (editing.size === 0 ? notes : notes.map((n) => editing.get(n.id) ?? n)), [notes, editing]);
  const live = useMemo(() => (editing.size === 0 ? null : new Map(notes.map((n) => [n.id, n]))), [notes, editing]);
  const edit = (note: Note, open: boolean) =>
    setEditing((map) => {
      const next = new Map(map);
      if (open) next.set(note.id, note);
      else next.delete(note.id);
      return next;
    });
  const documents = useMemo(() => documentChoices(notes), [notes]);
  const tags = useMemo(() => tagChoices(notes), [notes]);
  const matching = useMemo(
    () =>
      queryNotes(ordered, {
        ...(filters.text.trim() !== '' ? { text: filters.text } : {}),
        ...(filters.docKey !== null ? { docKey: filters.docKey } : {}),
        ...(filters.colour !== null ? { colour: filters.colour } : {}),
        ...(filters.tag !== null ? { tag: filters.tag } : {}),
        sort: filters.sort,
      }),
    [ordered, filters],
  );
  const scoped = useMemo(
    () => (filters.docKey === null ? notes : notes.filter((n) => n.docKey === filters.docKey)),
    [notes, filters.docKey],
  );
  const scopeLabel = filters.docKey === null ? null : (documents.find((d) => d.docKey === filters.docKey)?.label ?? filters.docKey);

  const set = (change: Partial<NotesPageFilters>) => setFilters((f) => ({ ...f, ...change }));
  const remove = async (note: Note) => {
    const gone = await store.remove(note.id).catch(() => undefined);
    if (gone !== undefined) setDeleted((list) => [gone, ...list.filter((n) => n.id !== gone.id)]);
  };

  return (
    <div class="notes-page" data-resolute="notes-page">
      <h1>{t('notes_pageHeading')}</h1>
      {loaded.kind === 'failed' && (
        <p class="note-problem" role="alert" data-testid="notes-unavailable">
          {t('notes_unavailable', loaded.problem)}
        </p>
      )}
      <div role="search" class="notes-filters" data-testid="notes-filters">
        <label class="notes-search">
          <span>{t('notes_searchLabel')}</span>
          <input
            type="search"
            value={typed}
            placeholder={t('notes_searchPlaceholder')}
            data-testid="notes-search"
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>{t('notes_filterDocument')}</span>
          <select
            data-testid="notes-filter-document"
            value={filters.docKey ?? ''}
            onChange={(e) => set({ docKey: e.currentTarget.value || null })}
          >
            <option value="">{t('notes_filterAnyDocument')}</option>
            {filters.docKey !== null && !documents.some((d) => d.docKey === filters.docKey) && (
              <option value={filters.docKey}>{filters.docKey}</option>
            )}
            {documents.map((d) => (
              <option key={d.docKey} value={d.docKey}>
                {d.title !== undefined && d.title !== d.label ? `${d.label} — ${d.title}` : d.label} ({d.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('notes_filterColour')}</span>
          <select
            data-testid="notes-filter-colour"
            value={filters.colour ?? ''}
            onChange={(e) => set({ colour: (e.currentTarget.value || null) as NoteColour | null })}
          >
            <option value="">{t('notes_filterAnyColour')}</option>
            {NOTE_COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(COLOUR_KEYS[c])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('notes_filterTag')}</span>
          <select data-testid="notes-filter-tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
            <option value="">{t('notes_filterAnyTag')}</option>
            {filters.tag !== null && !tags.includes(filters.tag) && <option value={filters.tag}>{filters.tag}</option>}
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('notes_sortLabel')}</span>
          <select data-testid="notes-sort" value={filters.sort} onChange={(e) => set({ sort: e.currentTarget.value as NotesSort })}>
            {NOTES_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(SORT_KEYS[sort])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <NotesTransfer store={store} win={win} notes={scoped} scopeKey={filters.docKey} scopeLabel={scopeLabel} total={notes.length} />
      <p
        class="notes-count"
        role="status"
        aria-live="polite"
        data-testid="notes-count"
        data-shown={matching.length}
        data-total={notes.length}
      >
        {loaded.kind === 'loading'
          ? t('notes_loading')
          : tPlural('notes_count', notes.length, [formatCount(matching.length), formatCount(notes.length)])}
      </p>
      {deleted.map((note) => (
        <UndoDelete key={note.id} store={store} note={note} onRestored={() => setDeleted((list) => list.filter((n) => n.id !== note.id))} />
      ))}
      {loaded.kind === 'ready' && matching.length === 0 && (
        <p class="notes-empty">{notes.length === 0 ? t('notes_empty') : t('notes_noMatch')}</p>
      )}
      <ol class="notes-list" aria-label={t('notes_listLabel')} data-testid="notes-list" data-query={filters.text}>
        {matching.slice(0, shown).map((note) => (
          <NoteRow
            key={note.id}
            note={live?.get(note.id) ?? note}
            editing={editing.has(note.id)}
            onEdit={(open) => edit(note, open)}
            store={store}
            drafts={drafts}
            readerUrl={readerUrl}
            onDelete={() => void remove(note)}
            onDeleted={(gone) => setDeleted((list) => [gone, ...list.filter((n) => n.id !== gone.id)])}
          />
        ))}
      </ol>
      {matching.length > shown && (
        <button type="button" class="notes-more" data-testid="notes-more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {t('notes_showMore', String(Math.min(PAGE_SIZE, matching.length - shown)))}
        </button>
      )}
    </div>
  );
}

interface NoteRowProps {
  note: Note;
  store: NotesStore;
  drafts: NoteDraftKeeper | null;
  readerUrl: (address: string) => string;
  editing: boolean;
  onEdit: (open: boolean) => void;
  onDelete: () => void;
  /** Deleted from its editor: the page keeps the undo once the row is gone. */
  onDeleted: (note: Note) => void;
}

function NoteRow({ note, store, drafts, readerUrl, editing, onEdit, onDelete, onDeleted }: NoteRowProps) {
  const address = noteAddress(note);
  const href = address !== null ? readerUrl(address) : note.doc.kind === 'page' ? note.doc.url : null;
  const label = documentLabel(note);
  const locale = uiLocale();
  return (
    <li class="notes-item" data-note-id={note.id} data-colour={note.colour} data-doc-key={note.docKey}>
      <p class="notes-doc" data-part="document">
        <strong>{label}</strong>
        {note.docTitle !== undefined && note.docTitle !== label && <span class="notes-doc-title"> {note.docTitle}</span>}
      </p>
      <NoteBody note={note} />
      <p class="note-times">
        {t('notes_created')} <time dateTime={note.created}>{formatWhen(note.created, locale)}</time>
        {' · '}
        {t('notes_updated')} <time dateTime={note.updated}>{formatWhen(note.updated, locale)}</time>
      </p>
      <div class="note-actions">
        {href !== null && (
          <a href={href} class="notes-open" data-testid="notes-open" aria-label={`${t('notes_open')}: ${t('notes_documentOf', label)}`}>
            {t('notes_open')}
          </a>
        )}
        <button type="button" aria-expanded={editing} data-testid="notes-edit" onClick={() => onEdit(!editing)}>
          {editing ? t('notes_closeEditor') : t('notes_edit')}
        </button>
        {!editing && (
          <button type="button" data-testid="notes-delete" onClick={onDelete}>
            {t('notes_delete')}
          </button>
        )}
      </div>
      {editing && <NoteEditor note={note} store={store} drafts={drafts} autoFocus onDeleted={onDeleted} />}
    </li>
  );
}
