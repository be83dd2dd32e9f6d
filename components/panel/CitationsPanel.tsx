/**
 * The citation panel's view: the document's own facts at the top, a filter box, then what it
 * cites, grouped by body (a heading with counts per group), each entry with its symbol (a link
 * that opens it in the reader), its title and date as they arrive, how often it is cited, and
 * previous / next controls that take the reader to each place citing it. The same view serves the
 * reader's panel and the browser's side panel; they differ only in the props passed.
 *
 * Every string from the network (titles) is rendered as text by Preact.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { GroupKey, PanelGroup } from '../../lib/panel/panel-model';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import { formatCount, t, tPlural, type MessageKey } from '../extension/i18n';
import type { PanelController, PanelSnapshot } from '../../lib/panel/panel-controller';
import { EntryFactsLine, PanelEntryItem } from './PanelEntry';
import { useWantWhenVisible } from './use-want-when-visible';
import { useStoreState } from '../use-store-state';

export interface CitationsPanelProps {
  controller: PanelController;
  /** Opens a cited document in the side panel's tab; absent (in the reader), links are followed as links. */
  open?: (href: string, event: MouseEvent) => void;
  /** Present where the panel can be closed (the reader's panel; the side panel has the browser's). */
  onClose?: () => void;
  /** Focus the filter box when shown (opened from the button or the shortcut). */
  autoFocus?: boolean;
}

const GROUP_NAMES: Record<GroupKey, MessageKey> = {
  GA: 'panel_group_GA',
  SC: 'panel_group_SC',
  ECOSOC: 'panel_group_ECOSOC',
  HRC: 'panel_group_HRC',
  other: 'panel_group_otherBodies',
  'no-symbol': 'panel_group_noSymbol',
};

export function CitationsPanel({ controller, open, onClose, autoFocus = false }: CitationsPanelProps) {
  const snapshot = useStoreState(controller);
  const { document: doc, model, filtered } = snapshot;
  const listRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  useWantWhenVisible(listRef, controller);
  useEffect(() => {
    if (autoFocus) filterRef.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (doc.symbol !== null) controller.want(doc.symbol);
  }, [controller, doc.symbol]);
  const hrefOf = (symbol: string) => (doc.lang !== null ? buildReaderAddress({ symbol, lang: doc.lang }) : buildReaderAddress({ symbol }));
  const own = doc.symbol !== null ? snapshot.facts.get(doc.symbol) : undefined;

  return (
    <section
      class="citations-panel"
      data-resolute="citations"
      aria-labelledby="citations-panel-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose !== undefined) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div class="panel-top">
        <h2 id="citations-panel-heading">{t('panel_heading')}</h2>
        {onClose !== undefined && (
          <button type="button" class="panel-close" onClick={onClose} title={t('panel_close')} data-testid="panel-close">
            <span aria-hidden="true">×</span>
            <span class="visually-hidden">{t('panel_close')}</span>
          </button>
        )}
      </div>
      {doc.symbol !== null && (
        <div class="panel-own" data-testid="panel-own" data-symbol={doc.symbol}>
          <h3>{t('panel_thisDocument')}</h3>
          <p class="panel-own-symbol" lang={doc.lang ?? undefined}>
            <strong dir="ltr">{doc.symbol}</strong>
          </p>
          <p class="panel-own-title" lang={doc.lang ?? undefined}>
            {own?.title ?? doc.title ?? ''}
          </p>
          <EntryFactsLine facts={own} showTitle={false} />
        </div>
      )}
      <label class="panel-filter">
        <span class="visually-hidden">{t('panel_filterLabel')}</span>
        <input
          ref={filterRef}
          type="search"
          value={snapshot.query}
          placeholder={t('panel_filterPlaceholder')}
          data-testid="panel-filter"
          onInput={(event) => controller.setQuery(event.currentTarget.value)}
        />
      </label>
      <p class="panel-summary" role="status" aria-live="polite" data-testid="panel-summary">
        {snapshot.query.trim() === ''
          ? t('panel_summary', [formatCount(model.entryCount), formatCount(model.citationCount)])
          : tPlural('panel_filteredSummary', model.entryCount, [formatCount(filtered.entryCount), formatCount(model.entryCount)])}
        {doc.scanning && doc.pageCount > 0 && (
          <span class="panel-scanning"> {t('panel_scanning', [formatCount(doc.pagesScanned), formatCount(doc.pageCount)])}</span>
        )}
      </p>
      <div class="panel-list" ref={listRef} data-testid="panel-list">
        {filtered.groups.length === 0 && !doc.scanning && (
          <p class="panel-empty">{model.entryCount === 0 ? t('panel_empty') : t('panel_noMatch')}</p>
        )}
        {filtered.groups.map((group) => (
          <Group key={group.key} group={group} snapshot={snapshot} controller={controller} hrefOf={hrefOf} open={open} />
        ))}
      </div>
    </section>
  );
}

interface GroupProps {
  group: PanelGroup;
  snapshot: PanelSnapshot;
  controller: PanelController;
  hrefOf: (symbol: string) => string;
  open: CitationsPanelProps['open'];
}

function Group({ group, snapshot, controller, hrefOf, open }: GroupProps) {
  const headingId = `panel-group-${group.key}`;
  return (
    <section class="panel-group" data-group={group.key} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(GROUP_NAMES[group.key])}
        <span class="panel-group-count" data-testid="panel-group-count">
          {t('panel_groupCount', [
            tPlural('panel_groupDocuments', group.entries.length, formatCount(group.entries.length)),
            tPlural('panel_groupCitations', group.citationCount, formatCount(group.citationCount)),
          ])}
        </span>
      </h3>
      <ul>
        {group.entries.map((entry) => (
          <PanelEntryItem
            key={entry.key}
            entry={entry}
            facts={entry.symbol !== null ? snapshot.facts.get(entry.symbol) : undefined}
            at={snapshot.cursor.get(entry.key) ?? null}
            lang={snapshot.document.lang}
            href={entry.symbol !== null ? hrefOf(entry.symbol) : null}
            open={open}
            step={(direction) => controller.step(entry, direction)}
          />
        ))}
      </ul>
    </section>
  );
}
