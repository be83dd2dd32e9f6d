/**
 * Handing one page block to the surface's listener (html-surface.ts): its text is read, and an
 * unchanged block is not handed out twice; its old wrappers come out first; the page's own
 * links to UN document sites get `data-symbol` and the citation class (they show the popover
 * too); and every wrapper made while the block is linked is recorded (page-changes.ts), so that
 * `restore()` takes it back.
 */
import type { UnLang } from '../citations/types';
import { CITATION_CLASS, ownCitationElement } from '../surface/citation-element';
import type { BlockListener } from '../surface/surface';
import { readBlockText } from './block-text';
import { enclosingLink, linkSymbol, MARKED_LINK_ATTRIBUTE } from './document-links';
import { isInsideSkipped } from './dom-rules';
import type { OwnChange } from './own-changes';
import { pageBlock, type PageBlock } from './page-block';
import type { PageChanges } from './page-changes';
import { blockLangOf } from './page-context';

export interface BlockHandoutOptions {
  /** The page's address (relative links). */
  url: string;
  /** The language of blocks with no `lang` of their own. */
  pageLang: UnLang | undefined;
  /** Reads a block ahead of linking it (see HtmlSurfaceOptions.prepare). */
  prepare?: (element: Element, text: string, lang: UnLang | undefined) => void;
}

export interface BlockHandout {
  /** Reads `element` and hands it to `onBlock`, inside `ownChange`, unless its text is unchanged. */
  handOut(element: Element, onBlock: BlockListener, ownChange: OwnChange): void;
  /**
   * Reads a block off the first screen ahead of its wrapping (no DOM change); false when there
   * is nothing to wrap (unchanged, or blank). Without a `prepare` option, always true.
   */
  readAhead(element: Element): boolean;
  /** Records a wrapper made while a block is being linked (`wrapperFor` runs inside `onBlock`). */
  collect(wrapper: Element): void;
}

export function blockHandout(changes: PageChanges, options: BlockHandoutOptions): BlockHandout {
  /** The text each block had when last handed out: unchanged blocks are not read twice. */
  const handedText = new WeakMap<Element, string>();
  let nextKey = 1;
  /** Wrappers made while a block is being linked. */
  let collecting: Element[] | null = null;

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

  return {
    handOut(element, onBlock, ownChange) {
      if (!element.isConnected || isInsideSkipped(element)) return;
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
    },

    readAhead(element) {
      if (options.prepare === undefined) return true;
      const { text } = readBlockText(element);
      if (handedText.get(element) === text || text.trim() === '') return false;
      options.prepare(element, text, blockLangOf(element, options.pageLang));
      return true;
    },

    collect(wrapper) {
      collecting?.push(wrapper);
    },
  };
}
