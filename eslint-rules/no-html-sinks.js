// @ts-check
/**
 * ESLint rule `resolute/no-html-sinks`: forbids every API that turns a string into markup.
 *
 * Resolute shows citations found in page and PDF text; if any of that text reached an HTML
 * parser, a crafted document could run script in the extension's pages or in the page it
 * decorates. So the string-to-markup APIs are banned everywhere except the one audited helper,
 * `lib/dom/audited-html.ts` (see eslint.config.js and docs/adr/0004).
 */

/** Properties and methods that parse a string as HTML whatever the receiver. */
const ALWAYS_FORBIDDEN = new Map([
  ['innerHTML', 'Setting or reading `innerHTML` parses markup; use Preact or `textContent`.'],
  ['outerHTML', 'Setting or reading `outerHTML` parses markup; use Preact or `textContent`.'],
  ['insertAdjacentHTML', '`insertAdjacentHTML` parses markup; use Preact or DOM methods.'],
  ['createContextualFragment', '`createContextualFragment` parses markup; use Preact or DOM methods.'],
  ['setHTMLUnsafe', '`setHTMLUnsafe` parses markup; use Preact or DOM methods.'],
  ['parseHTMLUnsafe', '`parseHTMLUnsafe` parses markup; use Preact or DOM methods.'],
  ['dangerouslySetInnerHTML', "`dangerouslySetInnerHTML` bypasses Preact's escaping."],
]);

const DOCUMENT_WRITE = '`document.write` parses markup; use Preact or DOM methods.';
const PARSE_HTML =
  '`DOMParser#parseFromString` with an HTML (or unknown) type parses markup; only literal XML types such as "application/xml" are allowed.';
const AUDITED = ' The only exception is lib/dom/audited-html.ts.';

/**
 * The string a key or argument node stands for (`b`, `'b'`, `\`b\``), or null if not static.
 * @param {any} node
 * @returns {string | null}
 */
function staticKeyName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/**
 * The string an argument is written as (`'x'`, `\`x\``), or null when it is computed.
 * @param {any} node
 * @returns {string | null}
 */
function literalString(node) {
  return node.type === 'Identifier' ? null : staticKeyName(node);
}

/**
 * @param {any} node a MemberExpression
 * @returns {string | null}
 */
function memberName(node) {
  // `a[b]` names whatever `b` holds, which a linter cannot know.
  if (node.computed && node.property.type === 'Identifier') return null;
  return staticKeyName(node.property);
}

/**
 * True for `document` and `….document` (window.document, globalThis.document, iframe.contentWindow.document).
 * @param {any} node
 */
function isDocument(node) {
  if (node.type === 'Identifier') return node.name === 'document';
  return node.type === 'MemberExpression' && memberName(node) === 'document';
}

/** @type {import('eslint').Rule.RuleModule} */
export const noHtmlSinks = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid APIs that parse strings as HTML, outside the audited helper.' },
    schema: [],
  },
  create(context) {
    /**
     * @param {any} node
     * @param {string} message
     */
    const report = (node, message) => context.report({ node, message: message + AUDITED });

    return {
      /** @param {any} node */
      MemberExpression(node) {
        const name = memberName(node);
        if (name === null) return;
        const forbidden = ALWAYS_FORBIDDEN.get(name);
        if (forbidden) return report(node, forbidden);
        if ((name === 'write' || name === 'writeln') && isDocument(node.object)) {
          return report(node, DOCUMENT_WRITE);
        }
        if (name === 'parseFromString') {
          const call = node.parent;
          if (call?.type !== 'CallExpression' || call.callee !== node) return report(node, PARSE_HTML);
          const type = call.arguments[1] ? literalString(call.arguments[1]) : null;
          if (type === null || type.toLowerCase() === 'text/html') report(node, PARSE_HTML);
        }
      },
      /**
       * `{ innerHTML: x }` handed to Object.assign, `{ dangerouslySetInnerHTML }` handed to h().
       * @param {any} node
       */
      Property(node) {
        if (node.parent?.type !== 'ObjectExpression') return;
        const name = node.computed && node.key.type === 'Identifier' ? null : staticKeyName(node.key);
        const forbidden = name === null ? undefined : ALWAYS_FORBIDDEN.get(name);
        if (forbidden) report(node, forbidden);
      },
      /** @param {any} node */
      JSXAttribute(node) {
        if (node.name?.name === 'dangerouslySetInnerHTML') {
          report(node, /** @type {string} */ (ALWAYS_FORBIDDEN.get('dangerouslySetInnerHTML')));
        }
      },
    };
  },
};

export default { rules: { 'no-html-sinks': noHtmlSinks } };
