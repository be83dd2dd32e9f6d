/**
 * What one batch of DOM mutations changed, in blocks: the blocks whose own text changed (read
 * again), and the subtrees added (walked for their blocks). Changes inside skipped regions
 * (form fields, code, Resolute's own UI) and added block elements' parents are not "changed".
 */
import { blockElementOf, ELEMENT_NODE, isBlockElement, isInsideSkipped, isSkippedElement, TEXT_NODE } from './dom-rules';

/** The part of a MutationRecord read here. */
export interface MutationRecordLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

export interface ChangedBlocks {
  /** Blocks whose own text changed. */
  blocks: Set<Element>;
  /** Added elements to walk for blocks. */
  subtrees: Set<Element>;
}

export function collectChangedBlocks(records: readonly MutationRecordLike[]): ChangedBlocks {
  const blocks = new Set<Element>();
  const subtrees = new Set<Element>();
  const skipped = new Map<Node, boolean>();
  const insideSkipped = (node: Node) => {
    let answer = skipped.get(node);
    if (answer === undefined) {
      answer = isInsideSkipped(node);
      skipped.set(node, answer);
    }
    return answer;
  };
  const touch = (node: Node) => {
    const block = blockElementOf(node);
    if (block !== null) blocks.add(block);
  };

  for (const record of records) {
    if (!record.target.isConnected || insideSkipped(record.target)) continue;
    if (record.type === 'characterData') {
      touch(record.target);
      continue;
    }
    if (record.type !== 'childList') continue;
    let ownTextChanged = false;
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === TEXT_NODE) ownTextChanged = true;
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (isSkippedElement(element) || !element.isConnected) continue;
      if (!isBlockElement(element)) ownTextChanged = true;
      subtrees.add(element);
    }
    for (const node of Array.from(record.removedNodes)) {
      if (node.nodeType === TEXT_NODE || (node.nodeType === ELEMENT_NODE && !isBlockElement(node as Element))) ownTextChanged = true;
    }
    if (ownTextChanged) touch(record.target);
  }
  // A subtree inside another added one is walked with it.
  for (const root of subtrees) {
    for (const other of subtrees) {
      if (other !== root && other.contains(root)) {
        subtrees.delete(root);
        break;
      }
    }
  }
  return { blocks, subtrees };
}
