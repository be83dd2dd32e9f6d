/**
 * THE ONLY FILE ALLOWED TO PARSE HTML STRINGS (ESLint rule `resolute/no-html-sinks`, ADR 0004).
 *
 * Audit rule: a string may become markup only if it was written by us and shipped inside the
 * bundle, never if it came from a page, a PDF, a fetch, storage or a message. The type system
 * enforces that here: `bundledHtml` is a tag for template literals that accepts no
 * substitutions, so no runtime value can reach the parser. Any change to this file needs a
 * reviewer to re-check that rule. Everything else builds DOM with Preact or `textContent`.
 */

declare const bundled: unique symbol;

/** Markup written in the source code itself, with no value interpolated into it. */
export type BundledHtml = string & { readonly [bundled]: true };

/**
 * Marks a constant template literal as bundled markup: `bundledHtml`<p>…</p>``.
 * Substitutions are refused by type (`never`) and at run time, and so is an unfrozen hand-made
 * array (the engine freezes a tagged template's strings). This guards against mistakes, not
 * against deliberate forgery: that is what review of every `bundledHtml` call is for.
 */
export function bundledHtml(strings: TemplateStringsArray, ...substitutions: never[]): BundledHtml {
  if (substitutions.length > 0 || strings.length !== 1 || !Object.isFrozen(strings)) {
    throw new TypeError('bundledHtml takes a constant template literal without substitutions');
  }
  return strings[0] as BundledHtml;
}

/** Parses bundled markup into an inert fragment (a <template> runs no scripts, loads nothing). */
export function fragmentFromBundledHtml(doc: Document, html: BundledHtml): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}
