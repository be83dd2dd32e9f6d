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
import { CITATION_CLASS, citationElement, ownCitationElement } from '../surface/citation-element';
import { highlightElement } from '../surface/highlight-element';
import { wrapBlockText } from '../surface/highlight-marks';
import type { BlockListener, CitationMark, HighlightMark, ReadingSurface, TextBlock, TextRange } from '../surface/surface';
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
  /** Time for off-screen wrapping per frame (each frame after a change costs the page a render). */
  writeBudgetMs?: number;
  /** Quiet time after a storm of mutations before the one rescan. */
  settleMs?: number;
  /** A batch above either bound is a storm: one rescan of the page once it settles. */
  stormRecords?: number;
  stormBlocks?: number;
  /**
   * Reads a block off the first screen ahead of linking it (the engine, no DOM change), in idle
   * time; its wrappers go in later, a small batch per frame (work-queue.ts's write lane).
   */
  prepare?: (element: Element, text: string, lang: UnLang | undefined) => void;
  /** Told when the first pass over the whole page is done. */
  onFirstPass?: () => void;
  onError?: (error: unknown) => void;
}

export interface HtmlPageSurface extends ReadingSurface {
  /**
   * Wraps a block's text [start, end) for a reader's mark (highlight, clause number), recorded
   * like the citations (restore() and reading the block again take it out) and not taken for a
   * change of the page by the mutation observer. Returns the wrappers in text order.
   */
  wrapMarks(block: TextBlock, start: number, end: number, make: (range: TextRange, part: number) => Element): Element[];
  /** Takes out every mark wrapped in the block, exactly; its citations stay. */
  eraseMarks(block: TextBlock): void;
  /** Takes back every change the surface made (call after aborting `watch`'s signal). */
  restore(): void;
}

/** After this many blocks in a row off the first screen, the rest of the walk waits for idle time. */
const OFF_SCREEN_RUN = 40;
/**
 * Most blocks measured in one first-screen step. All are measured before any is linked: a read
 * of layout after a write in the same task would lay out the whole page again (forced layout).
 */
const MEASURE_LIMIT = 400;
/**
 * Off-screen wrapping per frame. Every frame after a DOM change costs a big page a render with a
 * floor that does not depend on the change (Chromium's pre-paint walk: 20–45 ms on a 5 MB page)
 * plus layout that does (about 0.1 ms a block); a few ms of wrapping keeps the frame near its floor.
 */
const WRITE_BUDGET_MS = 8;
/**
 * Blocks read ahead of their wrapping at most: reading runs much faster than paced wrapping, and
 * each block read ahead holds its citations until wrapped (20 MB more heap on a 5 MB page unbounded).
 */
const READ_AHEAD_LIMIT = 2000;

