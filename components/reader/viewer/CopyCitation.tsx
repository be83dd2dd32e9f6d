/**
 * "Copy citation" for the document in the reader: its symbol, its undocs.org link, or a citation
 * line as UN documents write it (lib/format/citation-line.ts), in the document's language. What
 * was copied is said in a polite live region.
 */
import { useRef, useState } from 'preact/hooks';
import { citationLine, undocsLink } from '../../../lib/format/citation-line';
import type { UnLang } from '../../../lib/citations/types';
import { t } from '../../extension/i18n';

export interface CitedDocument {
  /** The symbol its undocs.org link names. */
  symbol: string;
  /** The symbol as the masthead prints it (a joint symbol whole): what is copied as its symbol and cited. */
  printed: string;
  lang: UnLang;
  /** Resolves to the date of adoption (ISO) when the metadata has it. */
  date: () => Promise<string | undefined>;
}

export function CopyCitation({ cited, clipboard }: { cited: CitedDocument | null; clipboard: (text: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  if (cited === null) return null;
  const copy = async (make: () => Promise<string> | string) => {
    setOpen(false);
    toggle.current?.focus();
    try {
      const text = await make();
      await clipboard(text);
      setSaid(t('reader_copied', text));
    } catch {
      setSaid(t('reader_copyFailed'));
    }
  };
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
        aria-expanded={open}
        aria-controls="reader-copy-choices"
        data-testid="reader-copy"
        onClick={() => setOpen(!open)}
      >
        {t('reader_copyMenu')}
      </button>
      {open && (
        <ul id="reader-copy-choices" class="tool-menu">
          <li>
            <button type="button" data-testid="reader-copy-symbol" onClick={() => void copy(() => cited.printed)}>
              {t('reader_copySymbol', cited.printed)}
            </button>
          </li>
          <li>
            <button type="button" data-testid="reader-copy-link" onClick={() => void copy(() => undocsLink(cited.symbol, cited.lang))}>
              {t('reader_copyLink')}
            </button>
          </li>
          <li>
            <button
              type="button"
              data-testid="reader-copy-line"
              onClick={() => void copy(async () => citationLine(cited.printed, cited.lang, await cited.date()))}
            >
              {t('reader_copyLine')}
            </button>
          </li>
        </ul>
      )}
      <span class="visually-hidden" role="status" aria-live="polite" data-testid="reader-copy-status">
        {said}
      </span>
    </div>
  );
}
