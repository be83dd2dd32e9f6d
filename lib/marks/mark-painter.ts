/**
 * Keeps the marks on a surface's blocks: each note's highlight drawn in every rendered block it
 * covers, and each clause number made a control. Blocks come and go (pdf.js renders only the
 * pages near the view and re-renders a text layer on zoom; a web page changes its paragraphs),
 * so marks are (re)drawn whenever a block arrives. When a block's marks change, all of its marks
 * are taken out and drawn again: taking out only some could leave text split where a later mark
 * cut an earlier one, and a web page must get back exactly its own DOM. Offsets are DocumentText
 * offsets; a block is placed in the document by its key.
 */
import type { DocumentText } from '../anchoring/types';
import type { PlacedBlock } from '../reader/selection-offsets';
import type { HighlightMark, ReadingSurface, TextBlock } from '../surface/surface';
import { unwrappingLayer, type MarkLayer } from './mark-layer';

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
  /** A block was rendered (or rendered again), its citations already linked. */
  blockRendered(block: TextBlock): void;
  /** The document's text is known (or changed): marks and clause controls can be placed. */
  setDocument(text: DocumentText, controls: readonly ClauseControl[]): void;
  /** The marks to show, by note id; anything not listed is removed. */
  setMarks(marks: ReadonlyMap<string, PaintedMark>): void;
  /** The rendered blocks with where they start in the document (for selections). */
  placedBlocks(): PlacedBlock[];
  /** Takes every mark out of every block (the surface stays as it was before marking). */
  clear(): void;
}

interface BlockState {
  block: TextBlock;
  /** Where the block started in the document when drawn (a changed document moves blocks). */
  drawnAt: number | null;
  /** The version drawn per note id. */
  drawn: Map<string, string>;
  /** Every element drawn in the block (marks and controls), in the order made. */
  elements: Element[];
  controlsDrawn: boolean;
}

/** The clause controls the painter drew: a page's look-alike span marks no clause. */
const ownClauseControls = new WeakSet<Element>();

export function isOwnClauseControl(element: Element): boolean {
  return ownClauseControls.has(element);
}

export function createMarkPainter(surface: Pick<ReadingSurface, 'highlightWrapperFor'>, layer: MarkLayer = unwrappingLayer()): MarkPainter {
  const blocks = new Map<string, BlockState>();
  /** The key each block element was last handed out under. */
  const keyOfRoot = new Map<Element, string>();
  let text: DocumentText | null = null;
  let starts = new Map<string, number>();
  let controls: readonly ClauseControl[] = [];
  let marks: ReadonlyMap<string, PaintedMark> = new Map();

  const erase = (state: BlockState) => {
    if (state.elements.length > 0) layer.erase(state.block, state.elements);
    state.elements = [];
    state.drawn.clear();
    state.controlsDrawn = false;
    state.drawnAt = null;
  };

  const drawControls = (state: BlockState, blockStart: number) => {
    if (state.controlsDrawn) return;
    state.controlsDrawn = true;
    const end = blockStart + state.block.text.length;
    for (const control of controls) {
      if (control.labelStart < blockStart || control.labelEnd > end) continue;
      const made = layer.wrap(state.block, control.labelStart - blockStart, control.labelEnd - blockStart, (range, part) => {
        const element = range.node.ownerDocument.createElement('span');
        ownClauseControls.add(element);
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
      state.elements.push(...made);
    }
  };

  /** Brings one block in line with `marks`: if anything drawn changed or went, redraws it whole. */
  const sync = (state: BlockState) => {
    const blockStart = starts.get(state.block.key);
    // A layer pdf.js dropped is gone with its marks; its re-render arrives as a new block.
    if (!state.block.root.isConnected) return;
    if (blockStart === undefined) {
      // Not in the document's text (yet): nothing of it can be placed.
      erase(state);
      return;
    }
    const blockEnd = blockStart + state.block.text.length;
    const stale =
      state.drawnAt !== null && state.drawnAt !== blockStart
        ? true
        : [...state.drawn].some(([id, version]) => marks.get(id)?.version !== version);
    if (stale) erase(state);
    state.drawnAt = blockStart;
    drawControls(state, blockStart);
    for (const [id, painted] of marks) {
      if (state.drawn.has(id) || painted.end <= blockStart || painted.start >= blockEnd) continue;
      const from = Math.max(0, painted.start - blockStart);
      const to = Math.min(state.block.text.length, painted.end - blockStart);
      const made = layer.wrap(state.block, from, to, (range, part) => surface.highlightWrapperFor(range, painted.mark, part));
      state.elements.push(...made);
      state.drawn.set(id, painted.version);
    }
  };

  return {
    blockRendered(block) {
      // The same element read again (a web page's changed paragraph) is the surface's fresh block:
      // its old marks went with the old reading.
      const previous = keyOfRoot.get(block.root);
      if (previous !== undefined) blocks.delete(previous);
      keyOfRoot.set(block.root, block.key);
      const state: BlockState = { block, drawnAt: null, drawn: new Map(), elements: [], controlsDrawn: false };
      blocks.set(block.key, state);
      sync(state);
    },
    setDocument(documentText, clauseControls) {
      text = documentText;
      starts = new Map(documentText.blockKeys.map((key, i) => [key, documentText.blockStarts[i]!]));
      const controlsChanged = controls !== clauseControls;
      controls = clauseControls;
      for (const [key, state] of blocks) {
        if (!state.block.root.isConnected) {
          blocks.delete(key);
          if (keyOfRoot.get(state.block.root) === key) keyOfRoot.delete(state.block.root);
          continue;
        }
        if (controlsChanged) erase(state);
        sync(state);
      }
    },
    setMarks(next) {
      marks = next;
      for (const state of blocks.values()) sync(state);
    },
    placedBlocks() {
      const placed: PlacedBlock[] = [];
      if (text === null) return placed;
      for (const { block } of blocks.values()) {
        const start = starts.get(block.key);
        if (start !== undefined && block.root.isConnected) placed.push({ block, start });
      }
      return placed;
    },
    clear() {
      for (const state of blocks.values()) if (state.block.root.isConnected) erase(state);
      blocks.clear();
      keyOfRoot.clear();
    },
  };
}
