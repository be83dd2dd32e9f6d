/**
 * A small, strict XML reader for the UN Digital Library's MARCXML answers. The background service
 * worker has no DOMParser, and the answers come from the network, so this reader is written to be
 * safe rather than complete: elements, attributes, text, the five predefined entities, numeric
 * character references, CDATA, comments and processing instructions. It refuses any `<!DOCTYPE`
 * or other declaration (so there are no external or custom entities to expand), caps the input
 * size, nesting depth and element count, and never throws: malformed input gives an error value.
 *
 * Names keep only their local part (`marc:record` and `ns0:record` are both `record`): MARCXML
 * arrives with and without namespace prefixes, and nothing here needs the namespace itself.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: string };

export interface XmlLimits {
  maxLength: number;
  maxDepth: number;
  maxElements: number;
}

/** A search answer for one symbol is a few kilobytes; these bounds only stop abuse. */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxLength: 8_000_000, maxDepth: 64, maxElements: 200_000 };

const NAME_RE = /[A-Za-z_:\u00C0-\uFFEF][\w.:\-\u00B7\u00C0-\uFFEF]*/y;
const SPACE_RE = /[ \t\r\n]*/y;
// A Map, not an object literal: `&constructor;` must be unknown, not Object's constructor.
const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

class XmlError extends Error {}

export function parseXml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlParseResult {
  try {
    return { ok: true, root: readDocument(text, limits) };
  } catch (error) {
    // Only XmlError is expected; anything else (a stack overflow on absurd input) is reported too.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function readDocument(input: string, limits: XmlLimits): XmlElement {
  if (input.length > limits.maxLength) throw new XmlError(`document longer than ${limits.maxLength} characters`);
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let at = 0;

  const appendText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (value.trim() !== '') throw new XmlError(`text outside the root element at ${at}`);
      return;
    }
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value;
    else parent.children.push(value);
  };

  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt === -1) {
      appendText(decodeEntities(text.slice(at), at));
      at = text.length;
      break;
    }
    if (lt > at) appendText(decodeEntities(text.slice(at, lt), at));
    at = lt;

    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end === -1) throw new XmlError(`unterminated comment at ${at}`);
      at = end + 3;
    } else if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at + 9);
      if (end === -1) throw new XmlError(`unterminated CDATA section at ${at}`);
      if (stack.length === 0) throw new XmlError(`CDATA outside the root element at ${at}`);
      appendText(text.slice(at + 9, end));
      at = end + 3;
    } else if (text.startsWith('<!', at)) {
      // DOCTYPE, ENTITY and friends: refusing them is what keeps entity expansion out.
      throw new XmlError(`declarations (<!DOCTYPE …>) are not accepted, at ${at}`);
    } else if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2);
      if (end === -1) throw new XmlError(`unterminated processing instruction at ${at}`);
      at = end + 2;
    } else if (text.startsWith('</', at)) {
      const name = readName(text, at + 2);
      const close = skipSpace(text, at + 2 + name.length);
      if (text[close] !== '>') throw new XmlError(`malformed end tag at ${at}`);
      const open = stack.pop();
      if (open === undefined || open.name !== localName(name)) {
        throw new XmlError(`end tag </${name}> at ${at} does not close ${open ? `<${open.name}>` : 'anything'}`);
      }
      at = close + 1;
    } else {
      if (root !== undefined && stack.length === 0) throw new XmlError(`a second root element at ${at}`);
      if (++elements > limits.maxElements) throw new XmlError(`more than ${limits.maxElements} elements`);
      if (stack.length >= limits.maxDepth) throw new XmlError(`nesting deeper than ${limits.maxDepth}`);
      const { element, end, selfClosing } = readStartTag(text, at);
      const parent = stack[stack.length - 1];
      if (parent === undefined) root = element;
      else parent.children.push(element);
      if (!selfClosing) stack.push(element);
      at = end;
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]?.name ?? ''}> is never closed`);
  if (root === undefined) throw new XmlError('no root element');
  return root;
}

function readStartTag(text: string, start: number): { element: XmlElement; end: number; selfClosing: boolean } {
  const name = readName(text, start + 1);
  // No prototype: an attribute named `__proto__` or `constructor` is data like any other.
  const element: XmlElement = { name: localName(name), attributes: Object.create(null) as Record<string, string>, children: [] };
  let at = start + 1 + name.length;
  for (;;) {
    const afterSpace = skipSpace(text, at);
    const ch = text[afterSpace];
    if (ch === '>') return { element, end: afterSpace + 1, selfClosing: false };
    if (ch === '/' && text[afterSpace + 1] === '>') return { element, end: afterSpace + 2, selfClosing: true };
    if (afterSpace === at) throw new XmlError(`malformed start tag <${name}> at ${start}`);
    const attribute = readName(text, afterSpace);
    let cursor = skipSpace(text, afterSpace + attribute.length);
    if (text[cursor] !== '=') throw new XmlError(`attribute ${attribute} without a value at ${afterSpace}`);
    cursor = skipSpace(text, cursor + 1);
    const quote = text[cursor];
    if (quote !== '"' && quote !== "'") throw new XmlError(`unquoted attribute ${attribute} at ${cursor}`);
    const close = text.indexOf(quote, cursor + 1);
    if (close === -1) throw new XmlError(`unterminated attribute ${attribute} at ${cursor}`);
    const raw = text.slice(cursor + 1, close);
    if (raw.includes('<')) throw new XmlError(`"<" inside attribute ${attribute} at ${cursor}`);
    // Namespace declarations say nothing the reader needs.
    if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) {
      const key = localName(attribute);
      if (!Object.hasOwn(element.attributes, key)) element.attributes[key] = decodeEntities(raw, cursor + 1);
    }
    at = close + 1;
  }
}

function readName(text: string, at: number): string {
  NAME_RE.lastIndex = at;
  const match = NAME_RE.exec(text);
  if (match === null) throw new XmlError(`expected a name at ${at}`);
  return match[0];
}

function skipSpace(text: string, at: number): number {
  SPACE_RE.lastIndex = at;
  SPACE_RE.exec(text);
  return SPACE_RE.lastIndex;
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Decodes `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#NN;` `&#xNN;`; anything else with `&` is an error. */
function decodeEntities(raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,12})(;?)/g, (whole, body: string, semicolon: string, index: number) => {
    if (semicolon === '') throw new XmlError(`bare "&" at ${offset + index}`);
    const named = PREDEFINED.get(body);
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (numeric === null) throw new XmlError(`unknown entity ${whole} at ${offset + index}`);
    const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
    if (!isXmlChar(code)) throw new XmlError(`character reference ${whole} is not an XML character`);
    return String.fromCodePoint(code);
  });
}

/** XML 1.0 `Char`: tab, line feed, carriage return, and the rest minus surrogates and U+FFFE/FFFF. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The element children named `name` (local name). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  return out;
}

/** All text inside an element, in document order. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : textContent(child);
  return out;
}
