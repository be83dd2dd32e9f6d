/**
 * The text of an HTML page as the citation engine reads it: one run of text per block, so that a
 * reference split across inline elements (`резолюции <a>70/125</a>`) stays one run (spec
 * section 6), plus the page's links to UN document sites, which cite a document through their
 * address.
 *
 * The document is an argument: in node the caller parses with linkedom, in the extension it is
 * the page's own DOM. Only the few DOM members below are used, so both fit.
 */

import { foldGlyphForms } from './glyph-forms';
import { BLOCK_ELEMENTS } from './block-elements';
import { symbolFromDocumentUrl } from './undocs-link';

/** The part of a DOM node this module reads (satisfied by the browser DOM and by linkedom). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export interface DomDocument {
  readonly documentElement: DomNode | null;
  readonly body: DomNode | null;
}

/** A link to a UN document site, placed in the extracted text. */
export interface DocumentLink {
  /** UTF-16 offset of the link's text in `HtmlText.text` (equal to `end` for an empty link). */
  start: number;
  end: number;
  /** The link's text as extracted (`text.slice(start, end)`). */
  text: string;
  href: string;
  /** Canonical symbol parsed from the address. */
  symbol: string;
}

export interface HtmlText {
  /** Blocks separated by "\n\n"; `<br>` is "\n"; white space collapsed as a browser shows it. */
  text: string;
  links: DocumentLink[];
  /** Primary subtag of `<html lang>`, lower-cased (`ru-RU` → `ru`), or null. */
  lang: string | null;
}

export interface HtmlTextOptions {
  /** Elements whose content is not document text. Lower-case tag names. */
  skip?: ReadonlySet<string>;
  /** Resolves relative link addresses (the page's own URL). */
  baseUrl?: string;
}

/** Never page text. A file scan keeps `pre` and `code`; the extension may add them. */
export const DEFAULT_SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** HTML's own white space; the no-break space is text and stays. */
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

export function extractHtmlText(doc: DomDocument, options: HtmlTextOptions = {}): HtmlText {
  const skip = options.skip ?? DEFAULT_SKIPPED_ELEMENTS;
  const out = new TextBuilder();
  const links: DocumentLink[] = [];
  const root = doc.body ?? doc.documentElement;
  if (root) walk(root, skip, out, links, options.baseUrl);
  return { text: out.text, links, lang: pageLang(doc) };
}

function pageLang(doc: DomDocument): string | null {
  const html = doc.documentElement;
  const raw = html?.getAttribute?.('lang') ?? html?.getAttribute?.('xml:lang') ?? '';
  const primary = raw.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return primary === '' ? null : primary;
}

interface Frame {
  node: DomNode;
  tag: string;
  next: number;
  /** Set for a document link: where its text started. */
  link?: { href: string; symbol: string; start: number | null };
}

/** Depth-first walk with an explicit stack: real pages nest deeper than the call stack allows. */
function walk(root: DomNode, skip: ReadonlySet<string>, out: TextBuilder, links: DocumentLink[], baseUrl: string | undefined): void {
  const stack: Frame[] = [];
  const enter = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      // Arabic presentation forms (a page converted from an old PDF) read as their letters.
      out.addText(foldGlyphForms(node.nodeValue ?? ''));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (skip.has(tag)) return;
    if (tag === 'br') {
      out.addLineBreak();
      return;
    }
    if (BLOCK_ELEMENTS.has(tag)) out.endRun();
    if (tag === 'pre') out.preDepth++;
    const frame: Frame = { node, tag, next: 0 };
    if (tag === 'a' || tag === 'area') {
      const href = node.getAttribute?.('href');
      const symbol = href ? symbolFromDocumentUrl(href, baseUrl) : null;
      if (href && symbol) {
        frame.link = { href, symbol, start: null };
        out.openLinks.push(frame.link);
      }
    }
    stack.push(frame);
  };
  const leave = (frame: Frame): void => {
    if (frame.link) {
      const end = out.length;
      const start = frame.link.start ?? end;
      out.openLinks.splice(out.openLinks.indexOf(frame.link), 1);
      links.push({ start, end, text: '', href: frame.link.href, symbol: frame.link.symbol });
    }
    if (frame.tag === 'pre') out.preDepth--;
    if (BLOCK_ELEMENTS.has(frame.tag)) out.endRun();
  };

  enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame === undefined) break;
    const child = frame.node.childNodes[frame.next];
    if (child === undefined) {
      stack.pop();
      leave(frame);
    } else {
      frame.next++;
      enter(child);
    }
  }
  const text = out.text;
  for (const link of links) link.text = text.slice(link.start, link.end);
  links.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Builds the text run by run. White space is held back (`pendingSpace`, `pendingBreaks`) until
 * more text follows in the same run, so a run never starts or ends with it and offsets taken
 * while building stay valid: nothing is ever trimmed afterwards.
 */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  preDepth = 0;
  /** Document links whose first character is not placed yet get `start` when it is. */
  openLinks: { start: number | null }[] = [];
  private runHasText = false;
  private pendingSpace = false;
  private pendingBreaks = 0;

  get text(): string {
    const joined = this.parts.join('');
    this.parts = [joined];
    return joined;
  }

  addText(raw: string): void {
    if (this.preDepth > 0) {
      this.place(raw.replace(/\r\n?/g, '\n'));
      return;
    }
    let text = raw.replace(HTML_WHITESPACE, ' ');
    if (text.startsWith(' ')) {
      this.pendingSpace = this.runHasText;
      text = text.slice(1);
    }
    if (text === '') return;
    const trailingSpace = text.endsWith(' ');
    this.place(trailingSpace ? text.slice(0, -1) : text);
    this.pendingSpace = trailingSpace;
  }

  addLineBreak(): void {
    if (!this.runHasText) return;
    this.pendingBreaks++;
    this.pendingSpace = false;
  }

  /** A block boundary: what is held back is dropped, the next text starts a new run. */
  endRun(): void {
    this.runHasText = false;
    this.pendingSpace = false;
    this.pendingBreaks = 0;
  }

  private place(text: string): void {
    if (text === '') return;
    let prefix = '';
    if (!this.runHasText) prefix = this.length > 0 ? '\n\n' : '';
    else if (this.pendingBreaks > 0) prefix = '\n'.repeat(this.pendingBreaks);
    else if (this.pendingSpace) prefix = ' ';
    this.push(prefix);
    for (const link of this.openLinks) link.start ??= this.length;
    this.push(text);
    this.runHasText = true;
    this.pendingSpace = false;
    this.pendingBreaks = 0;
  }

  private push(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
  }
}
