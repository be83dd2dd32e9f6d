/**
 * The one strategy interface for "a surface we read": the PDF reader's text layer now, HTML pages
 * later. The citation linker works only through it, so no code asks "is this a PDF?".
 *
 * A surface hands out text blocks (a PDF page, later an HTML paragraph) as they become readable,
 * each with its text and a way back from text offsets to the DOM, and decides how one stretch of
 * a citation is wrapped. Finding citations in a block's text is the engine's job; putting the
 * wrappers in the DOM is `linkCitations` (link-citations.ts). Readers' highlights (ADR 0013) use the
 * same blocks: `offsetAt` turns a selection's DOM points into text offsets, `rangesOf` finds the
 * text again to wrap it (`drawHighlight`, highlight-marks.ts), `highlightWrapperFor` makes the
 * wrapper.
 */
import type { Citation, UnLang } from '../citations/types';

/** A stretch of one DOM text node: `node.data.slice(start, end)`. */
export interface TextRange {
  node: Text;
  start: number;
  end: number;
}

/** A block of readable text on a surface. */
export interface TextBlock {
  /** Names the block among its surface's blocks (`p3` for page 3); citation ids start with it. */
  readonly key: string;
  /** The text the engine scans. */
  readonly text: string;
  /** The element that holds the block's DOM (a PDF page's text layer): DOM points inside it belong to the block. */
  readonly root: Element;
  /**
   * The DOM text that shows `text.slice(start, end)`, in document order, computed from the DOM as
   * it is now, so it stays right after citations or highlights were wrapped inside the block.
   * Characters the surface inserted into `text` (line breaks, spaces between PDF items) have no
   * range. Valid until the block's DOM changes: take every range you need before wrapping any.
   */
  rangesOf(start: number, end: number): TextRange[];
  /**
   * The text offset of the DOM boundary point (node, offset) (a Selection's anchor or focus),
   * whatever was wrapped in the block since. A point between texts (on an element, between
   * spans) counts as the start of the text that follows it, or the end of the last one. Null when
   * the point is not inside `root` or the block shows no text.
   */
  offsetAt(node: Node, offset: number): number | null;
}

/** How one found citation is shown, whatever the surface. */
export interface CitationMark {
  citation: Citation;
  /** Shared by every element of this citation (`data-citation-id`). */
  id: string;
  /** Where the citation leads (the reader's address of the cited document); null when unlinked. */
  href: string | null;
  /** The accessible name of the whole citation (a link split over lines is still one link). */
  label: string;
}

/** A reader's highlight (a note's mark), whatever the surface. */
export interface HighlightMark {
  /**
   * The note's id: every element of the mark carries it (`data-note-id`), except where `idHidden`
   * (a web page, whose scripts read its DOM): there only Resolute knows it (highlight-element.ts).
   */
  noteId: string;
  idHidden?: boolean;
  /** One of lib/notes NOTE_COLOURS (`resolute-mark-<colour>`). */
  colour: string;
  /** The accessible name of the whole mark ("Highlight: …" or the note's text). */
  label: string;
  /** Set for a note made on another language version, shown on the same clause here. */
  fromLang?: UnLang;
  /** The title shown on hover (for example "From the English version"). */
  title?: string;
  /** The note has words (not only a highlight): drawn with a mark of its own (`data-has-note`). */
  hasNote?: boolean;
}

/** What a block is ready for: called once per block, perhaps again after the surface re-renders it. */
export type BlockListener = (block: TextBlock) => void;

export interface ReadingSurface {
  /** Calls `onBlock` with each block as it becomes readable, now and later, until `signal` aborts. */
  watch(onBlock: BlockListener, signal: AbortSignal): void;
  /**
   * The element that wraps one range of a citation; `part` counts the citation's ranges from 0.
   * The linker moves the range's text into it.
   */
  wrapperFor(range: TextRange, mark: CitationMark, part: number): Element;
  /**
   * The element that wraps one range of a highlight (`part` counts its ranges from 0); it may be
   * nested inside citation elements and other highlights.
   */
  highlightWrapperFor(range: TextRange, mark: HighlightMark, part: number): Element;
}