export function htmlPageSurface(options: HtmlSurfaceOptions): HtmlPageSurface {
  const { doc, clock } = options;
  const changes = pageChanges();
  /** The text each block had when last handed out: unchanged blocks are not read twice. */
  const handedText = new WeakMap<Element, string>();
  let nextKey = 1;
  /** Wrappers made while a block is being linked (wrapperFor runs inside onBlock). */
  let collecting: Element[] | null = null;
  let observer: MutationObserverLike | null = null;
  /** Runs one of our own DOM changes (set by `watch`: the observer's records are kept apart). */
  let asOwnChange = (change: () => void) => change();

  const surface: HtmlPageSurface = {
    watch(onBlock: BlockListener, signal: AbortSignal) {
      if (signal.aborted) return;
      let firstPassDone = false;
      let walking = 0;
      const queue: WorkQueue = createWorkQueue(clock, {
        ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
        writeBudgetMs: options.writeBudgetMs ?? WRITE_BUDGET_MS,
        ...(options.onError ? { onError: options.onError } : {}),
        onDrained: () => {
          if (!firstPassDone && walking === 0) {
            firstPassDone = true;
            options.onFirstPass?.();
          }
        },
      });

      /** Our own DOM changes: the page's pending records are handled first, ours dropped after. */
      let ownDepth = 0;
      const ownChange = (change: () => void) => {
        // A change made inside another (a block's linking) is part of it: its records go with it.
        if (ownDepth > 0) return change();
        if (observer !== null) {
          const pending = observer.takeRecords();
          if (pending.length > 0) onRecords(pending);
        }
        ownDepth++;
        try {
          change();
        } finally {
          ownDepth--;
          observer?.takeRecords();
        }
      };

      asOwnChange = ownChange;

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
          // The page's own link, which Resolute read as a citation from its address (not its class).
          ownCitationElement(link);
          link.classList.add(CITATION_CLASS);
          link.setAttribute('data-symbol', symbol);
          link.setAttribute(MARKED_LINK_ATTRIBUTE, '1');
        }
      };

      /** Reads an off-screen block now (idle time, no DOM change); its wrappers go in at a later frame. */
      const readAhead = (element: Element) => {
        if (signal.aborted || !element.isConnected) return;
        if (options.prepare !== undefined) {
          const { text } = readBlockText(element);
          if (handedText.get(element) === text || text.trim() === '') return;
          options.prepare(element, text, blockLangOf(element, options.pageLang));
        }
        waitingWrites++;
        queue.pushWrite(() => {
          waitingWrites--;
          handOut(element);
          // The walk waits while too far ahead; it goes on once half the lead is wrapped.
          if (parkedWalks.length > 0 && waitingWrites <= READ_AHEAD_LIMIT / 2) {
            for (const step of parkedWalks.splice(0)) queue.push(step);
          }
        });
      };
      let waitingWrites = 0;
      const parkedWalks: Array<() => void> = [];

      /**
       * Walks `root`'s blocks: those near the screen now (at the next frame), the rest read in
       * idle time and wrapped a small batch per frame. A step measures all its blocks before it
       * links any, so one layout serves them (measuring after each wrap would lay out the whole
       * page again each time); once the walk is past the first screen nothing is measured.
       */
      const walk = (root: Element, urgentFirst: boolean) => {
        const walker: BlockWalker = blockWalker(root);
        let offScreenRun = urgentFirst ? 0 : OFF_SCREEN_RUN;
        walking++;
        const finish = () => {
          walking--;
        };
        const firstScreenStep = () => {
          if (signal.aborted) return;
          const near: Element[] = [];
          let measured = 0;
          let ended = false;
          while (offScreenRun < OFF_SCREEN_RUN && measured < MEASURE_LIMIT) {
            const element = walker.next();
            if (element === null) {
              ended = true;
              break;
            }
            measured++;
            if (options.nearViewport(element)) {
              offScreenRun = 0;
              near.push(element);
            } else {
              offScreenRun++;
              queue.push(() => readAhead(element));
            }
          }
          for (const element of near) handOut(element);
          if (ended) finish();
          else if (offScreenRun < OFF_SCREEN_RUN) queue.pushUrgent(firstScreenStep);
          else queue.push(idleStep);
        };
        const idleStep = () => {
          if (signal.aborted) return;
          if (waitingWrites >= READ_AHEAD_LIMIT) {
            parkedWalks.push(idleStep);
            return;
          }
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
        // Measured at the next frame, not now: the page has just changed, so reading layout here
        // would force the browser to lay the page out in the middle of the page's own task.
        if (changed.blocks.size > 0) {
          queue.pushUrgent(() => {
            // Every block measured before any is linked (one layout for all).
            const blocks = [...changed.blocks];
            const near = blocks.map((element) => options.nearViewport(element));
            blocks.forEach((element, i) => {
              if (near[i]) handOut(element);
              else queue.pushWrite(() => handOut(element));
            });
          });
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

    wrapMarks(block, start, end, make) {
      let made: Element[] = [];
      asOwnChange(() => {
        const before = new Set(textNodesIn(block.root));
        made = wrapBlockText(block, start, end, make);
        changes.recordMarks(block.root, made, before);
      });
      return made;
    },

    eraseMarks(block) {
      asOwnChange(() => changes.undoMarks(block.root));
    },

    restore() {
      observer?.disconnect();
      observer = null;
      changes.undoAll();
    },
  };
  return surface;
}

/** The text nodes under `root`, in document order. */
function textNodesIn(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT, without a window's NodeFilter */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
