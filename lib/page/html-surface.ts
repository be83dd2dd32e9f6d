/**
 * The web page as a reading surface (lib/surface/surface.ts): blocks are the page's paragraphs,
 * list items, cells… (dom-rules.ts), handed out first for what is on or near the screen (within
 * a frame or two), then the rest in idle time, then again whenever the page changes them
 * (batched MutationObserver). Every change made through it is recorded (page-changes.ts) and
 * `restore()` takes all of it back.
 *
 * Wrappers: `citationElement`'s `<a>`; but text already inside a link gets a `<span>` with the
 * same data attributes (no link inside a link: the page's link keeps working). The page's own
 * links to UN document sites get `data-symbol` (from their address) and the citation class, so
 * they show the popover too.
 */
import type { UnLang } from '../citations/types';
import { CITATION_CLASS, citationElement } from '../surface/citation-element';
import { highlightElement } from '../surface/highlight-element';
import type { BlockListener, CitationMark, HighlightMark, ReadingSurface, TextRange } from '../surface/surface';
import { readBlockText } from './block-text';
import { blockWalker, type BlockWalker } from './block-walker';
import { enclosingLink, linkSymbol, MARKED_LINK_ATTRIBUTE, spanInsideLink } from './document-links';
import { isInsideSkipped } from './dom-rules';
import { collectChangedBlocks, type MutationRecordLike } from './mutation-batch';
import { pageBlock, type PageBlock } from './page-block';
import { pageChanges } from './page-changes';
import { blockLangOf } from './page-context';
import { createWorkQueue, type SchedulerClock, type WorkQueue } from './work-queue';

export interface MutationObserverLike {
  observe(target: Node, options: MutationObserverInit): void;
  takeRecords(): MutationRecordLike[];
  disconnect(): void;
}

export interface HtmlSurfaceOptions {
  doc: Document;
  /** The page's address (relative links, the page's language). */
  url: string;
  /** The language of blocks with no `lang` of their own. */
  pageLang: UnLang | undefined;
  clock: SchedulerClock;
  /** Whether an element is on or near the first screen (the glue measures; tests decide). */
  nearViewport(element: Element): boolean;
  /** The window's MutationObserver (omitted: the page's later changes are not followed). */
  observe?: (callback: (records: MutationRecordLike[]) => void) => MutationObserverLike;
  budgetMs?: number;
  /** Quiet time after a storm of mutations before the one rescan. */
  settleMs?: number;
  /** A batch above either bound is a storm: one rescan of the page once it settles. */
  stormRecords?: number;
  stormBlocks?: number;
  /**
   * Reads a block off the first screen ahead of linking it (the engine, no DOM change): its
   * wrappers are then put in with others in one batch, so a big page is laid out and painted
   * again once per batch instead of once per block.
   */
  prepare?: (element: Element, text: string, lang: UnLang | undefined) => void;
  /** Told when the first pass over the whole page is done. */
  onFirstPass?: () => void;
  onError?: (error: unknown) => void;
}

export interface HtmlPageSurface extends ReadingSurface {
  /** Takes back every change the surface made (call after aborting `watch`'s signal). */
  restore(): void;
}

/** After this many blocks in a row off the first screen, the rest of the walk waits for idle time. */
const OFF_SCREEN_RUN = 40;
/** Blocks measured together (one layout) on the first screen. */
const MEASURE_BATCH = 32;
/**
 * Blocks read off-screen before their wrappers go in together. Each change to a page costs a
 * render whose time grows with the page (about 40 ms on a 5 MB page, whatever the change).
 */
const WRITE_BATCH = 1000;

