/**
 * The one stylesheet Resolute puts in a web page (`<style data-resolute="page-style">`, removed
 * on teardown). Citation wrappers are inline and take nothing from the page's link rules (`all:
 * unset`): no box, no padding, no font or colour change, so linking moves no line of the page.
 * They show only a dotted underline, solid under the pointer, and a focus ring. The page's own
 * links keep their look (`data-resolute-link` marks them; spans inside links add nothing).
 */
export const PAGE_STYLE_HOOK = 'page-style';

const WRAPPER = 'a.resolute-citation:not([data-resolute-link]), span.resolute-citation-unlinked';

export const PAGE_CSS = `
${WRAPPER.split(', ').join(',\n')} {
  all: unset !important;
  cursor: pointer !important;
  text-decoration: underline dotted !important;
  text-decoration-thickness: from-font !important;
  text-underline-offset: 0.15em !important;
}
${WRAPPER.split(', ')
  .map((s) => `${s}:hover`)
  .join(',\n')} {
  text-decoration-style: solid !important;
}
${WRAPPER.split(', ')
  .map((s) => `${s}:focus-visible`)
  .join(',\n')} {
  outline: 2px solid currentColor !important;
  outline-offset: 1px !important;
  border-radius: 2px !important;
}
`;

/** Adds the stylesheet to `doc`; returns the function that removes it. */
export function addPageStyle(doc: Document): () => void {
  const style = doc.createElement('style');
  style.setAttribute('data-resolute', PAGE_STYLE_HOOK);
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
