/**
 * One cited document in the panel: its symbol (a link opening it in the reader) or, for an act
 * without a symbol, its name and a note saying so; its title and date as they arrive; how often
 * it is cited; and previous / next buttons walking through the places that cite it.
 */
import type { UnLang } from '../../lib/citations/types';
import type { EntryFacts } from '../../lib/panel/entry-facts';
import type { PanelEntry } from '../../lib/panel/panel-model';
import { displayDate, formatCount, t, tPlural } from '../extension/i18n';
import { isModifiedClick } from '../../lib/reader/reader-actions';
import { describeForUi } from '../extension/describe-for-ui';

export interface PanelEntryProps {
  entry: PanelEntry;
  facts: EntryFacts | undefined;
  /** The occurrence jumped to last, or null. */
  at: number | null;
  /** The document's language: titles arrive in it when a source has them. */
  lang: UnLang | null;
  href: string | null;
  /** Opens a cited document; absent, the link is followed as any link (the reader's own panel). */
  open?: (href: string, event: MouseEvent) => void;
  step: (direction: 1 | -1) => void;
}

export function PanelEntryItem({ entry, facts, at, lang, href, open, step }: PanelEntryProps) {
  const count = entry.occurrences.length;
  return (
    <li class="panel-entry" data-entry={entry.key} data-panel-symbol={entry.symbol ?? undefined} data-count={count}>
      <div class="panel-entry-head">
        {href !== null && entry.symbol !== null ? (
          <a
            class="panel-symbol"
            // A symbol is Latin, even in an Arabic interface: isolated, so "S/RES/2231(2015)" keeps its parentheses.
            dir="ltr"
            href={href}
            title={t('panel_open', entry.symbol)}
            data-testid="panel-symbol"
            onClick={(event) => {
              if (open === undefined || isModifiedClick(event)) return;
              event.preventDefault();
              open(href, event);
            }}
          >
            {entry.symbol}
          </a>
        ) : (
          <span class="panel-symbol panel-symbol-none" dir="auto" data-testid="panel-symbol">
            {entry.label}
          </span>
        )}
        <span class="panel-count" data-testid="panel-count">
          <span aria-hidden="true">{t('panel_citedTimes', formatCount(count))}</span>
          <span class="visually-hidden">{tPlural('panel_citedTimesLong', count, formatCount(count))}</span>
        </span>
        <span class="panel-jump">
          <button type="button" onClick={() => step(-1)} title={t('panel_previous', entry.label)} data-testid="panel-previous">
            <span aria-hidden="true">↑</span>
            <span class="visually-hidden">{t('panel_previous', entry.label)}</span>
          </button>
          <button type="button" onClick={() => step(1)} title={t('panel_next', entry.label)} data-testid="panel-next">
            <span aria-hidden="true">↓</span>
            <span class="visually-hidden">{t('panel_next', entry.label)}</span>
          </button>
        </span>
      </div>
      {entry.symbol === null ? (
        <p class="panel-facts panel-facts-quiet">
          {/* The citation as the document writes it, in the document's language; the note in the interface's. */}
          <bdi lang={lang ?? undefined}>{entry.texts[0]}</bdi> · {t('panel_noSymbolNote')}
        </p>
      ) : (
        <EntryFactsLine facts={facts} showTitle={true} symbol={entry.symbol} />
      )}
      {at !== null && (
        <p class="panel-position" data-testid="panel-position">
          {t('panel_position', [formatCount(at + 1), formatCount(count)])}
        </p>
      )}
    </li>
  );
}

/**
 * The title and date, or what is happening instead (looking up, offline, nothing found); with
 * `symbol`, an entry nothing is known about says what its symbol tells ("Security Council
 * resolution of 2016") before why there is no more.
 */
export function EntryFactsLine({ facts, showTitle, symbol }: { facts: EntryFacts | undefined; showTitle: boolean; symbol?: string }) {
  if (facts === undefined)
    return (
      <p class="panel-facts panel-facts-quiet" aria-hidden="true">
        &nbsp;
      </p>
    );
  const title = showTitle ? facts.title : undefined;
  const date = facts.date !== undefined ? displayDate(facts.date) : undefined;
  if (title === undefined && date === undefined) {
    const state = showTitle || facts.state === 'loading' ? stateText(facts.state) : '';
    return (
      <p class="panel-facts panel-facts-quiet" data-testid="panel-facts" data-state={facts.state}>
        {symbol !== undefined && facts.state !== 'loading' ? (
          <>
            <span data-testid="panel-description">{describeForUi(symbol)}</span>
            {state !== '' && ` · ${state}`}
          </>
        ) : (
          state
        )}
      </p>
    );
  }
  return (
    <p class="panel-facts" data-testid="panel-facts" data-state={facts.state}>
      {title !== undefined && (
        <span class="panel-title" dir="auto" data-testid="panel-title">
          {title}
        </span>
      )}
      {date !== undefined && (
        <time class="panel-date" dateTime={facts.date}>
          {date}
        </time>
      )}
    </p>
  );
}

function stateText(state: EntryFacts['state']): string {
  switch (state) {
    case 'loading':
      return t('panel_loading');
    case 'offline':
      return t('panel_offline');
    case 'not-found':
    case 'not-published':
    case 'found':
      return t('panel_noTitle');
    default:
      return t('panel_unavailable');
  }
}
