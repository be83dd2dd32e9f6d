/**
 * Print, with its choices: the document (Ctrl+P), the document with the reader's highlights, or
 * the reader's notes on it. A disclosure button opens the choices; Escape closes them.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../extension/i18n';
import type { ViewerActions, ViewerState } from './viewer-model';

export function PrintMenu({ state, actions }: { state: ViewerState; actions: ViewerActions }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const choose = (run: () => void) => {
    setOpen(false);
    run();
  };
  const busy = state.printing !== null;
  return (
    <div
      class="print-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
      onFocusOut={(event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node) || !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="tool-button tool-text"
        disabled={!state.ready || busy}
        aria-expanded={open}
        aria-controls="reader-print-choices"
        title={t('reader_printHint')}
        data-testid="reader-print"
        onClick={() => setOpen(!open)}
      >
        {busy ? t('reader_printPreparing', [String(state.printProgress), String(state.pageCount)]) : t('reader_print')}
      </button>
      {open && (
        <ul id="reader-print-choices" class="tool-menu">
          <li>
            <button type="button" data-testid="reader-print-pages" onClick={() => choose(() => actions.print({ highlights: false }))}>
              {t('reader_printPages')}
            </button>
          </li>
          <li>
            <button type="button" data-testid="reader-print-highlights" onClick={() => choose(() => actions.print({ highlights: true }))}>
              {t('reader_printHighlights')}
            </button>
          </li>
          <li>
            <button type="button" data-testid="reader-print-notes" onClick={() => choose(actions.printNotes)}>
              {t('reader_printNotes')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
