/**
 * The citation popover's card (ADR 0009): what the cited document is, drawn from a metadata
 * answer. Everything from the network is rendered as text (Preact text nodes). Below it, the
 * reader's own notes on the document (ADR 0014), when there are any: how many, the first few, and
 * a link to them on the notes page.
 */
import { useState } from 'preact/hooks';
import type { Body, UnLang } from '../../lib/citations/types';
import { cardFacts } from '../../lib/metadata/card-facts';
import type { CitingContext } from '../../lib/metadata/citing-context';
import type { MetadataAnswer } from '../../lib/metadata/resolve-metadata';
import type { DocumentMetadata, LookupFailureKind } from '../../lib/metadata/types';
import {
  cardState,
  citationNumber,
  creditedSource,
  libraryLink,
  librarySearch,
  readerLinks,
  SUMMARY_PREVIEW,
  voteView,
} from '../../lib/popover/card-content';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import type { Note } from '../../lib/notes/types';
import { displayDate, formatCount, t, tPlural, type MessageKey } from '../extension/i18n';
import { excerpt, notesPageAddress, quoteOf } from '../../lib/notes/notes-ui-format';
import { describeForUi } from '../extension/describe-for-ui';
import { ActText, CitingText } from './CitingText';
import { CopyCitation } from '../controls/CopyCitation';

/**
 * What the card is about: a symbol (with what the citing text says around it, when the surface
 * knows), or a citation without one (its words, body and kind; `lookup` names the catalogue entry
 * of a General Assembly decision, filed as `A/DEC/78/548`).
 */
export type CardSubject =
  { symbol: string; lang: UnLang; citing?: CitingContext } | { symbol: null; text: string; body: Body; kind: string; lookup?: string };

export interface PopoverCardProps {
  subject: CardSubject;
  answer?: MetadataAnswer;
  /** Turns a reader address (`reader.html?…`) into a URL this page can open. */
  readerUrl: (address: string) => string;
  onClose: () => void;
  id: string;
  /** The reader's notes on the document (all its language versions); absent or empty: no section. */
  notes?: readonly Note[];
}

/** How many notes the card lists before "see them in your notes". */
export const NOTES_PREVIEW = 3;

const FAILURE_KEYS: Record<LookupFailureKind, MessageKey> = {
  offline: 'popover_offline',
  'not-found': 'popover_notFound',
  'not-published': 'popover_notPublished',
  challenge: 'popover_challenge',
  throttled: 'popover_throttled',
  error: 'popover_error',
};

export function bodyName(body: Body): string {
  return t(`popover_body_${body.replace(/-/g, '_')}` as MessageKey);
}

export function PopoverCard({ subject, answer, readerUrl, onClose, id, notes }: PopoverCardProps) {
  const label = subject.symbol === null ? t('popover_labelNoSymbol') : t('popover_label', subject.symbol);
  return (
    <div class="card" role="dialog" aria-label={label} id={id} data-resolute="popover" data-symbol={subject.symbol ?? ''} tabIndex={-1}>
      <button type="button" class="close" aria-label={t('popover_close')} title={t('popover_close')} onClick={onClose}>
        ×
      </button>
      {subject.symbol === null ? (
        <NoSymbol subject={subject} answer={answer} />
      ) : (
        <AboutSymbol
          symbol={subject.symbol}
          lang={subject.lang}
          citing={subject.citing}
          answer={answer}
          readerUrl={readerUrl}
          notes={notes}
        />
      )}
      <p class="keys" data-part="keys">
        {t('popover_keyboardHint')}
      </p>
    </div>
  );
}

function NoSymbol({ subject, answer }: { subject: Extract<CardSubject, { symbol: null }>; answer?: MetadataAnswer | undefined }) {
  const key =
    subject.kind === 'resolution'
      ? 'popover_noSymbol_resolution'
      : subject.kind === 'decision'
        ? 'popover_noSymbol_decision'
        : 'popover_noSymbol_act';
  const number = citationNumber(subject.text) ?? subject.text;
  const state = subject.lookup === undefined ? undefined : cardState(answer);
  return (
    <>
      <p class="what" data-part="no-symbol">
        {t(key, [number, bodyName(subject.body)])}
      </p>
      {state?.kind === 'loading' && (
        <p class="state" data-state="loading" role="status">
          {t('popover_loading')}
        </p>
      )}
      {state?.kind === 'found' && (
        <>
          <p class="title" data-part="title">
            {state.metadata.title ?? t('popover_untitled')}
          </p>
          {state.metadata.date !== undefined && (
            <p class="facts" data-part="facts">
              {displayDate(state.metadata.date)}
            </p>
          )}
          {state.metadata.text !== undefined && <ActText text={state.metadata.text} />}
          <p class="source" data-part="source">
            {t('popover_sourceCatalogue')}
          </p>
        </>
      )}
      <div class="actions">
        <a href={librarySearch(`${subject.text}`)} target="_blank" rel="noopener noreferrer" data-action="library-search">
          {t('popover_librarySearch')}
        </a>
      </div>
    </>
  );
}

