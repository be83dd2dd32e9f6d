/**
 * Two card sections that quote text rather than records: what the citing text says around the
 * citation (ADR 0025), and an act's own text (a General Assembly decision).
 */
import type { CitingContext } from '../../lib/metadata/citing-context';
import { displayDate, t } from '../extension/i18n';

/**
 * What the citing text says about the document, set apart and labelled as such: its words around
 * the citation (the citation itself in bold) and the date they give.
 */
export function CitingText({ citing, dateFromCiting }: { citing: CitingContext; dateFromCiting: string | null }) {
  const { quote, citation } = citing;
  return (
    <section class="citing" data-part="citing" aria-label={t('popover_fromCitingText')}>
      <p class="heading">{t('popover_fromCitingText')}</p>
      {/* The document's words, in its own direction (a Russian quote in an Arabic card reads left to right). */}
      <blockquote dir="auto">
        {quote.slice(0, citation.start)}
        <strong>{quote.slice(citation.start, citation.end)}</strong>
        {quote.slice(citation.end)}
      </blockquote>
      {dateFromCiting !== null && (
        <p class="citing-date" data-part="citing-date">
          {t('popover_dateFromCitingText', displayDate(dateFromCiting))}
        </p>
      )}
    </section>
  );
}

/** An act's own text (a General Assembly decision), its start when long. */
export function ActText({ text }: { text: string }) {
  return (
    <section class="act-text" data-part="text" aria-label={t('popover_decisionText')}>
      <p class="heading">{t('popover_decisionText')}</p>
      <p>{text}</p>
    </section>
  );
}
