/**
 * The looks of notes on a web page. Two parts:
 * - in the page (`<style data-resolute="page-notes-style">`, removed on teardown): the marks
 *   themselves, which must sit in the page's text. They take nothing from the page's rules for
 *   `<mark>` or `<span>` (`all: unset`) and add only a background tint, so no line moves;
 * - in the shadow root (the toolbar, the note card, the notes list): the reader's own
 *   stylesheets (palette, marks, note editor), so they look the same as in the reader, and no
 *   rule of the page reaches them.
 */
import paletteCss from '../palette.css?inline';
import notesCss from '../notes/notes.css?inline';
import marksCss from '../marks/marks.css?inline';
// `.resolute-mark-shown`: MARK_SHOWN_CLASS of mark-reveal.ts (a highlight the notes list just showed).

export const PAGE_NOTES_STYLE_HOOK = 'page-notes-style';

const MARK_COLOURS = `
.resolute-mark-yellow { --resolute-mark-colour: rgb(250 204 21 / 0.4); }
.resolute-mark-green { --resolute-mark-colour: rgb(34 197 94 / 0.32); }
.resolute-mark-blue { --resolute-mark-colour: rgb(59 130 246 / 0.3); }
.resolute-mark-pink { --resolute-mark-colour: rgb(236 72 153 / 0.3); }
.resolute-mark-purple { --resolute-mark-colour: rgb(147 51 234 / 0.28); }
`;

export const PAGE_MARKS_CSS = `
mark.resolute-mark[data-resolute="highlight"] {
  all: unset !important;
  background: var(--resolute-mark-colour) !important;
  cursor: pointer !important;
  border-radius: 0.1em !important;
}
mark.resolute-mark[data-resolute="highlight"][data-has-note] {
  box-shadow: inset 0 -0.14em 0 rgb(55 65 81 / 0.75) !important;
}
mark.resolute-mark[data-resolute="highlight"][data-from-lang] {
  text-decoration: underline dashed rgb(107 33 168 / 0.9) !important;
}
mark.resolute-mark[data-resolute="highlight"]:focus-visible,
span.resolute-clause-label[data-resolute="clause-mark"]:focus-visible {
  outline: 2px solid #1a56db !important;
  outline-offset: 1px !important;
}
mark.resolute-mark[data-resolute="highlight"].resolute-mark-shown {
  outline: 3px solid #1a56db !important;
  outline-offset: 2px !important;
}
span.resolute-clause-label[data-resolute="clause-mark"] {
  all: unset !important;
  cursor: pointer !important;
}
span.resolute-clause-label[data-resolute="clause-mark"]:hover {
  background: rgb(250 204 21 / 0.25) !important;
}
${MARK_COLOURS}`;

export const PAGE_NOTES_SHADOW_CSS = `
:host { all: initial; }
${paletteCss.replace(/:root/g, ':host')}
${notesCss.replace(/:root/g, ':host')}
${marksCss}
${MARK_COLOURS}
.mark-toolbar-host, .mark-card-host { z-index: 2147483645; }
.page-notes { position: fixed; inset-inline-end: 12px; bottom: 12px; z-index: 2147483644; max-width: min(24rem, calc(100vw - 24px));
  display: flex; flex-direction: column; align-items: flex-end; gap: 6px; color: var(--fg); }
.page-notes-toggle { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 999px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); cursor: pointer; box-shadow: 0 1px 4px rgb(0 0 0 / 0.15); }
.page-notes-toggle:hover { background: var(--chip-hover); }
.page-notes-list { list-style: none; margin: 0; padding: 8px 10px; background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); max-height: min(60vh, 420px); overflow: auto; width: 100%; box-sizing: border-box; }
.page-notes-list li { padding: 6px 0; border-bottom: 1px solid var(--line); }
.page-notes-list li:last-child { border-bottom: none; }
.page-notes-list .note-quote { margin: 0 0 4px; padding-inline-start: 8px; border-inline-start: 3px solid var(--line); color: var(--muted); }
.page-notes-list .note-body { margin: 0 0 4px; white-space: pre-wrap; }
.page-notes-list .note-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-inline-end: 6px; background: var(--note-colour, #f7d74a); }
.page-notes-where { font-size: 12px; color: var(--muted); }
.page-notes-actions { display: flex; gap: 12px; font-size: 13px; }
.page-notes-actions a { color: var(--accent); }
.page-notes-actions button { font: inherit; color: var(--accent); background: none; border: none; padding: 0; cursor: pointer; text-decoration: underline; }
.page-notes-status { font-size: 13px; background: var(--bg); border: 1px solid var(--alert-line); border-radius: 6px; padding: 4px 8px; }
`;

/** Adds the marks' stylesheet to the page; returns the function that removes it. */
export function addPageMarksStyle(doc: Document): () => void {
  const style = doc.createElement('style');
  style.setAttribute('data-resolute', PAGE_NOTES_STYLE_HOOK);
  style.textContent = PAGE_MARKS_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