interface AboutSymbolProps {
  symbol: string;
  lang: UnLang;
  citing?: CitingContext | undefined;
  answer?: MetadataAnswer | undefined;
  readerUrl: (a: string) => string;
  notes?: readonly Note[] | undefined;
}

function AboutSymbol({ symbol, lang, citing, answer, readerUrl, notes }: AboutSymbolProps) {
  const state = cardState(answer);
  const here = readerUrl(buildReaderAddress({ symbol, lang }));
  const facts = cardFacts(symbol, answer, { describe: describeForUi, ...(citing !== undefined ? { citing } : {}) });
  return (
    <>
      <p class="symbol" data-part="symbol">
        <bdi>{symbol}</bdi>
      </p>
      <p class="description" data-part="description">
        {facts.description}
      </p>
      {state.kind === 'loading' && (
        <p class="state" data-state="loading" role="status">
          {t('popover_loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="state" data-state={state.failure} role="status">
          {t(FAILURE_KEYS[state.failure])}
        </p>
      )}
      {state.kind === 'found' && <Found metadata={state.metadata} lang={lang} stale={state.stale} loadingMore={state.loadingMore} />}
      {facts.title === null && facts.citing !== undefined && (
        <CitingText citing={facts.citing} dateFromCiting={facts.sources.date === 'citing-text' ? facts.date : null} />
      )}
      {notes !== undefined && notes.length > 0 && <YourNotes notes={notes} href={readerUrl(notesPageAddress(`symbol:${symbol}`))} />}
      <div class="actions">
        <a href={here} data-action="open-reader">
          {t('popover_openReader')}
        </a>
        <a href={here} target="_blank" rel="noopener" data-action="open-tab">
          {t('popover_openNewTab')}
        </a>
        <a
          href={libraryLink({
            symbol,
            ...(state.kind === 'found' && state.metadata.undlId !== undefined ? { undlId: state.metadata.undlId } : {}),
          })}
          target="_blank"
          rel="noopener noreferrer"
          data-action="library"
        >
          {state.kind === 'found' && state.metadata.undlId !== undefined ? t('popover_libraryRecord') : t('popover_librarySearch')}
        </a>
        {/* The line takes the date of adoption the card shows (a source's, else the citing text's). */}
        <CopyCitation cited={{ symbol, lang, date: () => Promise.resolve(facts.date ?? undefined) }} hook="card-copy" buttonClass="" />
      </div>
      <nav class="langs" aria-label={t('popover_languagesLabel')}>
        {readerLinks(symbol).map(({ lang: other, href }) => (
          // The name starts with the visible code ("EN"), so that speech input users can say what they see.
          <a
            key={other}
            href={readerUrl(href)}
            hreflang={other}
            aria-label={`${other.toUpperCase()}: ${t('popover_languageLink', t(`reader_lang_${other}`))}`}
            aria-current={other === lang ? 'true' : undefined}
          >
            {other.toUpperCase()}
          </a>
        ))}
      </nav>
    </>
  );
}

function Found({ metadata, lang, stale, loadingMore }: { metadata: DocumentMetadata; lang: UnLang; stale: boolean; loadingMore: boolean }) {
  const source = creditedSource(metadata);
  const facts = [
    metadata.body !== undefined ? bodyName(metadata.body) : undefined,
    metadata.date !== undefined ? displayDate(metadata.date) : undefined,
  ].filter((x) => x !== undefined);
  // A title in another language than the reader's (the catalogue's English one): say so, while no source has theirs.
  const otherLanguage = metadata.title !== undefined && metadata.titleLang !== undefined && metadata.titleLang !== lang;
  return (
    <>
      <p class="title" data-part="title" lang={titleLang(metadata, lang)}>
        {metadata.title ?? t('popover_untitled')}
      </p>
      {otherLanguage && (
        <p class="caveat" data-part="title-language">
          {metadata.titleLang === 'en' ? t('popover_titleInEnglish') : t('popover_titleInOtherLanguage')}
        </p>
      )}
      {metadata.text !== undefined && <ActText text={metadata.text} />}
      {facts.length > 0 && (
        <p class="facts" data-part="facts">
          {facts.join(' · ')}
        </p>
      )}
      <VoteLine metadata={metadata} />
      {metadata.summary !== undefined && metadata.summary.length > 0 && <Summary paragraphs={metadata.summary} />}
      <p class="source" data-part="source">
        {source === 'opened'
          ? t('popover_sourceOpened')
          : source === 'catalogue'
            ? t('popover_sourceCatalogue')
            : source === 'library'
              ? t('popover_sourceLibrary')
              : source === 'document'
                ? t('popover_sourceDocument')
                : ''}
        {stale ? ` · ${t('popover_stale')}` : ''}
        {loadingMore ? ` · ${t('popover_loadingMore')}` : ''}
      </p>
    </>
  );
}

/** The language the title is written in, when a source said so (the catalogue may give another language's title). */
function titleLang(metadata: DocumentMetadata, lang: UnLang): string | undefined {
  if (metadata.title === undefined) return undefined;
  if (metadata.titles?.[lang] === metadata.title) return lang;
  return Object.entries(metadata.titles ?? {}).find(([, title]) => title === metadata.title)?.[0];
}

function VoteLine({ metadata }: { metadata: DocumentMetadata }) {
  const vote = voteView(metadata);
  if (vote.kind === 'none') return null;
  if (vote.kind === 'without-vote') {
    return (
      <p class="vote" data-part="vote" data-vote="without-vote">
        {t('popover_withoutVote')}
      </p>
    );
  }
  const pct = (share: number) => `${(share * 100).toFixed(2)}%`;
  return (
    <div class="vote" data-part="vote" data-vote={`${vote.yes}-${vote.no}-${vote.abstain}`}>
      <p>{t('popover_votes', [formatCount(vote.yes), formatCount(vote.no), formatCount(vote.abstain)])}</p>
      <div class="bar" aria-hidden="true">
        <span class="yes" style={{ width: pct(vote.shares.yes) }} title={t('popover_voteYes')} />
        <span class="no" style={{ width: pct(vote.shares.no) }} title={t('popover_voteNo')} />
        <span class="abstain" style={{ width: pct(vote.shares.abstain) }} title={t('popover_voteAbstain')} />
      </div>
      {vote.mayBeWithoutVote && <p class="caveat">{t('popover_mayBeWithoutVote')}</p>}
    </div>
  );
}

function Summary({ paragraphs }: { paragraphs: { number: string; opening: string }[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? paragraphs : paragraphs.slice(0, SUMMARY_PREVIEW);
  return (
    <section class="summary" data-part="summary" aria-label={t('popover_summaryHeading')}>
      <p class="heading">{t('popover_summaryHeading')}</p>
      <ol>
        {shown.map((p) => (
          <li key={p.number}>
            <span class="n">{p.number}.</span> {p.opening}
          </li>
        ))}
      </ol>
      {paragraphs.length > SUMMARY_PREVIEW && (
        <button type="button" class="more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('popover_summaryLess') : tPlural('popover_summaryMore', paragraphs.length, formatCount(paragraphs.length))}
        </button>
      )}
    </section>
  );
}

/** The reader's notes on the cited document: the count, the latest few (as text), the way to all. */
function YourNotes({ notes, href }: { notes: readonly Note[]; href: string }) {
  const latest = [...notes].sort((a, b) => b.updated.localeCompare(a.updated)).slice(0, NOTES_PREVIEW);
  return (
    <section class="notes" data-part="notes" aria-label={t('notes_popoverHeading', formatCount(notes.length))}>
      <p class="heading">{t('notes_popoverHeading', formatCount(notes.length))}</p>
      <ul>
        {latest.map((note) => (
          <li key={note.id} data-note-id={note.id} data-colour={note.colour}>
            {note.text.trim() !== '' ? excerpt(note.text, 140) : `“${excerpt(quoteOf(note)?.exact ?? '', 100)}”`}
          </li>
        ))}
      </ul>
      <a href={href} target="_blank" rel="noopener" data-action="notes-page">
        {t('notes_popoverOpen')}
      </a>
    </section>
  );
}
