/**
 * Print, with its choices: the document (Ctrl+P), the document with the reader's highlights, or
 * the reader's notes on it. A menu button (components/controls/use-disclosure-menu.ts) opens the
 * choices; Escape closes them.
 */
import { t } from '../../extension/i18n';
import { useDisclosureMenu } from '../../controls/use-disclosure-menu';
import type { ViewerActions, ViewerState } from './viewer-model';

export function PrintMenu({ state, actions }: { state: ViewerState; actions: ViewerActions }) {
  const menu = useDisclosureMenu();
  const choose = (event: MouseEvent, run: () => void) => {
    if (!event.isTrusted) return;
    menu.close(true);
    run();
  };
  const busy = state.printing !== null;
  const choices: ReadonlyArray<readonly [string, string, () => void]> = [
    ['pages', t('reader_printPages'), () => actions.print({ highlights: false })],
    ['highlights', t('reader_printHighlights'), () => actions.print({ highlights: true })],
    ['notes', t('reader_printNotes'), actions.printNotes],
  ];
  return (
    <div class="print-menu" ref={menu.containerRef}>
      <button
        type="button"
        class="tool-button tool-text"
        disabled={!state.ready || busy}
        title={t('reader_printHint')}
        data-testid="reader-print"
        {...menu.buttonProps}
      >
        {busy ? t('reader_printPreparing', [String(state.printProgress), String(state.pageCount)]) : t('reader_print')}
      </button>
      {menu.open && (
        <ul class="tool-menu" {...menu.menuProps}>
          {choices.map(([name, label, run]) => (
            <li key={name} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-testid={`reader-print-${name}`}
                onClick={(event) => choose(event, run)}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
