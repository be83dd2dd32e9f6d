/**
 * The notes page's export and import: export the notes in scope (all, or the filtered document's)
 * as W3C Web Annotation JSON-LD or Markdown; import a JSON-LD file, merged without duplicates, the
 * outcome said plainly; a file that is not valid is refused with what is wrong and nothing is
 * written. Also "delete all notes", behind a confirmation (not undoable: the export is the copy).
 */
import { useRef, useState } from 'preact/hooks';
import type { Note, NotesStore } from '../../lib/notes/types';
import { formatCount, t, tPlural } from '../extension/i18n';
import {
  MAX_IMPORT_BYTES,
  checkedAnnotationExport,
  downloadText,
  importAnnotationText,
  markdownExport,
  type ImportOutcome,
} from '../../lib/notes/notes-ui-io';
import { exportFileName } from '../../lib/notes/notes-ui-page-model';

export interface NotesTransferProps {
  store: NotesStore;
  win: Window & typeof globalThis;
  /** The notes an export writes. */
  notes: readonly Note[];
  /** The document filter in force (docKey), or null for all notes. */
  scopeKey: string | null;
  scopeLabel: string | null;
  total: number;
}

type Importing = { kind: 'idle' } | { kind: 'busy' } | ImportOutcome;

export function NotesTransfer({ store, win, notes, scopeKey, scopeLabel, total }: NotesTransferProps) {
  const [importing, setImporting] = useState<Importing>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [wiped, setWiped] = useState(false);
  const [exportRefused, setExportRefused] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const exportAs = (kind: 'jsonld' | 'md') => {
    const json = kind === 'jsonld' ? checkedAnnotationExport(notes) : null;
    // A backup that would not import again is not written: the reader is told which note to fix.
    setExportRefused(json?.ok === false ? json.problem : null);
    if (json?.ok === false) return;
    const text = json?.ok === true ? json.text : markdownExport(notes);
    downloadText(win, text, kind === 'jsonld' ? 'application/ld+json' : 'text/markdown', exportFileName(kind, scopeKey, new Date()));
  };

  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setImporting({ kind: 'busy' });
    setWiped(false);
    if (file.size > MAX_IMPORT_BYTES) {
      const problem = t('notes_importTooBig', [String(Math.ceil(file.size / 1e6)), String(MAX_IMPORT_BYTES / 1e6)]);
      setImporting({ kind: 'refused', problem });
      if (fileRef.current !== null) fileRef.current.value = '';
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setImporting({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    setImporting(await importAnnotationText(text, store));
    // The same file chosen again must fire `change` again.
    if (fileRef.current !== null) fileRef.current.value = '';
  };

  return (
    <section class="notes-transfer" aria-labelledby="notes-transfer-heading">
      <h2 id="notes-transfer-heading">{t('notes_exportHeading')}</h2>
      <p class="notes-export">
        <span>
          {scopeKey === null
            ? tPlural('notes_exportAll', notes.length, formatCount(notes.length))
            : tPlural('notes_exportDocument', notes.length, [formatCount(notes.length), scopeLabel ?? scopeKey])}
        </span>{' '}
        <button type="button" data-testid="notes-export-jsonld" disabled={notes.length === 0} onClick={() => exportAs('jsonld')}>
          {t('notes_exportJson')}
        </button>{' '}
        <button type="button" data-testid="notes-export-md" disabled={notes.length === 0} onClick={() => exportAs('md')}>
          {t('notes_exportMarkdown')}
        </button>
      </p>
      {exportRefused !== null && (
        <p role="alert" class="note-problem" data-testid="notes-export-problem">
          {t('notes_exportRefused', exportRefused)}
        </p>
      )}
      <p class="notes-import">
        <label>
          <span>{t('notes_importLabel')}</span>{' '}
          <input
            ref={fileRef}
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            data-testid="notes-import"
            onChange={(event) => void importFile(event.currentTarget.files?.[0])}
          />
        </label>
      </p>
      <ImportMessage importing={importing} />
      <p class="notes-wipe">
        {!confirming ? (
          <button
            type="button"
            data-testid="notes-delete-all"
            disabled={total === 0}
            onClick={() => {
              setConfirming(true);
              setWiped(false);
              win.setTimeout(() => confirmRef.current?.focus(), 0);
            }}
          >
            {t('notes_deleteAll')}
          </button>
        ) : (
          <span role="alertdialog" aria-labelledby="notes-wipe-question" class="note-problem">
            <span id="notes-wipe-question">{tPlural('notes_deleteAllConfirm', total, formatCount(total))}</span>{' '}
            <button
              type="button"
              ref={confirmRef}
              data-testid="notes-delete-all-confirm"
              onClick={() => {
                setConfirming(false);
                store.clear().then(
                  () => setWiped(true),
                  () => setWiped(false),
                );
              }}
            >
              {t('notes_deleteAllYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('notes_deleteAllNo')}
            </button>
          </span>
        )}
        {wiped && (
          <span role="status" data-testid="notes-wiped">
            {' '}
            {t('notes_deletedAll')}
          </span>
        )}
      </p>
    </section>
  );
}

function ImportMessage({ importing }: { importing: Importing }) {
  switch (importing.kind) {
    case 'idle':
      return null;
    case 'busy':
      return (
        <p role="status" data-testid="notes-import-result" data-outcome="busy">
          {t('notes_importing')}
        </p>
      );
    case 'imported': {
      const { added, updated, unchanged } = importing.result;
      return (
        <p role="status" data-testid="notes-import-result" data-outcome="imported">
          {t('notes_importResult', [formatCount(added), formatCount(updated), formatCount(unchanged)])}
        </p>
      );
    }
    case 'refused':
      return (
        <p role="alert" class="note-problem" data-testid="notes-import-result" data-outcome="refused">
          {t('notes_importRefused', importing.problem ?? t('notes_importNotJson'))}
        </p>
      );
    case 'quota':
      return (
        <p role="alert" class="note-problem" data-testid="notes-import-result" data-outcome="quota">
          {t('notes_importQuota')}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" class="note-problem" data-testid="notes-import-result" data-outcome="failed">
          {t('notes_importFailed', importing.message)}
        </p>
      );
  }
}
