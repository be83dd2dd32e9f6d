/**
 * Attaches the citation popover to every citation under a root, through the surfaces' shared
 * citation elements (`lib/surface/citation-element.ts`: `<a data-symbol>` and
 * `<span data-citation-body>`), so the PDF reader and, later, HTML pages get the same popover.
 * Events are delegated to the root; one card at most lives in one shadow root; everything it
 * listens to is removed when `signal` aborts.
 */
import type { Body, UnLang } from '../../lib/citations/types';
import type { CitingContext } from '../../lib/metadata/citing-context';
import type { MetadataAnswer } from '../../lib/metadata/resolve-metadata';
import type { Note } from '../../lib/notes/types';
import { createHoverIntent, type HoverIntentOptions } from '../../lib/popover/hover-intent';
import { placeCard } from '../../lib/popover/placement';
import { catalogueKey } from '../../lib/popover/card-content';
import { CITATION_CLASS, isOwnCitationElement } from '../../lib/surface/citation-element';
import { extensionUrl } from '../extension/extension-url';
import { mountShadowHost } from '../shadow-host';
import { applyInterfaceLanguage, t, uiDir } from '../extension/i18n';
import type { MetadataClient } from '../../lib/metadata/metadata-client-types';
import { PopoverCard, type CardSubject } from './PopoverCard';
import { POPOVER_CSS } from './popover-style';

export interface PopoverOptions {
  /** The language the reader reads in (titles, and which PDF to read). */
  lang: () => UnLang;
  client: MetadataClient;
  signal: AbortSignal;
  /** Turns a reader address into a URL (default: the extension's reader page). */
  readerUrl?: (address: string) => string;
  /**
   * The reader's own notes (ADR 0014): with it, the card lists the notes on the cited document
   * (the notes store's `forDocument`, or a port client's). Absent, the card has no notes section.
   */
  notes?: { forDocument(docKey: string): Promise<Note[]> };
  /**
   * What the citing text says around a citation (the surface knows the text it was found in):
   * the card shows it, marked as the citing text's, when no source has a title.
   */
  citingText?: (citation: HTMLElement) => CitingContext | undefined;
  /** Test and bench override of the hover delays. */
  delays?: { openDelayMs?: number; graceMs?: number };
}

const CARD_ID = 'resolute-popover-card';
const HINT_ID = 'resolute-popover-hint';

/** The first element of the citation `el` belongs to: the one with the name and the focus. */
function citationAt(target: EventTarget | null, root: Element): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const part = target.closest<HTMLElement>(`.${CITATION_CLASS}`);
  // Only citations Resolute made: a page's look-alike (same class, same data-) is not one.
  if (part === null || !isOwnCitationElement(part) || !root.contains(part)) return null;
  const id = part.dataset.citationId;
  if (id === undefined) return part;
  const first = [...root.querySelectorAll<HTMLElement>(`[data-citation-id="${CSS.escape(id)}"]`)].find(isOwnCitationElement);
  return first ?? part;
}

/**
 * A page link that holds a citation (HTML pages wrap a citation inside an existing link in a
 * span, never a second link): focusing the link opens that citation's card.
 */
function citationInsideLink(target: EventTarget | null, root: Element): HTMLElement | null {
  if (!(target instanceof Element) || !target.matches('a[href]')) return null;
  return citationAt(target.querySelector(`.${CITATION_CLASS}`), root);
}

