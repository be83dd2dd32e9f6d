/**
 * The card's look, inside its shadow root (so the page's styles neither reach it nor are reached).
 * System colours follow light and dark mode; the vote bar keeps its three hues in both.
 */
export const POPOVER_CSS = `
:host { all: initial; }
.frame { position: fixed; z-index: 2147483646; max-width: min(26rem, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto;
  font: 14px/1.45 system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #c9ccd3; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.card { position: relative; padding: 12px 14px; outline: none; }
.card:focus-visible { outline: 2px solid #1d5fbf; outline-offset: -2px; border-radius: 8px; }
p { margin: 0 0 6px; }
.symbol { font-weight: 600; font-size: 13px; color: #4a4f59; padding-inline-end: 24px; }
.title { font-size: 15px; font-weight: 600; }
.facts, .source, .caveat, .state { color: #4a4f59; font-size: 13px; }
.source { font-size: 12px; margin-top: 8px; }
.bar { display: flex; height: 6px; border-radius: 3px; overflow: hidden; background: #e4e6ea; margin: 2px 0 6px; }
.bar .yes { background: #2f8f4e; } .bar .no { background: #c23b3b; } .bar .abstain { background: #a9adb6; }
.summary .heading { font-weight: 600; font-size: 13px; margin: 8px 0 2px; }
.summary ol { list-style: none; padding: 0; margin: 0 0 4px; }
.notes .heading { font-weight: 600; font-size: 13px; margin: 8px 0 2px; }
.notes ul { list-style: none; padding: 0; margin: 0 0 4px; }
.notes li { margin: 2px 0; padding-inline-start: 8px; border-inline-start: 3px solid #f7d74a; white-space: pre-wrap; }
.notes li[data-colour="green"] { border-color: #7fd48c; } .notes li[data-colour="blue"] { border-color: #7db7f5; }
.notes li[data-colour="pink"] { border-color: #f59ac0; } .notes li[data-colour="purple"] { border-color: #b79cf0; }
.description { color: #4a4f59; font-size: 13px; }
.citing, .act-text { margin: 8px 0 4px; }
.citing .heading, .act-text .heading { font-weight: 600; font-size: 13px; margin: 0 0 2px; }
.citing blockquote { margin: 0 0 4px; padding-inline-start: 8px; border-inline-start: 3px solid #c9ccd3; font-style: italic; }
.citing blockquote strong { font-style: normal; }
.citing-date { color: #4a4f59; font-size: 13px; }
.act-text p { max-height: 12em; overflow: auto; }
.summary li { margin: 2px 0; } .summary .n { font-variant-numeric: tabular-nums; color: #4a4f59; }
button { font: inherit; color: inherit; background: none; border: 1px solid transparent; border-radius: 4px; cursor: pointer; padding: 0 4px; }
button:focus-visible, a:focus-visible { outline: 2px solid #1d5fbf; outline-offset: 1px; }
.more { color: #1d5fbf; text-decoration: underline; padding: 0; }
.close { position: absolute; top: 6px; inset-inline-end: 6px; font-size: 18px; line-height: 1; }
.keys { margin: 8px 0 0; font-size: 12px; color: #4a4f59; }
kbd { font: inherit; unicode-bidi: isolate; direction: ltr; }
bdi, .symbol-text { unicode-bidi: isolate; }
.actions { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 8px; }
.copy-citation { position: relative; }
.copy-citation > button { color: #1d5fbf; text-decoration: underline; padding: 0; border-width: 0; }
.tool-menu { list-style: none; margin: 4px 0 0; padding: 4px; display: grid; gap: 2px; border: 1px solid #c9ccd3; border-radius: 6px; }
.tool-menu button { width: 100%; text-align: start; padding: 2px 8px; }
.tool-menu button:hover { background: #eef1f6; }
.copy-problem { margin: 6px 0 0; color: #a1261f; font-size: 13px; }
.copy-text { user-select: all; color: inherit; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.langs { display: flex; gap: 6px; margin-top: 6px; font-size: 12px; }
a { color: #1d5fbf; }
a[aria-current="true"] { font-weight: 700; text-decoration: none; color: inherit; }
@media (prefers-color-scheme: dark) {
  .frame { color: #e6e7ea; background: #23252b; border-color: #444851; box-shadow: 0 6px 24px rgba(0,0,0,.5); }
  .symbol, .facts, .source, .caveat, .state, .summary .n, .keys, .description, .citing-date { color: #aeb3bd; }
  .citing blockquote { border-color: #444851; }
  .bar { background: #3a3d45; }
  a, .more, .copy-citation > button { color: #8ab4f8; }
  .tool-menu { border-color: #444851; } .tool-menu button:hover { background: #33363d; }
  .copy-problem { color: #f28b82; }
  button:focus-visible, a:focus-visible, .card:focus-visible { outline-color: #8ab4f8; }
}
`;
