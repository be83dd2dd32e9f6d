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
 *
 * Each mechanism has its module: handing out one block (block-handout.ts), the walk over the
 * page's blocks (page-walk.ts), following the page's changes (follow-changes.ts), telling our
 * own changes apart from the page's (own-changes.ts). This one puts them together.
 */
import type { UnLang } from '../citations/types';
import { citationElement } from '../surface/citation-element';
import { highlightElement } from '../surface/highlight-element';
import { wrapBlockText } from '../surface/highlight-marks';
import type { BlockListener, CitationMark, HighlightMark, ReadingSurface, TextBlock, TextRange } from '../surface/surface';
import { blockHandout } from './block-handout';
import { enclosingLink, spanInsideLink } from './document-links';
import { followChanges } from './follow-changes';
import type { MutationRecordLike } from './mutation-batch';
import { ownChanges, type MutationObserverLike, type OwnChange } from './own-changes';
import { pageChanges } from './page-changes';
import { pageWalks } from './page-walk';
import { createWorkQueue, type SchedulerClock } from './work-queue';

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

/**
 * Off-screen wrapping per frame. Every frame after a DOM change costs a big page a render with a
 * floor that does not depend on the change (Chromium's pre-paint walk: 20–45 ms on a 5 MB page)
 * plus layout that does (about 0.1 ms a block); a few ms of wrapping keeps the frame near its floor.
 */
const WRITE_BUDGET_MS = 8;

export function htmlPageSurface(options: HtmlSurfaceOptions): HtmlPageSurface {
  const { doc, clock } = options;
  const changes = pageChanges();
  const handout = blockHandout(changes, options);
  let observer: MutationObserverLike | null = null;
  /** Runs one of our own DOM changes (set by `watch`: the observer's records are kept apart). */
  let asOwnChange: OwnChange = (change) => change();

  const surface: HtmlPageSurface = {
    watch(onBlock: BlockListener, signal: AbortSignal) {
      if (signal.aborted) return;
      let firstPassDone = false;
      const queue = createWorkQueue(clock, {
        ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
        writeBudgetMs: options.writeBudgetMs ?? WRITE_BUDGET_MS,
        ...(options.onError ? { onError: options.onError } : {}),
        onDrained: () => {
          if (!firstPassDone && walks.walking === 0) {
            firstPassDone = true;
            options.onFirstPass?.();
          }
        },
      });

      const ownChange = ownChanges(
        () => observer,
        (records) => follower.onRecords(records),
      );
      asOwnChange = ownChange;

      const handOut = (element: Element) => {
        if (signal.aborted) return;
        handout.handOut(element, onBlock, ownChange);
      };
      const walks = pageWalks({
        queue,
        signal,
        nearViewport: (element) => options.nearViewport(element),
        handOut,
        readAhead: (element) => handout.readAhead(element),
      });
      const follower = followChanges({
        clock,
        queue,
        signal,
        nearViewport: (element) => options.nearViewport(element),
        handOut,
        walk: (root, urgentFirst) => walks.walk(root, urgentFirst),
        rescan: () => {
          if (doc.body !== null) walks.walk(doc.body, false);
        },
        ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
        ...(options.stormRecords !== undefined ? { stormRecords: options.stormRecords } : {}),
        ...(options.stormBlocks !== undefined ? { stormBlocks: options.stormBlocks } : {}),
      });

      if (options.observe !== undefined && doc.body !== null) {
        observer = options.observe((records) => follower.onRecords(records));
        observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      }
      if (doc.body !== null) walks.walk(doc.body, true);
      else queue.push(() => undefined);

      signal.addEventListener('abort', () => {
        queue.destroy();
        follower.stop();
        observer?.disconnect();
        observer = null;
      });
    },

    wrapperFor(range: TextRange, mark: CitationMark, part: number): Element {
      const link = enclosingLink(range.node);
      const wrapper = link === null ? citationElement(doc, mark, part) : spanInsideLink(doc, mark);
      handout.collect(wrapper);
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