function subjectOf(citation: HTMLElement, root: Element, lang: UnLang, citingText: PopoverOptions['citingText']): CardSubject {
  const symbol = citation.dataset.symbol;
  if (symbol !== undefined && symbol !== '') {
    const citing = citingText?.(citation);
    return citing === undefined ? { symbol, lang } : { symbol, lang, citing };
  }
  const id = citation.dataset.citationId;
  const parts = id === undefined ? [citation] : [...root.querySelectorAll<HTMLElement>(`[data-citation-id="${CSS.escape(id)}"]`)];
  const subject: CardSubject = {
    symbol: null,
    text: parts
      .map((p) => p.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    body: (citation.dataset.citationBody ?? 'OTHER-UN') as Body,
    kind: citation.dataset.citationKind ?? '',
  };
  const lookup = catalogueKey(subject);
  return lookup === undefined ? subject : { ...subject, lookup };
}

/** The symbol a citation element is looked up by: its own, or its catalogue entry. */
function lookupSymbolOf(citation: HTMLElement, root: Element): string | undefined {
  const symbol = citation.dataset.symbol;
  if (symbol !== undefined && symbol !== '') return symbol;
  const subject = subjectOf(citation, root, 'en', undefined);
  return subject.symbol === null ? subject.lookup : undefined;
}

export function attachCitationPopovers(root: HTMLElement, options: PopoverOptions): void {
  const { signal, client } = options;
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const readerUrl = options.readerUrl ?? ((address: string) => extensionUrl(address));

  // The host lives in the light DOM; the card in its shadow root. The hint the citations point
  // to with aria-describedby stays in the light DOM, where id references resolve.
  const mounted = mountShadowHost(doc, {
    name: 'resolute-popover',
    hook: 'popover-host',
    css: POPOVER_CSS,
    containers: ['frame'],
    parent: doc.body,
  });
  const { host, shadow } = mounted;
  const frame = mounted.containers[0]!;
  // The card speaks the interface's language, whatever the page's (a French card over a Russian page).
  applyInterfaceLanguage(frame);
  frame.hidden = true;
  const hint = doc.createElement('span');
  hint.id = HINT_ID;
  hint.hidden = true;
  hint.textContent = t('popover_keyboardHint');
  doc.body.append(hint);

  const lookups = new Map<HTMLElement, { answer?: MetadataAnswer; stop: () => void }>();
  /** The reader's notes on the open card's document, once read (undefined meanwhile). */
  let openNotes: { symbol: string; notes: Note[] } | undefined;
  let open: HTMLElement | null = null;
  /** The citation focus is being given back to after Escape: that focus must not reopen the card. */
  let refocusing: HTMLElement | null = null;

  const draw = () => {
    if (open === null) return;
    const citation = open;
    const subject = subjectOf(citation, root, options.lang(), options.citingText);
    mounted.render(
      <PopoverCard
        id={CARD_ID}
        subject={subject}
        answer={lookups.get(citation)?.answer}
        readerUrl={readerUrl}
        onClose={() => intent.dismiss('escape')}
        {...(openNotes !== undefined && openNotes.symbol === subject.symbol ? { notes: openNotes.notes } : {})}
      />,
      frame,
    );
    place();
  };
  const place = () => {
    if (open === null) return;
    const anchor = open.getBoundingClientRect();
    const card = frame.getBoundingClientRect();
    const at = placeCard(anchor, card, { width: win.innerWidth, height: win.innerHeight }, uiDir());
    frame.style.left = `${at.left}px`;
    frame.style.top = `${at.top}px`;
    frame.dataset.side = at.side;
  };
  const stopLookup = (citation: HTMLElement) => {
    lookups.get(citation)?.stop();
    lookups.delete(citation);
  };

  const callbacks: HoverIntentOptions<HTMLElement> = {
    timers: { set: (fn, ms) => win.setTimeout(fn, ms), clear: (handle) => win.clearTimeout(handle as number) },
    ...options.delays,
    onIntent(citation) {
      const symbol = lookupSymbolOf(citation, root);
      if (symbol === undefined || lookups.has(citation)) return;
      const entry: { answer?: MetadataAnswer; stop: () => void } = { stop: () => undefined };
      lookups.set(citation, entry);
      entry.stop = client.lookup(symbol, options.lang(), (answer) => {
        entry.answer = answer;
        if (open === citation) draw();
      });
    },
    onAbandon: stopLookup,
    onOpen(citation) {
      open = citation;
      frame.hidden = false;
      citation.setAttribute('aria-expanded', 'true');
      draw();
      const symbol = citation.dataset.symbol;
      if (options.notes !== undefined && symbol !== undefined && symbol !== '') {
        openNotes = undefined;
        // Read on each opening: notes change in other tabs; a document's notes are few.
        options.notes.forDocument(`symbol:${symbol}`).then(
          (notes) => {
            if (open !== citation) return;
            openNotes = { symbol, notes };
            draw();
          },
          () => undefined,
        );
      }
    },
    onClose(citation, by) {
      open = null;
      openNotes = undefined;
      mounted.render(null, frame);
      frame.hidden = true;
      citation.setAttribute('aria-expanded', 'false');
      stopLookup(citation);
      // Escape (or the close button) returns focus to where the card came from.
      if (by === 'escape') {
        refocusing = citation;
        citation.focus();
        refocusing = null;
      }
    },
  };
  const intent = createHoverIntent<HTMLElement>(callbacks);

  // Citations announce the card: described by the hint, expanded while it shows.
  const prepare = (citation: HTMLElement) => {
    if (!citation.hasAttribute('aria-describedby')) citation.setAttribute('aria-describedby', HINT_ID);
    if (!citation.hasAttribute('aria-expanded')) citation.setAttribute('aria-expanded', 'false');
  };

  let lastPointer = 'mouse';
  // Only what the reader does: a page script's synthetic events (isTrusted false) open nothing.
  const on = <K extends keyof DocumentEventMap>(
    target: EventTarget,
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    capture = false,
  ) =>
    target.addEventListener(
      type,
      ((event: DocumentEventMap[K]) => {
        if (event.isTrusted) listener(event);
      }) as EventListener,
      { signal, capture },
    );

  on(root, 'pointerdown', (event) => (lastPointer = event.pointerType));
  on(root, 'pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const citation = citationAt(event.target, root);
    if (citation === null) return;
    prepare(citation);
    intent.pointerEnterCitation(citation);
  });
  on(root, 'pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const citation = citationAt(event.target, root);
    if (citation === null || citationAt(event.relatedTarget, root) === citation) return;
    intent.pointerLeaveCitation(citation);
  });
  on(root, 'focusin', (event) => {
    const citation = citationAt(event.target, root) ?? citationInsideLink(event.target, root);
    if (citation === null || citation === refocusing) return;
    prepare(citation);
    intent.focusCitation(citation);
  });
  on(root, 'focusout', (event) => {
    // Focus moving into the card keeps it; anywhere else closes it.
    if (event.relatedTarget === host || citationAt(event.relatedTarget, root) !== null) return;
    win.setTimeout(() => {
      const state = intent.state();
      if (state.phase === 'open' && state.by === 'focus' && doc.activeElement !== host && citationAt(doc.activeElement, root) === null)
        intent.dismiss('blur');
    }, 0);
  });
  on(root, 'click', (event) => {
    // A tap shows the card first; the card's "open in the reader" follows the link.
    if (lastPointer !== 'touch') return;
    const citation = citationAt(event.target, root);
    if (citation === null) return;
    event.preventDefault();
    prepare(citation);
    intent.tap(citation);
  });
  on(host, 'pointerenter', () => intent.pointerEnterCard());
  on(host, 'pointerleave', () => intent.pointerLeaveCard());
  on(host, 'focusout', (event) => {
    if (event.relatedTarget instanceof Node && (host.contains(event.relatedTarget) || shadow.contains(event.relatedTarget))) return;
    win.setTimeout(() => {
      if (doc.activeElement !== host && citationAt(doc.activeElement, root) === null && open !== null) intent.dismiss('blur');
    }, 0);
  });
  on(doc, 'keydown', (event) => {
    if (open === null) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      intent.dismiss('escape');
    } else if (event.key === 'ArrowDown' && event.altKey && citationAt(doc.activeElement, root) === open) {
      event.preventDefault();
      shadow.getElementById(CARD_ID)?.focus();
    }
  });
  on(
    win,
    'scroll',
    () => {
      if (open === null) return;
      const box = open.getBoundingClientRect();
      // Scrolled away: the card would point at nothing.
      if (box.bottom < 0 || box.top > win.innerHeight) intent.dismiss('scroll');
      else place();
    },
    true,
  );
  signal.addEventListener('abort', () => {
    intent.dismiss('destroy');
    for (const citation of [...lookups.keys()]) stopLookup(citation);
    mounted.destroy();
    hint.remove();
  });
}
