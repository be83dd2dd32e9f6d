/**
 * "Copy citation": a document's symbol, its undocs.org link, or a citation line as UN documents
 * write it (lib/format/citation-line.ts), in the document's language. The same menu serves the
 * reader's toolbar (the document open) and a citation's card, in the reader and on web pages.
 * What was copied is said in a polite live region; a refused clipboard is said aloud and shows
 * the text, so that it can be selected and copied by hand. Only a trusted click copies: the card
 * sits in pages whose scripts may click for the reader. Nothing but the symbol, the link and the
 * line is ever put on the clipboard (never a note).
 */
import { useState } from 'preact/hooks';
import { citationLine, undocsLink } from '../../lib/format/citation-line';
import type { UnLang } from '../../lib/citations/types';
import { t } from '../extension/i18n';
import { useDisclosureMenu } from './use-disclosure-menu';

export interface CitedDocument {
  /** The symbol its undocs.org link names. */
  symbol: string;
  /** The symbol as the masthead prints it (a joint symbol whole), when it differs: what is copied as its symbol and cited. */
  printed?: string;
  lang: UnLang;
  /** Resolves to the date of adoption (ISO) when the metadata has it. */
  date: () => Promise<string | undefined>;
}

export interface CopyCitationProps {
  cited: CitedDocument | null;
  clipboard?: (text: string) => Promise<void>;
  /** `data-testid` of the button; each choice adds `-symbol`, `-link`, `-line`, the status `-status`. */
  hook?: string;
  /** The button's classes where it shows (the reader's toolbar by default). */
  buttonClass?: string;
}

const writeClipboard = (text: string) => navigator.clipboard.writeText(text);

type Said = { kind: 'copied' | 'failed'; text: string } | null;

export function CopyCitation({
  cited,
  clipboard = writeClipboard,
  hook = 'reader-copy',
  buttonClass = 'tool-button tool-text',
}: CopyCitationProps) {
  const menu = useDisclosureMenu();
  const [said, setSaid] = useState<Said>(null);
  if (cited === null) return null;

  const copy = (event: MouseEvent, make: () => Promise<string> | string) => {
    if (!event.isTrusted) return;
    menu.close(true);
    let text = '';
    void (async () => {
      try {
        text = await make();
        await clipboard(text);
        setSaid({ kind: 'copied', text });
      } catch {
        setSaid({ kind: 'failed', text });
      }
    })();
  };
  const printed = cited.printed ?? cited.symbol;
  const choices: ReadonlyArray<readonly [string, string, () => Promise<string> | string]> = [
    ['symbol', t('reader_copySymbol', printed), () => printed],
    ['link', t('reader_copyLink'), () => undocsLink(cited.symbol, cited.lang)],
    ['line', t('reader_copyLine'), async () => citationLine(printed, cited.lang, await cited.date())],
  ];

  return (
    <div class="print-menu copy-citation" ref={menu.containerRef}>
      <button type="button" class={buttonClass} data-testid={hook} {...menu.buttonProps}>
        {t('reader_copyMenu')}
      </button>
      {menu.open && (
        <ul class="tool-menu" {...menu.menuProps}>
          {choices.map(([name, label, make]) => (
            <li key={name} role="none">
              <button type="button" role="menuitem" tabIndex={-1} data-testid={`${hook}-${name}`} onClick={(event) => copy(event, make)}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span class="visually-hidden" role="status" aria-live="polite" data-testid={`${hook}-status`}>
        {said?.kind === 'copied' ? t('reader_copied', said.text) : ''}
      </span>
      {said?.kind === 'failed' && (
        <p class="copy-problem" role="alert" data-testid={`${hook}-problem`}>
          {t('reader_copyFailed')} {said.text !== '' && <bdi class="copy-text">{said.text}</bdi>}
        </p>
      )}
    </div>
  );
}
