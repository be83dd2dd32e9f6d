/**
 * The small control on a web page that opens the list of the reader's notes on the page's
 * document ("Your notes on A/RES/76/186: 3"). The list itself, placed notes or not, with each
 * note's text and a link that opens it in the reader, shows in the notes frame, where the page's
 * scripts cannot read it (ADR 0024); here there is only the count, and a status line.
 */
import { t } from '../extension/i18n';

export interface PageNotesToggleProps {
  count: number;
  /** The document's name for people: its symbol, or "this page". */
  docName: string;
  /** A notice (a highlight could not be saved), or null. */
  status: string | null;
  onOpen: () => void;
}

export function PageNotesToggle({ count, docName, status, onOpen }: PageNotesToggleProps) {
  return (
    <div class="page-notes" data-resolute="page-notes">
      {status !== null && (
        <p class="page-notes-status" role="status">
          {t('pagenotes_status', status)}
        </p>
      )}
      {count > 0 && (
        <button
          type="button"
          class="page-notes-toggle"
          data-action="page-notes"
          // Only the reader's own click or key: a page script's synthetic click opens nothing.
          onClick={(event) => event.isTrusted && onOpen()}
        >
          {t('pagenotes_summary', [docName, String(count)])}
        </button>
      )}
    </div>
  );
}
