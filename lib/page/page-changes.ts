/**
 * Everything Resolute changed on a page, so that it can be taken back exactly: citation wrappers
 * and readers' marks (highlights, clause numbers) are unwrapped and the text nodes wrapping split
 * are merged back into the nodes they came from (the page keeps its own Text objects, with their
 * own text), and attributes given to the page's links get their old values back (or go).
 *
 * A block's changes are kept as layers (its citations, then each drawing of marks, which may cut
 * text the citations split) and taken back latest first: merging a split node back needs its
 * neighbours as they were when it was split.
 */
import { TEXT_NODE } from './dom-rules';

/** Attributes Resolute (or the popover it attaches) may set on a link of the page. */
export const LINK_ATTRIBUTES = [
  'class',
  'data-symbol',
  'data-resolute-link',
  'data-citation-id',
  'aria-describedby',
  'aria-expanded',
  'aria-controls',
] as const;

export interface PageChanges {
  /**
   * Records the wrappers linking put in `block`; `before` holds the block's text nodes from
   * before: any text node next to or inside a wrapper that is not among them was split off.
   */
  recordWrappers(block: Element, wrappers: readonly Element[], before: ReadonlySet<Text>): void;
  /** Remembers a link's attributes before they are changed (the first time only). */
  rememberLink(link: Element): void;
  /** Whether `element` is a wrapper Resolute made. */
  isWrapper(element: Element): boolean;
  /** Whether `link` is a page link Resolute marked. */
  isMarkedLink(link: Element): boolean;
  /** Records the marks drawn in `block` (taken back before its citations, or alone by `undoMarks`). */
  recordMarks(block: Element, marks: readonly Element[], before: ReadonlySet<Text>): void;
  /** Takes back every mark drawn in `block`, leaving its citations. */
  undoMarks(block: Element): void;
  /** Takes back the wrappers made in `block` (before it is read again); false when it had none. */
  undoBlock(block: Element): boolean;
  /** Takes back everything. */
  undoAll(): void;
}

interface Layer {
  kind: 'links' | 'marks';
  wrappers: Element[];
  splitOff: Text[];
}

/** A block's layers, oldest first. */
type BlockRecord = Layer[];

export function pageChanges(): PageChanges {
  const blocks = new Map<Element, BlockRecord>();
  const wrappers = new WeakSet<Element>();
  const links = new Map<Element, Map<string, string | null>>();

  const undoLayer = (record: Layer) => {
    for (const wrapper of record.wrappers) {
      const parent = wrapper.parentNode;
      if (parent === null) continue;
      while (wrapper.firstChild !== null) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
    }
    for (const node of record.splitOff) {
      const previous = node.previousSibling;
      if (node.parentNode === null || previous === null || previous.nodeType !== TEXT_NODE) continue;
      (previous as Text).appendData(node.data);
      node.parentNode.removeChild(node);
    }
  };
  const undoRecord = (record: BlockRecord) => {
    for (let i = record.length - 1; i >= 0; i--) undoLayer(record[i]!);
  };

  const record = (kind: Layer['kind'], block: Element, made: readonly Element[], before: ReadonlySet<Text>) => {
    if (made.length === 0) return;
    const layers = blocks.get(block) ?? [];
    blocks.set(block, layers);
    const layer: Layer = { kind, wrappers: [], splitOff: [] };
    layers.push(layer);
    const born = new Set<Text>();
    const consider = (node: Node | null) => {
      if (node !== null && node.nodeType === TEXT_NODE && !before.has(node as Text)) born.add(node as Text);
    };
    for (const wrapper of made) {
      wrappers.add(wrapper);
      layer.wrappers.push(wrapper);
      consider(wrapper.previousSibling);
      consider(wrapper.nextSibling);
      for (let child = wrapper.firstChild; child !== null; child = child.nextSibling) consider(child);
    }
    layer.splitOff.push(...born);
  };

  return {
    recordWrappers: (block, made, before) => record('links', block, made, before),
    recordMarks: (block, made, before) => record('marks', block, made, before),
    undoMarks(block) {
      const layers = blocks.get(block);
      if (layers === undefined) return;
      // Marks are drawn after the block's citations: they are the top layers.
      while (layers.length > 0 && layers[layers.length - 1]!.kind === 'marks') undoLayer(layers.pop()!);
      if (layers.length === 0) blocks.delete(block);
    },
    rememberLink(link) {
      if (links.has(link)) return;
      links.set(link, new Map(LINK_ATTRIBUTES.map((name) => [name, link.getAttribute(name)])));
    },
    isWrapper: (element) => wrappers.has(element),
    isMarkedLink: (link) => links.has(link),
    undoBlock(block) {
      const layers = blocks.get(block);
      if (layers === undefined) return false;
      blocks.delete(block);
      undoRecord(layers);
      return true;
    },
    undoAll() {
      for (const record of blocks.values()) undoRecord(record);
      blocks.clear();
      for (const [link, attributes] of links) {
        for (const [name, value] of attributes) {
          if (value === null) link.removeAttribute(name);
          else if (link.getAttribute(name) !== value) link.setAttribute(name, value);
        }
      }
      links.clear();
    },
  };
}