export function htmlPageSurface(options: HtmlSurfaceOptions): HtmlPageSurface {
  const { doc, clock } = options;
  const changes = pageChanges();
  /** The text each block had when last handed out: unchanged blocks are not read twice. */
  const handedText = new WeakMap<Element, string>();
  let nextKey = 1;
  /** Wrappers made while a block is being linked (wrapperFor runs inside onBlock). */
  let collecting: Element[] | null = null;
  let observer: MutationObserverLike | null = null;

  const surface: HtmlPageSurface = {
    watch(onBlock: BlockListener, signal: AbortSignal) {
      if (signal.aborted) return;
      let firstPassDone = false;
      let walking = 0;
      const queue: WorkQueue = createWorkQueue(clock, {
        ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
        ...(options.onError ? { onError: options.onError } : {}),
        onDrained: () => {
          if (!firstPassDone && walking === 0) {
            firstPassDone = true;
            options.onFirstPass?.();
          }
        },
      });

      /** Our own DOM changes: the page's pending records are handled first, ours dropped after. */
      const ownChange = (change: () => void) => {
        if (observer !== null) {
          const pending = observer.takeRecords();
          if (pending.length > 0) onRecords(pending);
        }
        try {
          change();
        } finally {
          observer?.takeRecords();
        }
      };

      const handOut = (element: Element) => {
        if (signal.aborted || !element.isConnected || isInsideSkipped(element)) return;
        const read = readBlockText(element);
        if (handedText.get(element) === read.text) return;
        if (read.text.trim() === '' && !handedText.has(element)) return;
        ownChange(() => {
          // Its old wrappers go first: the text is read again without them.
          const current = changes.undoBlock(element) ? readBlockText(element) : read;
          handedText.set(element, current.text);
          markDocumentLinks(current.pieces.map((p) => p.node));
          if (current.text.trim() === '') return;
          const block: PageBlock = pageBlock(element, `h${nextKey++}`, blockLangOf(element, options.pageLang), current);
          const before = new Set(current.pieces.map((p) => p.node));
          collecting = [];
          try {
            onBlock(block);
          } finally {
            changes.recordWrappers(element, collecting, before);
            collecting = null;
          }
        });
      };

      const markDocumentLinks = (nodes: readonly Text[]) => {
        const seen = new Set<Element>();
        for (const node of nodes) {
          const link = enclosingLink(node);
          if (link === null || seen.has(link) || changes.isWrapper(link)) continue;
          seen.add(link);
          const symbol = linkSymbol(link, options.url);
          if (symbol === null) continue;
          changes.rememberLink(link);
          link.classList.add(CITATION_CLASS);
          link.setAttribute('data-symbol', symbol);
          link.setAttribute(MARKED_LINK_ATTRIBUTE, '1');
        }
      };

      /** Blocks read ahead (prepared), waiting for their batch to be linked. */
      let pendingWrites: Element[] = [];
      const flushWrites = () => {
        const batch = pendingWrites;
        pendingWrites = [];
        // Back to back in the queue: they run in the same burst, so the page renders once for them.
        for (const element of batch) queue.push(() => handOut(element));
      };
      /** Reads an off-screen block now; its wrappers go in with the next batch. */
      const readAhead = (element: Element) => {
        if (signal.aborted || !element.isConnected) return;
        if (options.prepare !== undefined) {
          const { text } = readBlockText(element);
          if (handedText.get(element) === text || text.trim() === '') return;
          options.prepare(element, text, blockLangOf(element, options.pageLang));
        }
        pendingWrites.push(element);
        if (pendingWrites.length >= WRITE_BATCH) flushWrites();
      };

      /**
       * Walks `root`'s blocks: those near the screen now (in animation frames), the rest in idle
       * time. Blocks are measured a batch at a time before any is linked, so one layout serves
       * the batch (measuring after each wrap would lay out the whole page again each time); once
       * the walk is past the first screen nothing is measured any more.
       */
      const walk = (root: Element, urgentFirst: boolean) => {
        const walker: BlockWalker = blockWalker(root);
        let offScreenRun = urgentFirst ? 0 : OFF_SCREEN_RUN;
        walking++;
        const finish = () => {
          walking--;
          flushWrites();
        };
        const firstScreenStep = () => {
          if (signal.aborted) return;
          const batch: Element[] = [];
          while (batch.length < MEASURE_BATCH) {
            const element = walker.next();
            if (element === null) break;
            batch.push(element);
          }
          const near = batch.map((element) => options.nearViewport(element));
          batch.forEach((element, i) => {
            if (near[i]) {
              offScreenRun = 0;
              handOut(element);
            } else {
              offScreenRun++;
              queue.push(() => readAhead(element));
            }
          });
          if (batch.length < MEASURE_BATCH) finish();
          else if (offScreenRun < OFF_SCREEN_RUN) queue.pushUrgent(firstScreenStep);
          else queue.push(idleStep);
        };
        const idleStep = () => {
          if (signal.aborted) return;
          const element = walker.next();
          if (element === null) return finish();
          readAhead(element);
          queue.push(idleStep);
        };
        if (offScreenRun < OFF_SCREEN_RUN) queue.pushUrgent(firstScreenStep);
        else queue.push(idleStep);
      };

      // A storm of changes: wait for quiet, then one rescan of the page (unchanged blocks are skipped).
      let cancelSettle: (() => void) | null = null;
      const storm = () => {
        cancelSettle?.();
        cancelSettle = clock.after(options.settleMs ?? 300, () => {
          cancelSettle = null;
          if (!signal.aborted && doc.body !== null) walk(doc.body, false);
        });
      };

      const onRecords = (records: MutationRecordLike[]) => {
        if (signal.aborted) return;
        if (cancelSettle !== null || records.length > (options.stormRecords ?? 500)) {
          storm();
          return;
        }
        const changed = collectChangedBlocks(records);
        if (changed.blocks.size + changed.subtrees.size > (options.stormBlocks ?? 200)) {
          storm();
          return;
        }
        for (const element of changed.blocks) {
          if (options.nearViewport(element)) queue.pushUrgent(() => handOut(element));
          else queue.push(() => handOut(element));
        }
        for (const root of changed.subtrees) walk(root, true);
      };

      if (options.observe !== undefined && doc.body !== null) {
        observer = options.observe(onRecords);
        observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      }
      if (doc.body !== null) walk(doc.body, true);
      else queue.push(() => undefined);

      signal.addEventListener('abort', () => {
        queue.destroy();
        cancelSettle?.();
        observer?.disconnect();
        observer = null;
      });
    },

    wrapperFor(range: TextRange, mark: CitationMark, part: number): Element {
      const link = enclosingLink(range.node);
      const wrapper = link === null ? citationElement(doc, mark, part) : spanInsideLink(doc, mark);
      collecting?.push(wrapper);
      return wrapper;
    },

    highlightWrapperFor(range: TextRange, mark: HighlightMark, part: number): Element {
      return highlightElement(range.node.ownerDocument, mark, part);
    },

    restore() {
      observer?.disconnect();
      observer = null;
      changes.undoAll();
    },
  };
  return surface;
}
