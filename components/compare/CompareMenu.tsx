/**
 * "Compare with…" in the reader's header: a menu offering the document's previous version and
 * its draft, and a field for any symbol. A disclosure (components/controls/use-disclosure-menu.ts):
 * the arrows move between its choices and field, Escape closes it and gives focus back to the
 * button, a click outside closes it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDisclosureMenu } from '../controls/use-disclosure-menu';
import { parseSymbol } from '../../lib/citations/symbols';
import { t } from '../extension/i18n';
import type { ReaderStore } from '../reader/reader-store';
import type { CompareController } from '../../lib/compare/compare-controller';
import { useStoreState } from '../use-store-state';

export function CompareMenu({ store, controller }: { store: ReaderStore; controller: CompareController }) {
  const reader = useStoreState(store);
  const state = useStoreState(controller);
  // A panel with a field, not a list of actions: the field takes the focus once the choices are known.
  const menu = useDisclosureMenu({ kind: 'group', focusFirst: false });
  const { open } = menu;
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const document =
    reader.symbol !== null && reader.lang !== null && reader.phase === 'ready' ? { symbol: reader.symbol, lang: reader.lang } : null;

  useEffect(() => {
    if (open && state.phase === 'offering') field.current?.focus();
  }, [open, state.phase]);
  if (document === null) return null;

  const choose = (symbol: string) => {
    menu.close();
    controller.compareWith(symbol, document);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const symbol = parseSymbol(typed.trim());
    if (symbol === null || symbol === document.symbol) {
      setProblem(t(symbol === null ? 'compare_badSymbol' : 'compare_sameDocument', typed.trim()));
      return;
    }
    setProblem(null);
    choose(symbol);
  };

  return (
    <div class="compare-menu-holder" ref={menu.containerRef}>
      <button
        type="button"
        class="compare-toggle"
        data-testid="compare-toggle"
        {...menu.buttonProps}
        onClick={(event) => {
          if (!open && event.isTrusted) controller.offer(document);
          menu.buttonProps.onClick(event);
        }}
      >
        {t('compare_button')}
      </button>
      {open && (
        <div {...menu.menuProps} class="compare-menu" aria-label={t('compare_menuLabel')} data-testid="compare-menu">
          {state.phase === 'finding' && <p role="status">{t('compare_finding')}</p>}
          {state.phase === 'offering' && state.candidates.length === 0 && <p>{t('compare_noCandidates')}</p>}
          {state.phase === 'offering' && state.candidates.length > 0 && (
            <ul class="compare-candidates">
              {state.candidates.map((candidate) => (
                <li key={candidate.symbol}>
                  <button
                    type="button"
                    data-testid="compare-candidate"
                    data-symbol={candidate.symbol}
                    onClick={() => choose(candidate.symbol)}
                  >
                    <span class="compare-candidate-symbol">{candidate.symbol}</span>{' '}
                    <span class="compare-candidate-role">
                      {t(candidate.role === 'previous' ? 'compare_rolePrevious' : 'compare_roleDraft')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form class="compare-typed" onSubmit={submit}>
            <label>
              {t('compare_symbolLabel')}
              <input
                ref={field}
                type="text"
                value={typed}
                spellcheck={false}
                data-testid="compare-symbol"
                onInput={(event) => setTyped(event.currentTarget.value)}
              />
            </label>
            <button type="submit">{t('compare_go')}</button>
            {problem !== null && <p role="alert">{problem}</p>}
          </form>
        </div>
      )}
    </div>
  );
}
