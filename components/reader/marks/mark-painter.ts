/**
 * Keeps the marks on the pages: each note's highlight drawn in every rendered block it covers,
 * and each clause number made a control. pdf.js renders only the pages near the view and may
 * re-render a page's text layer (zoom), so marks are (re)drawn whenever a block arrives, and a
 * changed or removed note is unwrapped and drawn again at once. Offsets are DocumentText offsets;
 * a block is placed in the document by its key.
 */
import type { DocumentText } from '../../../lib/anchoring/types';
import type { PlacedBlock } from '../../../lib/reader/selection-offsets';
import { drawHighlight, unwrapElements, wrapBlockText } from '../../../lib/surface/highlight-marks';
import type { HighlightMark, ReadingSurface, TextBlock } from '../../../lib/surface/surface';

/** A note's mark as the painter draws it. `version` changes whenever it must be redrawn. */
export interface PaintedMark {
  start: number;
  end: number;
  mark: HighlightMark;
  version: string;
}

/** A clause number in the text that marks its clause when activated. */
export interface ClauseControl {
  clauseId: string;
  labelStart: number;
  labelEnd: number;
  /** Accessible name ("Mark paragraph 12"). */
  name: string;
}

export const CLAUSE_CONTROL_HOOK = 'clause-mark';

export interface MarkPainter {
  /** A block (page) was rendered, its citations already linked. */
  blockRendered(block: TextBlock): void;
  /** The document's text is known: marks and clause controls can be placed. */
  setDocument(text: DocumentText, controls: readonly ClauseControl[]): void;
  /** The marks to show, by note id; anything not listed is removed. */
  setMarks(marks: ReadonlyMap<string, PaintedMark>): void;
  /** The rendered blocks with where they start in the document (for selections). */
  placedBlocks(): PlacedBlock[];
}

interface BlockState {
  block: TextBlock;
  /** Drawn elements per note id, with the version drawn. */
  drawn: Map<string, { version: string; elements: Element[] }>;
  controlsDrawn: boolean;
}

export function createMarkPainter(surface: Pick<ReadingSurface, 'highlightWrapperFor'>): MarkPainter {
  const blocks = new Map<string, BlockState>();
  let text: DocumentText | null = null;
  let controls: readonly ClauseControl[] = [];
  let marks: ReadonlyMap<string, PaintedMark> = new Map();

  const startOf = (key: string): number | null => {
    if (text === null) return null;
    const index = text.blockKeys.indexOf(key);
    return index === -1 ? null : text.blockStarts[index]!;
  };

  const drawControls = (state: BlockState, blockStart: number) => {
    if (state.controlsDrawn) return;
    state.controlsDrawn = true;
    const end = blockStart + state.block.text.length;
    for (const control of controls) {
      if (control.labelStart < blockStart || control.labelEnd > end) continue;
      wrapBlockText(state.block, control.labelStart - blockStart, control.labelEnd - blockStart, (range, part) => {
        const element = range.node.ownerDocument.createElement('span');
        element.className = 'resolute-clause-label';
        element.dataset.resolute = CLAUSE_CONTROL_HOOK;
        element.dataset.clauseId = control.clauseId;
        if (part === 0) {
          element.setAttribute('role', 'button');
          element.tabIndex = 0;
          element.setAttribute('aria-label', control.name);
        } else {
          element.setAttribute('aria-hidden', 'true');
        }
        return element;
      });
    }
  };

  /** Brings one block in line with `marks`: unwraps what changed or went, draws what is missing. */
  const sync = (state: BlockState) => {
    const blockStart = startOf(state.block.key);
    // A layer pdf.js dropped is gone with its marks; its re-render arrives as a new block.
    if (blockStart === null || !state.block.root.isConnected) return;
    drawControls(state, blockStart);
    for (const [id, drawn] of state.drawn) {
      if (marks.get(id)?.version !== drawn.version) {
        unwrapElements(drawn.elements);
        state.drawn.delete(id);
      }
    }
    const blockEnd = blockStart + state.block.text.length;
    for (const [id, painted] of marks) {
      if (state.drawn.has(id) || painted.end <= blockStart || painted.start >= blockEnd) continue;
      const elements = drawHighlight(state.block, painted.start - blockStart, painted.end - blockStart, painted.mark, surface);
      state.drawn.set(id, { version: painted.version, elements });
    }
  };

  return {
    blockRendered(block) {
      const state: BlockState = { block, drawn: new Map(), controlsDrawn: false };
      blocks.set(block.key, state);
      sync(state);
    },
    setDocument(documentText, clauseControls) {
      text = documentText;
      controls = clauseControls;
      for (const state of blocks.values()) sync(state);
    },
    setMarks(next) {
      marks = next;
      for (const state of blocks.values()) sync(state);
    },
    placedBlocks() {
      const placed: PlacedBlock[] = [];
      for (const { block } of blocks.values()) {
        const start = startOf(block.key);
        if (start !== null && block.root.isConnected) placed.push({ block, start });
      }
      return placed;
    },
  };
}
